// Package oauth logs fivemin into mail servers with OAuth 2.0: it keeps a
// current access token (fetched and refreshed with golang.org/x/oauth2) and
// turns it into a SASL XOAUTH2 or OAUTHBEARER client for IMAP and SMTP.
// Tokens and secrets never enter an error message or a log line. The SASL
// clients implement go-sasl's sasl.Client; refresh tokens are kept in bbolt
// (Tokens), in the service's state file.
package oauth

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-sasl"
	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"
)

// Mechanism is a SASL mechanism that carries a bearer token.
type Mechanism string

const (
	// XOAUTH2 is Google's and Microsoft's mechanism (the default).
	XOAUTH2 Mechanism = "XOAUTH2"
	// OAUTHBEARER is RFC 7628's.
	OAUTHBEARER Mechanism = "OAUTHBEARER"
)

// ParseMechanism accepts a mechanism's name in any case ("" is XOAUTH2).
func ParseMechanism(s string) (Mechanism, error) {
	switch strings.ToUpper(s) {
	case "", string(XOAUTH2):
		return XOAUTH2, nil
	case string(OAUTHBEARER):
		return OAUTHBEARER, nil
	}
	return "", fmt.Errorf("unknown SASL mechanism %q (want xoauth2 or oauthbearer)", s)
}

// NewClient returns a SASL client logging user in with token.
func NewClient(mech Mechanism, user, token string) (sasl.Client, error) {
	switch mech {
	case XOAUTH2, "":
		return &xoauth2Client{user: user, token: token}, nil
	case OAUTHBEARER:
		return &oauthBearerClient{c: sasl.NewOAuthBearerClient(&sasl.OAuthBearerOptions{Username: user, Token: token})}, nil
	}
	return nil, fmt.Errorf("unknown SASL mechanism %q", mech)
}

// xoauth2Client is the XOAUTH2 mechanism (go-sasl has none): one initial
// response; a failure comes as a JSON challenge, which any response
// answers so that the server ends the exchange with its tagged NO. Google
// describes an empty one, but go-imap sends an empty response as "=",
// which Dovecot rejects as bad base64 (BAD, not NO): send %x01, RFC 7628
// §3.2.3's answer to the same challenge in OAUTHBEARER.
type xoauth2Client struct{ user, token string }

func (c *xoauth2Client) Start() (string, []byte, error) {
	return string(XOAUTH2), []byte("user=" + c.user + "\x01auth=Bearer " + c.token + "\x01\x01"), nil
}

func (c *xoauth2Client) Next([]byte) ([]byte, error) { return []byte{0x01}, nil }

// oauthBearerClient answers go-sasl's error challenge with the dummy
// response RFC 7628 §3.2.3 asks for (%x01) instead of abandoning the
// exchange half way, which would leave the connection waiting.
type oauthBearerClient struct{ c sasl.Client }

func (c *oauthBearerClient) Start() (string, []byte, error) { return c.c.Start() }

func (c *oauthBearerClient) Next([]byte) ([]byte, error) { return []byte{0x01}, nil }

// ErrRefused says the authorisation server refused the credentials
// themselves (a wrong or revoked client secret, an expired or revoked
// refresh token, a missing consent): a person must act, retrying soon
// cannot mend it.
var ErrRefused = errors.New("the authorisation server refused the credentials")

// ErrNoRefreshToken is returned when no refresh token is stored yet; it
// wraps ErrRefused.
var ErrNoRefreshToken = fmt.Errorf("%w: no refresh token stored (sign in first)", ErrRefused)

// Fetch gets a new access token.
type Fetch func(ctx context.Context) (*oauth2.Token, error)

// ClientCredentials fetches app-only tokens (RFC 6749 §4.4), e.g.
// Microsoft's IMAP.AccessAsApp.
func ClientCredentials(cfg *clientcredentials.Config) Fetch {
	return func(ctx context.Context) (*oauth2.Token, error) {
		tok, err := cfg.Token(ctx)
		return tok, classify(err)
	}
}

// RefreshStore keeps a rep's refresh token (in the state file, never in
// the configuration).
type RefreshStore interface {
	// Load returns the stored refresh token, or "" when there is none.
	Load(ctx context.Context) (string, error)
	// Save replaces it after the server rotated it.
	Save(ctx context.Context, refreshToken string) error
}

// Refresh fetches access tokens with a stored refresh token (RFC 6749 §6),
// as the device and authorization-code grants leave one; a rotated refresh
// token is saved before the access token is used.
func Refresh(cfg *oauth2.Config, store RefreshStore) Fetch {
	return func(ctx context.Context) (*oauth2.Token, error) {
		rt, err := store.Load(ctx)
		if err != nil {
			return nil, fmt.Errorf("load the refresh token: %w", err)
		}
		if rt == "" {
			return nil, ErrNoRefreshToken
		}
		tok, err := cfg.TokenSource(ctx, &oauth2.Token{RefreshToken: rt}).Token()
		if err != nil {
			return nil, classify(err)
		}
		if tok.RefreshToken != "" && tok.RefreshToken != rt {
			if err := store.Save(ctx, tok.RefreshToken); err != nil {
				return nil, fmt.Errorf("store the rotated refresh token: %w", err)
			}
		}
		return tok, nil
	}
}

