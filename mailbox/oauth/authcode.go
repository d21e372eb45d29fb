package oauth

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"html/template"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"golang.org/x/oauth2"
)

// Providers' authorization endpoints for the installed-app flow.
const (
	GoogleAuthURL = "https://accounts.google.com/o/oauth2/v2/auth"
)

// CodeOptions says how AuthCodeLogin asks for the sign-in.
type CodeOptions struct {
	// Provider is "google", "microsoft" or "generic" (""): Google hands
	// out a refresh token only when asked for offline access, and again
	// on a second sign-in only with prompt=consent.
	Provider string
	// LoginHint preselects the account on the sign-in page (the rep's
	// address), so that a browser signed in as someone else does not
	// sign the wrong mailbox in.
	LoginHint string
	// Timeout bounds the wait for the browser to come back. Default 5
	// minutes.
	Timeout time.Duration
}

// DefaultCodeTimeout is how long AuthCodeLogin waits for the browser.
const DefaultCodeTimeout = 5 * time.Minute

// providerParams are the authorization request parameters a provider
// needs before it gives a refresh token.
func providerParams(provider string) []oauth2.AuthCodeOption {
	if provider == "google" {
		return []oauth2.AuthCodeOption{oauth2.AccessTypeOffline, oauth2.SetAuthURLParam("prompt", "consent")}
	}
	return nil // Microsoft: the offline_access scope; generic servers: their own policy
}

// AuthCodeLogin signs a person in with the authorization code grant as an
// installed app (RFC 8252): it listens on 127.0.0.1 on a free port, passes
// show the authorization URL to open in a browser (with a fresh state and
// an S256 PKCE challenge, RFC 7636), waits for the browser to come back to
// http://127.0.0.1:PORT/ (until opts.Timeout or ctx ends), exchanges the
// code with the verifier and saves the refresh token in store. The
// browser is told in plain words how it went. Neither the code, the
// verifier nor a token reaches show, the browser page or the error.
func AuthCodeLogin(ctx context.Context, cfg *oauth2.Config, store RefreshStore, opts CodeOptions, show func(authURL string)) error {
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultCodeTimeout
	}
	ln, err := (&net.ListenConfig{}).Listen(ctx, "tcp", "127.0.0.1:0")
	if err != nil {
		return fmt.Errorf("listen on 127.0.0.1 for the browser to come back: %w", err)
	}
	c := *cfg
	c.RedirectURL = fmt.Sprintf("http://127.0.0.1:%d/", ln.Addr().(*net.TCPAddr).Port)
	verifier := oauth2.GenerateVerifier()
	ctx, cancel := context.WithTimeout(ctx, opts.Timeout)
	defer cancel()
	w := &codeWaiter{ctx: ctx, state: randomState(), done: make(chan error, 1)}
	w.exchange = func(ctx context.Context, code string) error {
		return exchangeCode(ctx, &c, store, code, verifier)
	}
	params := append(providerParams(opts.Provider), oauth2.S256ChallengeOption(verifier))
	if opts.LoginHint != "" {
		params = append(params, oauth2.SetAuthURLParam("login_hint", opts.LoginHint))
	}
	srv := &http.Server{Handler: w, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = srv.Serve(ln) }() // ends with ErrServerClosed at Shutdown
	defer func() {
		// Let the page of the last request be written, briefly.
		sctx, scancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer scancel()
		_ = srv.Shutdown(sctx)
	}()
	show(c.AuthCodeURL(w.state, params...))
	select {
	case err := <-w.done:
		return err
	case <-ctx.Done():
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return fmt.Errorf("no sign-in came back within %v: run the sign-in again and finish it in the browser", opts.Timeout)
		}
		return fmt.Errorf("sign-in abandoned: %w", context.Cause(ctx))
	}
}

// exchangeCode trades the code and the PKCE verifier for tokens (RFC 6749
// §4.1.3, RFC 7636 §4.5) and keeps the refresh token.
func exchangeCode(ctx context.Context, cfg *oauth2.Config, store RefreshStore, code, verifier string) error {
	tok, err := cfg.Exchange(ctx, code, oauth2.VerifierOption(verifier))
	if err != nil {
		err = classify(err)
		if errors.Is(err, ErrRefused) {
			return fmt.Errorf("code exchange: %w; check client_id and the client secret (Google: the Desktop client's), then sign in again", err)
		}
		return fmt.Errorf("code exchange: %w", err)
	}
	if tok.RefreshToken == "" {
		return fmt.Errorf("%w: the sign-in gave no refresh token (Google gives one with access_type=offline and prompt=consent, Microsoft with the offline_access scope)", ErrRefused)
	}
	return store.Save(ctx, tok.RefreshToken)
}

