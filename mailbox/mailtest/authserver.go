package mailtest

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/fivemin/fivemin/mailbox/mailtest/fakeclock"
)

// AuthServer is a small OAuth 2.0 authorisation server for tests: an RFC
// 6749 token endpoint (client_credentials, refresh_token, device_code,
// authorization_code with PKCE and RFC 7523 JWT bearer grants; client
// authentication by HTTP Basic or form fields), an authorization endpoint
// for the installed-app flow and RFC 7662 introspection,
// which Dovecot's oauth2 passdb asks about every token it is shown (see
// DovecotOptions.OAuth2). Its clock only moves when the test moves it.
type AuthServer struct {
	URL           string // base URL, http://127.0.0.1:PORT
	TokenURL      string // URL + "/token"
	IntrospectURL string // URL + "/introspect"
	DeviceURL     string // URL + "/device": RFC 8628 device authorization
	AuthorizeURL  string // URL + "/authorize": RFC 6749 §4.1 with PKCE (RFC 7636)
	// TTL is the lifetime of access tokens it issues. Default 1h.
	TTL time.Duration

	mu       sync.Mutex
	clock    *fakeclock.Clock // tokens expire by it
	clients  map[string]authClient
	access   map[string]accessToken
	refresh  map[string]refreshToken
	devices  map[string]*device        // by device code
	codes    map[string]authCode       // authorization codes, by code
	signIn   *string                   // who signs in at /authorize; nil: the client's user; "": denied
	lastAuth url.Values                // the query of the last /authorize request
	accounts map[string]serviceAccount // by client_email
	issued   int
	inactive int
	secrets  []string // every token issued, for tests that look for leaks
}

type authClient struct{ secret, user string }

type accessToken struct {
	user    string
	expires time.Time
}

type refreshToken struct{ client, user string }

// device is a pending device authorization (RFC 8628 §3.2).
type device struct {
	client, userCode string
	user             string // set when approved
	denied           bool
}

// StartAuthServer starts an AuthServer that stops when the test ends.
func StartAuthServer(t TB) *AuthServer {
	t.Helper()
	s := &AuthServer{
		TTL: time.Hour, clock: fakeclock.New(time.Now()), clients: map[string]authClient{},
		access: map[string]accessToken{}, refresh: map[string]refreshToken{}, devices: map[string]*device{},
		codes: map[string]authCode{}, accounts: map[string]serviceAccount{},
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /token", s.token)
	mux.HandleFunc("POST /introspect", s.introspect)
	mux.HandleFunc("POST /device", s.deviceAuth)
	mux.HandleFunc("GET /authorize", s.authorize)
	hs := httptest.NewServer(mux)
	t.Cleanup(hs.Close)
	s.URL = hs.URL
	s.TokenURL, s.IntrospectURL, s.DeviceURL = hs.URL+"/token", hs.URL+"/introspect", hs.URL+"/device"
	s.AuthorizeURL = hs.URL + "/authorize"
	return s
}

// AddClient registers (or changes) a client; the tokens it gets are
// good for logging in as user.
func (s *AuthServer) AddClient(id, secret, user string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.clients[id] = authClient{secret: secret, user: user}
}

// IssueRefreshToken returns a refresh token for the client and user, as a
// finished device or authorization-code sign-in would leave.
func (s *AuthServer) IssueRefreshToken(client, user string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	rt := "rt-" + randHex(16)
	s.refresh[rt] = refreshToken{client: client, user: user}
	s.secrets = append(s.secrets, rt)
	return rt
}

// RevokeAll revokes every access and refresh token issued so far.
func (s *AuthServer) RevokeAll() {
	s.mu.Lock()
	defer s.mu.Unlock()
	clear(s.access)
	clear(s.refresh)
}

// Now is the server's clock.
func (s *AuthServer) Now() time.Time { return s.clock.Now() }

// Advance moves the server's clock forward (tokens expire by it).
func (s *AuthServer) Advance(d time.Duration) { s.clock.Advance(d) }

// Issued is how many access tokens the server has issued.
func (s *AuthServer) Issued() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.issued
}

// Tokens returns every access and refresh token issued so far.
func (s *AuthServer) Tokens() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.secrets)
}

// Refused is how many introspections answered that a token was not active.
func (s *AuthServer) Refused() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.inactive
}

