package web

import (
	"bytes"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer collects log output written from handler goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestNoCredentialInLogs makes every request that logs on the auth path
// and around it, with the token wherever a person might type it, and
// checks that no log line, text or JSON, carries it.
func TestNoCredentialInLogs(t *testing.T) {
	for _, format := range []string{"text", "json"} {
		t.Run(format, func(t *testing.T) {
			var logs lockedBuffer
			opts := &slog.HandlerOptions{Level: slog.LevelDebug}
			var hd slog.Handler = slog.NewTextHandler(&logs, opts)
			if format == "json" {
				hd = slog.NewJSONHandler(&logs, opts)
			}
			f := newFixture(t, func(o *Options) { o.Logger = slog.New(hd) })
			do := func(r *http.Request) int {
				w := httptest.NewRecorder()
				f.h.ServeHTTP(w, r)
				return w.Code
			}
			req := func(method, path, user, pass string) *http.Request {
				r := httptest.NewRequest(method, path, nil)
				r.SetBasicAuth(user, pass)
				return r
			}
			// The token as the user name, with a wrong and with the right password.
			if c := do(req("GET", "/", testToken, "wrong")); c != http.StatusUnauthorized {
				t.Errorf("token as user, wrong password: %d", c)
			}
			if c := do(req("GET", "/", testToken, testToken)); c != http.StatusOK {
				t.Errorf("token as user and password: %d", c)
			}
			// The token in the path of a failed request.
			if c := do(req("GET", "/"+testToken, "me", "wrong")); c != http.StatusUnauthorized {
				t.Errorf("token in the path: %d", c)
			}
			// A refused cross-origin write whose Origin carries the token.
			r := req("POST", "/quote/"+f.ids["t3"]+"/decide", testToken, testToken)
			r.Header.Set("Origin", "https://"+testToken+".example")
			r.Header.Set("Sec-Fetch-Site", "cross-site")
			if c := do(r); c != http.StatusForbidden {
				t.Errorf("cross-origin POST: %d", c)
			}
			// A decision made with the token as user name and in the note
			// (logged at INFO with who decided and the note).
			csrf := csrfRe.FindStringSubmatch(f.get(t, "/quote/"+f.ids["t3"]).Body.String())
			if csrf == nil {
				t.Fatal("no CSRF token in the quote page")
			}
			form := url.Values{"csrf": {csrf[1]}, "decision": {"accepted"}, "note": {"pasted " + testToken + " by mistake"}}
			r = httptest.NewRequest("POST", "/quote/"+f.ids["t3"]+"/decide", strings.NewReader(form.Encode()))
			r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			r.SetBasicAuth(testToken, testToken)
			if c := do(r); c != http.StatusSeeOther {
				t.Errorf("decision: %d", c)
			}
			out := logs.String()
			if !strings.Contains(out, "wrong dashboard token") || !strings.Contains(out, "quote decided") || !strings.Contains(out, "cross-origin") {
				t.Fatalf("the requests did not log what this test looks at:\n%s", out)
			}
			if strings.Contains(out, testToken) {
				t.Errorf("the token is in the log:\n%s", out)
			}
			if strings.Contains(out, "wrong\"") || strings.Contains(out, "=wrong") {
				t.Errorf("an offered password is in the log:\n%s", out)
			}
		})
	}
}

// TestRedactorScrubsEveryField covers the value kinds a log call may carry.
func TestRedactorScrubsEveryField(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(redactor{next: slog.NewTextHandler(&buf, nil), secret: StaticToken(testToken)})
	log = log.With("bound", "x"+testToken)
	log.WithGroup("g").Info("msg "+testToken, "s", testToken, "err", errors.New("bad "+testToken),
		slog.Group("nested", "v", testToken), "n", 3, testToken, "key")
	out := buf.String()
	if strings.Contains(out, testToken) || strings.Count(out, redacted) != 6 {
		t.Errorf("want 6 redactions and no token:\n%s", out)
	}
	if !strings.Contains(out, "g.n=3") {
		t.Errorf("other values must pass unchanged:\n%s", out)
	}
}

// TestThrottle: a client that keeps getting the token wrong is refused
// with 429 and Retry-After, even with the right token, until its bucket
// refills; other addresses are not affected.
func TestThrottle(t *testing.T) {
	f := newFixture(t)
	do := func(addr, token string) *httptest.ResponseRecorder {
		r := httptest.NewRequest(http.MethodGet, "/api/report", nil)
		r.RemoteAddr = addr
		r.Header.Set("Authorization", "Bearer "+token)
		w := httptest.NewRecorder()
		f.h.ServeHTTP(w, r)
		return w
	}
	const guesser, other = "198.51.100.7:5000", "198.51.100.8:5000"
	for i := range failBurst {
		if w := do(guesser, "guess-"+strconv.Itoa(i)); w.Code != http.StatusUnauthorized {
			t.Fatalf("wrong token %d: %d, want 401", i+1, w.Code)
		}
	}
	w := do(guesser, "guess-again")
	if w.Code != http.StatusTooManyRequests {
		t.Fatalf("wrong token %d: %d, want 429", failBurst+1, w.Code)
	}
	if ra, err := strconv.Atoi(w.Header().Get("Retry-After")); err != nil || ra < 1 || ra > int(failRefill/time.Second) {
		t.Errorf("Retry-After %q: want 1..%d seconds", w.Header().Get("Retry-After"), int(failRefill/time.Second))
	}
	if w := do(guesser, testToken); w.Code != http.StatusTooManyRequests {
		t.Errorf("right token while throttled: %d, want 429", w.Code)
	}
	if w := do(other, testToken); w.Code != http.StatusOK {
		t.Errorf("another address: %d, want 200", w.Code)
	}
	// The same client on another port is the same client.
	if w := do("198.51.100.7:6000", "guess"); w.Code != http.StatusTooManyRequests {
		t.Errorf("same address, other port: %d, want 429", w.Code)
	}
	f.clk.Set(now.Add(failRefill))
	if w := do(guesser, testToken); w.Code != http.StatusOK {
		t.Errorf("after %s: %d, want 200", failRefill, w.Code)
	}
	if w := do(guesser, "guess"); w.Code != http.StatusUnauthorized {
		t.Errorf("one more guess after the refill: %d, want 401", w.Code)
	}
	if w := do(guesser, "guess"); w.Code != http.StatusTooManyRequests {
		t.Errorf("a second guess right after: %d, want 429", w.Code)
	}
}

// TestThrottleTableIsBounded: a flood of guesses from many addresses keeps
// the table at maxClients, and the addresses beyond it share one bucket.
func TestThrottleTableIsBounded(t *testing.T) {
	th := newThrottle()
	at := now
	for i := range maxClients + 100 {
		th.fail("2001:db8::"+strconv.Itoa(i), at)
	}
	if n := len(th.m); n != maxClients {
		t.Fatalf("%d entries, want %d", n, maxClients)
	}
	for i := range failBurst {
		th.fail("203.0.113."+strconv.Itoa(i), at)
	}
	if th.wait("203.0.113.200", at) == 0 {
		t.Error("a new address while the table is full must share the exhausted overflow bucket")
	}
	// Once the buckets refill, the old entries make room again.
	later := at.Add(failBurst * failRefill)
	th.fail("203.0.113.250", later)
	if _, ok := th.m["203.0.113.250"]; !ok || len(th.m) > maxClients {
		t.Errorf("refilled entries were not pruned: %d entries", len(th.m))
	}
}

func TestClientKey(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"192.0.2.1:80", "192.0.2.1"},
		{"[::ffff:192.0.2.1]:80", "192.0.2.1"},
		{"[2001:db8:1:2:3:4:5:6]:80", "2001:db8:1:2::/64"},
		{"[2001:db8:1:2:ffff::1]:443", "2001:db8:1:2::/64"},
		{"not-an-address", "not-an-address"},
	} {
		if got := throttleKey(tc.in); got != tc.want {
			t.Errorf("throttleKey(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