// refusedCodes are RFC 6749 §5.2 error codes that no retry mends.
var refusedCodes = map[string]bool{
	"invalid_client": true, "invalid_grant": true, "unauthorized_client": true,
	"invalid_scope": true, "access_denied": true, "unsupported_grant_type": true,
}

// classify rewrites x/oauth2's errors: its RetrieveError repeats the
// response body, which is not ours to log; a refusal wraps ErrRefused.
func classify(err error) error {
	if err == nil {
		return nil
	}
	var re *oauth2.RetrieveError
	if !errors.As(err, &re) {
		return fmt.Errorf("token request: %w", err)
	}
	status := 0
	if re.Response != nil {
		status = re.Response.StatusCode
	}
	code, desc := re.ErrorCode, re.ErrorDescription
	if code == "" {
		code, desc = bodyError(re.Body)
	}
	what := fmt.Sprintf("token endpoint answered HTTP %d", status)
	if code != "" {
		what += " " + code
	}
	if desc != "" {
		what += ": " + desc
	}
	if refusedCodes[code] || status == http.StatusUnauthorized || status == http.StatusForbidden {
		return fmt.Errorf("%w: %s", ErrRefused, what)
	}
	return errors.New(what)
}

// bodyError reads RFC 6749 §5.2's error and error_description from a
// response body that x/oauth2 did not parse (its jwt package leaves them
// in RetrieveError.Body); nothing else of the body is used.
func bodyError(body []byte) (code, desc string) {
	var e struct {
		Code string `json:"error"`
		Desc string `json:"error_description"`
	}
	if json.Unmarshal(body, &e) != nil {
		return "", ""
	}
	return printable(e.Code, 40), printable(e.Desc, 200)
}

// expiryDelta is how long before its expiry a token counts as expired, so
// that it does not run out between fetching and logging in.
const expiryDelta = 30 * time.Second

// Login hands out SASL clients carrying a current access token, fetching
// a new one when the cached one has expired or the server refused it.
// It is safe for concurrent use.
type Login struct {
	mech  Mechanism
	fetch Fetch
	// Now is the clock for token expiry (tests move it). Default time.Now.
	Now func() time.Time

	mu  sync.Mutex
	tok *oauth2.Token
}

// NewLogin returns a Login for mech with tokens from fetch.
func NewLogin(mech Mechanism, fetch Fetch) *Login {
	return &Login{mech: mech, fetch: fetch, Now: time.Now}
}

// Mechanism is the SASL mechanism the clients use.
func (l *Login) Mechanism() Mechanism { return l.mech }

// Client returns a SASL client for user. refused says the server turned
// down the token of the previous client: a new one is fetched even if the
// cached one has not expired (it may have been revoked).
func (l *Login) Client(ctx context.Context, user string, refused bool) (sasl.Client, error) {
	tok, err := l.token(ctx, refused)
	if err != nil {
		return nil, err
	}
	return NewClient(l.mech, user, tok.AccessToken)
}

func (l *Login) token(ctx context.Context, force bool) (*oauth2.Token, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !force && l.tok != nil && (l.tok.Expiry.IsZero() || l.Now().Add(expiryDelta).Before(l.tok.Expiry)) {
		return l.tok, nil
	}
	tok, err := l.fetch(ctx)
	if err != nil {
		l.tok = nil
		return nil, err
	}
	if tok.AccessToken == "" {
		return nil, errors.New("token endpoint returned no access token")
	}
	l.tok = tok
	return tok, nil
}

// DeviceLogin signs a person in with the device authorization grant (RFC
// 8628): show tells them the page to open and the code to enter there; it
// then waits until they have signed in (or ctx ends) and saves the refresh
// token in store. Nothing secret is passed to show or returned.
func DeviceLogin(ctx context.Context, cfg *oauth2.Config, store RefreshStore, show func(verificationURI, userCode string)) error {
	da, err := cfg.DeviceAuth(ctx)
	if err != nil {
		return fmt.Errorf("device authorization: %w", classify(err))
	}
	show(da.VerificationURI, da.UserCode)
	tok, err := cfg.DeviceAccessToken(ctx, da)
	if err != nil {
		return fmt.Errorf("waiting for the sign-in: %w", classify(err))
	}
	if tok.RefreshToken == "" {
		return fmt.Errorf("%w: the sign-in gave no refresh token (Microsoft needs the offline_access scope)", ErrRefused)
	}
	if err := store.Save(ctx, tok.RefreshToken); err != nil {
		return err
	}
	return nil
}