// oauthError answers an RFC 6749 §5.2 error.
func oauthError(w http.ResponseWriter, status int, code string) {
	w.Header().Set("Content-Type", "application/json")
	if status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Basic realm="mailtest"`)
	}
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]string{"error": code})
}

func (s *AuthServer) token(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		oauthError(w, http.StatusBadRequest, "invalid_request")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	user, refresh, errCode := s.grant(r)
	switch errCode {
	case "":
	case "invalid_client":
		oauthError(w, http.StatusUnauthorized, errCode)
		return
	default:
		oauthError(w, http.StatusBadRequest, errCode)
		return
	}
	newRefresh := ""
	if refresh != nil {
		newRefresh = "rt-" + randHex(16)
		s.refresh[newRefresh] = *refresh
		s.secrets = append(s.secrets, newRefresh)
	}
	at := "at-" + randHex(16)
	s.access[at] = accessToken{user: user, expires: s.clock.Now().Add(s.TTL)}
	s.issued++
	s.secrets = append(s.secrets, at)
	resp := map[string]any{"access_token": at, "token_type": "Bearer", "expires_in": int(s.TTL / time.Second)}
	if newRefresh != "" {
		resp["refresh_token"] = newRefresh
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	_ = json.NewEncoder(w).Encode(resp)
}

// grant checks a token request (s.mu held): the user the access token is
// for, the refresh token to issue with it (nil: none), or an RFC 6749
// §5.2 error code.
func (s *AuthServer) grant(r *http.Request) (user string, refresh *refreshToken, errCode string) {
	if r.PostForm.Get("grant_type") == jwtBearer {
		user, errCode = s.jwtGrant(r.PostForm.Get("assertion"))
		return user, nil, errCode
	}
	id, secret, ok := r.BasicAuth()
	if !ok {
		id, secret = r.PostForm.Get("client_id"), r.PostForm.Get("client_secret")
	}
	c, known := s.clients[id]
	if !known || c.secret != secret {
		return "", nil, "invalid_client"
	}
	switch r.PostForm.Get("grant_type") {
	case "client_credentials":
		return c.user, nil, ""
	case "urn:ietf:params:oauth:grant-type:device_code":
		user, errCode = s.deviceGrant(id, r.PostForm.Get("device_code"))
	case "authorization_code":
		user, errCode = s.codeGrant(id, r.PostForm)
	case "refresh_token":
		rt, ok := s.refresh[r.PostForm.Get("refresh_token")]
		if !ok || rt.client != id {
			return "", nil, "invalid_grant"
		}
		// Rotate, as Microsoft does: the old refresh token stops working.
		delete(s.refresh, r.PostForm.Get("refresh_token"))
		user = rt.user
	default:
		return "", nil, "unsupported_grant_type"
	}
	if errCode != "" {
		return "", nil, errCode
	}
	return user, &refreshToken{client: id, user: user}, ""
}

// deviceGrant is RFC 8628 §3.4-3.5 (s.mu held).
func (s *AuthServer) deviceGrant(client, code string) (user, errCode string) {
	d, ok := s.devices[code]
	switch {
	case !ok || d.client != client:
		return "", "invalid_grant"
	case d.denied:
		return "", "access_denied"
	case d.user == "":
		return "", "authorization_pending"
	}
	delete(s.devices, code)
	return d.user, ""
}

// introspect is RFC 7662 §2: {"active":false} for anything not issued,
// expired or revoked.
func (s *AuthServer) introspect(w http.ResponseWriter, r *http.Request) {
	tok := ""
	if err := r.ParseForm(); err == nil {
		tok = r.PostForm.Get("token")
	}
	if tok == "" { // some clients send the token as a bearer header
		tok = strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	}
	s.mu.Lock()
	at, ok := s.access[tok]
	active := ok && s.clock.Now().Before(at.expires)
	if !active {
		s.inactive++
	}
	s.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	if !active {
		_ = json.NewEncoder(w).Encode(map[string]any{"active": false})
		return
	}
	_ = json.NewEncoder(w).Encode(map[string]any{"active": true, "username": at.user})
}

// deviceAuth starts a device sign-in (RFC 8628 §3.1-3.2); the test then
// plays the person with Approve or Deny.
func (s *AuthServer) deviceAuth(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		oauthError(w, http.StatusBadRequest, "invalid_request")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	id := r.PostForm.Get("client_id")
	if _, ok := s.clients[id]; !ok {
		oauthError(w, http.StatusUnauthorized, "invalid_client")
		return
	}
	code, userCode := "dc-"+randHex(16), strings.ToUpper(randHex(4))
	s.devices[code] = &device{client: id, userCode: userCode}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{
		"device_code": code, "user_code": userCode, "verification_uri": s.URL + "/activate",
		"expires_in": 600, "interval": 1, // the least RFC 8628 allows a test to wait
	})
}

// Approve signs user in on the device sign-in showing userCode.
func (s *AuthServer) Approve(userCode, user string) { s.decide(userCode, user, false) }

// Deny refuses the device sign-in showing userCode.
func (s *AuthServer) Deny(userCode string) { s.decide(userCode, "", true) }

func (s *AuthServer) decide(userCode, user string, deny bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, d := range s.devices {
		if d.userCode == userCode {
			d.user, d.denied = user, deny
		}
	}
}
