package web

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// credentials returns what the request offers as the token and the user
// name it came with: "Authorization: Bearer TOKEN", or basic auth with
// any user and the token as password (RFC 7617), so a browser can prompt.
func credentials(r *http.Request) (token, user string, ok bool) {
	a := r.Header.Get("Authorization")
	if scheme, rest, found := strings.Cut(a, " "); found && strings.EqualFold(scheme, "Bearer") {
		return strings.TrimSpace(rest), "", true
	}
	if u, p, found := r.BasicAuth(); found {
		return p, u, true
	}
	return "", "", false
}

// sameSecret compares in constant time. Hashing first hides the length of
// the configured token as well as its content.
func sameSecret(given, want string) bool {
	a, b := sha256.Sum256([]byte(given)), sha256.Sum256([]byte(want))
	return subtle.ConstantTimeCompare(a[:], b[:]) == 1 && want != ""
}

// signer makes and checks the values the dashboard hands to the browser
// and must get back untouched: CSRF tokens and flash cookies. Its key is
// random per process, so a restart invalidates open forms (a reload of
// the page fixes that) and nothing needs storing.
type signer struct{ key [32]byte }

func newSigner() (*signer, error) {
	s := &signer{}
	if _, err := rand.Read(s.key[:]); err != nil {
		return nil, err
	}
	return s, nil
}

func (s *signer) mac(parts ...string) []byte {
	m := hmac.New(sha256.New, s.key[:])
	for _, p := range parts {
		// Length-prefixed, so ("ab","c") and ("a","bc") differ.
		m.Write([]byte(strconv.Itoa(len(p))))
		m.Write([]byte{':'})
		m.Write([]byte(p))
	}
	return m.Sum(nil)
}

var b64 = base64.RawURLEncoding

// csrfTTL is how long a rendered form stays usable.
const csrfTTL = 12 * time.Hour

// csrfToken is bound to the dashboard token in force (a changed token
// invalidates forms rendered under the old one) and to when it was made.
func (s *signer) csrfToken(authToken string, now time.Time) string {
	ts := strconv.FormatInt(now.Unix(), 36)
	tokHash := sha256.Sum256([]byte(authToken))
	return ts + "." + b64.EncodeToString(s.mac("csrf", string(tokHash[:]), ts))
}

var errCSRF = errors.New("the form's security token is missing, expired or from another session: reload the page and try again")

func (s *signer) checkCSRF(got, authToken string, now time.Time) error {
	ts, sig, ok := strings.Cut(got, ".")
	if !ok {
		return errCSRF
	}
	sec, err := strconv.ParseInt(ts, 36, 64)
	if err != nil {
		return errCSRF
	}
	age := now.Sub(time.Unix(sec, 0))
	if age < -5*time.Minute || age > csrfTTL {
		return errCSRF
	}
	raw, err := b64.DecodeString(sig)
	if err != nil {
		return errCSRF
	}
	tokHash := sha256.Sum256([]byte(authToken))
	if !hmac.Equal(raw, s.mac("csrf", string(tokHash[:]), ts)) {
		return errCSRF
	}
	return nil
}

// flash is a one-time message shown on the page a form redirects to
// (post/redirect/get), carried in a short-lived signed cookie.
type flash struct {
	Kind string `json:"k"` // "ok" or "error"
	Text string `json:"t"`
}

const flashCookie = "fivemin_flash"

func (s *signer) setFlash(w http.ResponseWriter, r *http.Request, f flash) {
	body, _ := json.Marshal(f)
	v := b64.EncodeToString(body)
	http.SetCookie(w, &http.Cookie{
		Name: flashCookie, Value: v + "." + b64.EncodeToString(s.mac("flash", v)),
		Path: "/", MaxAge: 120, HttpOnly: true, SameSite: http.SameSiteStrictMode, Secure: r.TLS != nil,
	})
}

// takeFlash returns the flash message, if a valid one came, and clears it.
func (s *signer) takeFlash(w http.ResponseWriter, r *http.Request) *flash {
	c, err := r.Cookie(flashCookie)
	if err != nil {
		return nil
	}
	http.SetCookie(w, &http.Cookie{Name: flashCookie, Path: "/", MaxAge: -1, HttpOnly: true, SameSite: http.SameSiteStrictMode, Secure: r.TLS != nil})
	v, sig, ok := strings.Cut(c.Value, ".")
	raw, err := b64.DecodeString(sig)
	if !ok || err != nil || !hmac.Equal(raw, s.mac("flash", v)) {
		return nil
	}
	body, err := b64.DecodeString(v)
	if err != nil {
		return nil
	}
	var f flash
	if json.Unmarshal(body, &f) != nil || f.Text == "" {
		return nil
	}
	if f.Kind != "ok" {
		f.Kind = "error"
	}
	return &f
}
