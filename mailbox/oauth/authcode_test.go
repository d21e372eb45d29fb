package oauth

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"golang.org/x/oauth2"

	"github.com/fivemin/fivemin/mailbox/mailtest"
)

// browse is the person's browser: it opens u, follows the redirect back to
// fivemin's loopback listener, and returns the page it ends on.
func browse(t *testing.T, u string) (int, string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

// TestAuthCodeLogin plays the person in the browser for the installed-app
// flow: the authorization URL carries state, an S256 challenge, the
// loopback redirect and the provider's parameters; the redirect is
// answered with a page in plain words; a refusal at any step is
// ErrRefused and stores nothing; nothing secret is shown or returned.
func TestAuthCodeLogin(t *testing.T) {
	tests := []struct {
		name       string
		provider   string
		setup      func(as *mailtest.AuthServer, cfg *oauth2.Config)
		staleFirst bool   // the browser first opens a link of an earlier attempt
		wantErr    string // "" = signed in
		wantPage   string
		wantParams map[string]string // "" = must be absent
	}{
		{name: "google signs in", provider: "google", wantPage: "Signed in",
			wantParams: map[string]string{"access_type": "offline", "prompt": "consent", "login_hint": "rep@firm.test", "code_challenge_method": "S256"}},
		{name: "generic signs in, no google parameters", provider: "generic", wantPage: "Signed in",
			wantParams: map[string]string{"access_type": "", "prompt": "", "code_challenge_method": "S256"}},
		{name: "a stale link first, then the real one", staleFirst: true, wantPage: "Signed in"},
		{name: "declined at the consent page", wantPage: "Sign-in failed",
			setup:   func(as *mailtest.AuthServer, _ *oauth2.Config) { as.DenySignIn() },
			wantErr: "the sign-in was declined (The user declined the consent.): the person signing in clicked Cancel"},
		{name: "code exchange refused", wantPage: "Sign-in failed",
			setup:   func(_ *mailtest.AuthServer, cfg *oauth2.Config) { cfg.ClientSecret = "not-the-secret" },
			wantErr: "code exchange: the authorisation server refused the credentials: token endpoint answered HTTP 401 invalid_client"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			as := mailtest.StartAuthServer(t)
			as.AddClient("desktop", "desktop-secret", "rep@firm.test")
			cfg := &oauth2.Config{ClientID: "desktop", ClientSecret: "desktop-secret", Scopes: []string{"imap"},
				Endpoint: oauth2.Endpoint{AuthURL: as.AuthorizeURL, TokenURL: as.TokenURL}}
			if tt.setup != nil {
				tt.setup(as, cfg)
			}
			store := &memStore{}
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			var shown, page string
			var status int
			err := AuthCodeLogin(ctx, cfg, store, CodeOptions{Provider: tt.provider, LoginHint: "rep@firm.test"}, func(u string) {
				shown = u
				if tt.staleFirst {
					au, _ := url.Parse(u)
					stale := au.Query().Get("redirect_uri") + "?state=old&code=ac-old"
					if st, body := browse(t, stale); st != http.StatusBadRequest || !strings.Contains(body, "not the sign-in fivemin is waiting for") {
						t.Errorf("stale link: %d %s", st, body)
					}
				}
				status, page = browse(t, u)
			})
			if !strings.Contains(page, tt.wantPage) {
				t.Errorf("browser page (%d):\n%s\nwant %q", status, page, tt.wantPage)
			}
			q := as.AuthorizeQuery()
			if !strings.HasPrefix(shown, as.AuthorizeURL+"?") || q.Get("state") == "" || q.Get("code_challenge") == "" ||
				!strings.HasPrefix(q.Get("redirect_uri"), "http://127.0.0.1:") {
				t.Errorf("authorization URL %q", shown)
			}
			for k, v := range tt.wantParams {
				if got := q.Get(k); got != v {
					t.Errorf("parameter %s = %q, want %q", k, got, v)
				}
			}
			leaks := shown + page
			if tt.wantErr == "" {
				if err != nil {
					t.Fatal(err)
				}
				// The stored refresh token gets access tokens.
				if _, err := NewLogin(XOAUTH2, Refresh(cfg, store)).Client(ctx, "rep@firm.test", false); err != nil {
					t.Fatal(err)
				}
			} else {
				if !errors.Is(err, ErrRefused) || !strings.Contains(err2s(err), tt.wantErr) || store.rt != "" {
					t.Errorf("err %v (stored: %v)\nwant ErrRefused with %q, nothing stored", err, store.rt != "", tt.wantErr)
				}
				leaks += err2s(err)
			}
			for _, s := range as.Tokens() {
				if strings.Contains(leaks, s) {
					t.Errorf("%.6s… (a code, verifier or token) was shown, returned or put on the page", s)
				}
			}
		})
	}
}

