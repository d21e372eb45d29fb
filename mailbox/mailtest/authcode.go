package mailtest

import (
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"
)

// jwtBearer is RFC 7523's grant type, which Google's service accounts use.
const jwtBearer = "urn:ietf:params:oauth:grant-type:jwt-bearer"

// authCode is an authorization code waiting to be exchanged.
type authCode struct {
	client, user, redirect, challenge string
	expires                           time.Time
}

// serviceAccount is a Google-style service account: a key pair and the
// users the domain's admin delegated to it.
type serviceAccount struct {
	key   *rsa.PublicKey
	scope string
	users []string
}

// SignInAs makes the person at the authorization endpoint sign in as user
// (by default the client's user, as given to AddClient).
func (s *AuthServer) SignInAs(user string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.signIn = &user
}

// DenySignIn makes the person at the authorization endpoint refuse, as
// when a rep clicks Cancel on the consent page: the browser goes back to
// the application with error=access_denied.
func (s *AuthServer) DenySignIn() { s.SignInAs("") }

// AuthorizeQuery is the query of the last request to the authorization
// endpoint (nil before the first).
func (s *AuthServer) AuthorizeQuery() url.Values {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.lastAuth
}

// authorize is RFC 6749 §4.1.1-4.1.2 for a public installed app: PKCE with
// S256 is required (RFC 7636), and the redirect URI must be the IPv4
// loopback one (RFC 8252 §7.3), any port. It does not redirect to a URI it would
// not accept, as the RFC asks: it answers 400 instead.
func (s *AuthServer) authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.lastAuth = q
	c, known := s.clients[q.Get("client_id")]
	redirect, err := url.Parse(q.Get("redirect_uri"))
	if !known || err != nil || redirect.Scheme != "http" || redirect.Hostname() != "127.0.0.1" || redirect.Port() == "" {
		http.Error(w, "unknown client or redirect URI", http.StatusBadRequest)
		return
	}
	back := redirect.Query()
	back.Set("state", q.Get("state"))
	user := c.user
	if s.signIn != nil {
		user = *s.signIn
	}
	switch {
	case q.Get("response_type") != "code":
		back.Set("error", "unsupported_response_type")
	case q.Get("code_challenge_method") != "S256" || q.Get("code_challenge") == "":
		back.Set("error", "invalid_request")
	case user == "":
		back.Set("error", "access_denied")
		back.Set("error_description", "The user declined the consent.")
	default:
		code := "ac-" + randHex(16)
		s.codes[code] = authCode{client: q.Get("client_id"), user: user, redirect: q.Get("redirect_uri"),
			challenge: q.Get("code_challenge"), expires: s.clock.Now().Add(10 * time.Minute)}
		s.secrets = append(s.secrets, code)
		back.Set("code", code)
	}
	redirect.RawQuery = back.Encode()
	http.Redirect(w, r, redirect.String(), http.StatusFound)
}

// codeGrant is RFC 6749 §4.1.3 with RFC 7636 §4.6's check of the
// verifier (s.mu held). A code is good once, whatever the outcome.
func (s *AuthServer) codeGrant(client string, form url.Values) (user, errCode string) {
	code, ok := s.codes[form.Get("code")]
	delete(s.codes, form.Get("code"))
	verifier := form.Get("code_verifier")
	if verifier != "" {
		s.secrets = append(s.secrets, verifier)
	}
	sum := sha256.Sum256([]byte(verifier))
	switch {
	case !ok || code.client != client || !s.clock.Now().Before(code.expires):
		return "", "invalid_grant"
	case form.Get("redirect_uri") != code.redirect:
		return "", "invalid_grant"
	case verifier == "" || base64.RawURLEncoding.EncodeToString(sum[:]) != code.challenge:
		return "", "invalid_grant"
	}
	return code.user, ""
}

// AddServiceAccount registers a service account by its client_email and
// public key; the domain's admin delegated scope to it for users (none:
// delegation not granted, so every request is refused with invalid_grant,
// as Google's "Invalid email or User ID" / unauthorized_client are).
func (s *AuthServer) AddServiceAccount(email string, key *rsa.PublicKey, scope string, users ...string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.accounts[email] = serviceAccount{key: key, scope: scope, users: users}
}

// jwtGrant checks an RFC 7523 assertion (s.mu held): RS256 signed by the
// service account's key, iss the account, aud this token endpoint, not
// expired (by the wall clock: the client signs with it), the delegated
// scope, and sub a user delegated to the account.
func (s *AuthServer) jwtGrant(assertion string) (user, errCode string) {
	parts := strings.Split(assertion, ".")
	if len(parts) != 3 {
		return "", "invalid_grant"
	}
	var header struct {
		Alg string `json:"alg"`
	}
	var claims struct {
		Iss   string `json:"iss"`
		Sub   string `json:"sub"`
		Aud   string `json:"aud"`
		Scope string `json:"scope"`
		Exp   int64  `json:"exp"`
		Iat   int64  `json:"iat"`
	}
	if decodeJWTPart(parts[0], &header) != nil || decodeJWTPart(parts[1], &claims) != nil || header.Alg != "RS256" {
		return "", "invalid_grant"
	}
	sa, ok := s.accounts[claims.Iss]
	sig, err := base64.RawURLEncoding.DecodeString(parts[2])
	if !ok || err != nil {
		return "", "invalid_grant"
	}
	digest := sha256.Sum256([]byte(parts[0] + "." + parts[1]))
	now := time.Now().Unix()
	switch {
	case rsa.VerifyPKCS1v15(sa.key, crypto.SHA256, digest[:], sig) != nil:
		return "", "invalid_grant" // Google: "Invalid JWT Signature."
	case claims.Aud != s.TokenURL || claims.Exp < now || claims.Iat > now+60 || claims.Exp-claims.Iat > 3600:
		return "", "invalid_grant"
	case !slices.Contains(strings.Fields(claims.Scope), sa.scope) || !slices.Contains(sa.users, claims.Sub):
		return "", "invalid_grant"
	}
	return claims.Sub, ""
}

func decodeJWTPart(part string, v any) error {
	b, err := base64.RawURLEncoding.DecodeString(part)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, v)
}

// ServiceAccountKey makes a service account's JSON key file, as Google
// Cloud's console hands out (a fresh 2048-bit RSA key; client_id 1000…),
// and returns it with the public key.
func ServiceAccountKey(t TB, email, tokenURL string) ([]byte, *rsa.PublicKey) {
	t.Helper()
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatalf("generate the service account's key: %v", err)
	}
	der, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		t.Fatalf("marshal the service account's key: %v", err)
	}
	file, err := json.MarshalIndent(map[string]string{
		"type": "service_account", "project_id": "fivemin-test", "private_key_id": randHex(20),
		"private_key":  string(pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der})),
		"client_email": email, "client_id": "100000000000000000001", "token_uri": tokenURL,
	}, "", "  ")
	if err != nil {
		t.Fatalf("marshal the key file: %v", err)
	}
	return file, &key.PublicKey
}

// NewServiceAccount registers a service account delegated Google's mail
// scope for users and returns its JSON key file.
func (s *AuthServer) NewServiceAccount(t TB, email string, users ...string) []byte {
	t.Helper()
	file, pub := ServiceAccountKey(t, email, s.TokenURL)
	s.AddServiceAccount(email, pub, "https://mail.google.com/", users...)
	return file
}