// randomState is the state parameter: unguessable, so that only the
// browser sent to the authorization URL can finish the sign-in (RFC 6749
// §10.12).
func randomState() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b) // never fails (crypto/rand panics instead)
	return base64.RawURLEncoding.EncodeToString(b)
}

// codeWaiter serves the loopback redirect: the first request with the
// right state ends the wait, with the exchange's outcome.
type codeWaiter struct {
	ctx      context.Context // the sign-in's, for the exchange
	state    string
	exchange func(ctx context.Context, code string) error
	done     chan error // buffered: one outcome
	once     sync.Once
}

func (w *codeWaiter) ServeHTTP(rw http.ResponseWriter, r *http.Request) {
	if r.URL.Path != "/" || r.Method != http.MethodGet {
		http.NotFound(rw, r) // a browser's favicon request, say
		return
	}
	q := r.URL.Query()
	if subtle.ConstantTimeCompare([]byte(q.Get("state")), []byte(w.state)) != 1 {
		writePage(rw, http.StatusBadRequest, "This is not the sign-in fivemin is waiting for",
			"The link may be from an earlier attempt. Use the link fivemin printed most recently.")
		return
	}
	first := false
	w.once.Do(func() {
		first = true
		var err error
		switch {
		case q.Get("error") != "":
			err = authorizeError(q.Get("error"), q.Get("error_description"))
		case q.Get("code") == "":
			err = errors.New("the browser came back without an authorization code")
		default:
			err = w.exchange(w.ctx, q.Get("code"))
		}
		w.done <- err
		if err != nil {
			writePage(rw, http.StatusBadRequest, "Sign-in failed", err.Error()+". Go back to the terminal for what to do.")
			return
		}
		writePage(rw, http.StatusOK, "Signed in", "fivemin has what it needs. You can close this tab.")
	})
	if !first {
		writePage(rw, http.StatusOK, "Already done", "This sign-in has finished; see the terminal.")
	}
}

// authorizeError turns an RFC 6749 §4.1.2.1 error response into plain
// words. The description comes from the server; only the characters the
// RFC allows in it are kept, and not too many.
func authorizeError(code, desc string) error {
	code, desc = printable(code, 40), printable(desc, 200)
	if desc != "" {
		desc = " (" + desc + ")"
	}
	switch code {
	case "access_denied":
		return fmt.Errorf("%w: the sign-in was declined%s: the person signing in clicked Cancel, or the organisation's admin has not allowed fivemin; sign in again and accept, or ask the admin to consent", ErrRefused, desc)
	case "invalid_scope", "unauthorized_client", "invalid_client":
		return fmt.Errorf("%w: the authorisation server refused the request with %s%s: check client_id, scopes and that the client is a desktop (installed) application", ErrRefused, code, desc)
	}
	return fmt.Errorf("%w: the authorisation server answered %s%s", ErrRefused, code, desc)
}

// printable keeps RFC 6749's error characters (%x20-21 / %x23-5B /
// %x5D-7E), at most n of them.
func printable(s string, n int) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r > 0x7e || r == '"' || r == '\\' {
			return -1
		}
		return r
	}, s)
	if len(s) > n {
		s = s[:n] + "…"
	}
	return s
}

var pageTmpl = template.Must(template.New("page").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>fivemin: {{.Title}}</title>
<style>body{font-family:system-ui,sans-serif;max-width:36em;margin:4em auto;padding:0 1em;line-height:1.5}</style>
</head><body><h1>{{.Title}}</h1><p>{{.Text}}</p></body></html>
`))

// writePage answers the browser with a short page (html/template escapes
// the text, which may carry the server's error description).
func writePage(rw http.ResponseWriter, status int, title, text string) {
	rw.Header().Set("Content-Type", "text/html; charset=utf-8")
	rw.Header().Set("Cache-Control", "no-store")
	rw.Header().Set("Referrer-Policy", "no-referrer") // the URL held the code
	rw.WriteHeader(status)
	_ = pageTmpl.Execute(rw, struct{ Title, Text string }{title, text})
}