// TestAuthCodeLoginGivesUp: nobody comes back, or the command is
// interrupted: a plain error, nothing stored.
func TestAuthCodeLoginGivesUp(t *testing.T) {
	as := mailtest.StartAuthServer(t)
	as.AddClient("desktop", "", "rep@firm.test")
	cfg := &oauth2.Config{ClientID: "desktop", Endpoint: oauth2.Endpoint{AuthURL: as.AuthorizeURL, TokenURL: as.TokenURL}}
	store := &memStore{}
	err := AuthCodeLogin(context.Background(), cfg, store, CodeOptions{Timeout: 50 * time.Millisecond}, func(string) {})
	if err == nil || !strings.Contains(err.Error(), "no sign-in came back within 50ms") {
		t.Errorf("timeout: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	err = AuthCodeLogin(ctx, cfg, store, CodeOptions{}, func(string) { cancel() })
	if !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "sign-in abandoned") {
		t.Errorf("interrupted: %v", err)
	}
	if store.rt != "" {
		t.Error("something was stored")
	}
}

// TestAuthServerChecksPKCE: the test authorisation server refuses a code
// with the wrong verifier (so that TestAuthCodeLogin's success proves
// AuthCodeLogin's PKCE right), and a code is good once.
func TestAuthServerChecksPKCE(t *testing.T) {
	as := mailtest.StartAuthServer(t)
	as.AddClient("desktop", "", "rep@firm.test")
	cfg := &oauth2.Config{ClientID: "desktop", RedirectURL: "http://127.0.0.1:9/",
		Endpoint: oauth2.Endpoint{AuthURL: as.AuthorizeURL, TokenURL: as.TokenURL, AuthStyle: oauth2.AuthStyleInParams}}
	code := func(verifier string) string {
		c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
		resp, err := c.Get(cfg.AuthCodeURL("st", oauth2.S256ChallengeOption(verifier)))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		loc, err := url.Parse(resp.Header.Get("Location"))
		if err != nil || loc.Query().Get("code") == "" {
			t.Fatalf("redirect %q", resp.Header.Get("Location"))
		}
		return loc.Query().Get("code")
	}
	ctx := context.Background()
	v := oauth2.GenerateVerifier()
	c := code(v)
	if _, err := cfg.Exchange(ctx, c, oauth2.VerifierOption(oauth2.GenerateVerifier())); !errors.Is(classify(err), ErrRefused) {
		t.Errorf("wrong verifier: %v, want a refusal", err)
	}
	if _, err := cfg.Exchange(ctx, c, oauth2.VerifierOption(v)); !errors.Is(classify(err), ErrRefused) {
		t.Errorf("a code used once already: %v, want a refusal", err)
	}
	if _, err := cfg.Exchange(ctx, code(v), oauth2.VerifierOption(v)); err != nil {
		t.Errorf("right verifier: %v", err)
	}
	// Never a redirect to a URI that is not loopback.
	evil := *cfg
	evil.RedirectURL = "https://evil.example/"
	resp, err := http.Get(evil.AuthCodeURL("st", oauth2.S256ChallengeOption(v)))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest {
		t.Errorf("authorize with a non-loopback redirect: HTTP %d, want 400", resp.StatusCode)
	}
}
