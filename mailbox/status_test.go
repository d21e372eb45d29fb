package mailbox

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"testing"
	"time"
)

// TestRetrierBackoff: waits grow up to the cap, start afresh once a
// connection worked, and a refused login waits AuthRetry.
func TestRetrierBackoff(t *testing.T) {
	const max, auth = 8 * time.Second, 5 * time.Minute
	down := errors.New("connection refused")
	refused := &AuthError{User: "u", Err: errors.New("NO [AUTHENTICATIONFAILED]")}
	r := retrier{max: max, auth: auth, randN: defaultRand}
	var last time.Duration
	for i := 0; i < 40; i++ {
		last = r.next(false, down)
		if last > max {
			t.Fatalf("attempt %d waits %v, over the %v cap: a server that is back waits too long", i, last, max)
		}
	}
	if last < max/2 {
		t.Errorf("after 40 failures the wait is %v, want the cap's range [%v, %v]", last, max/2, max)
	}
	// A connection that worked, then broke: the next wait is short again.
	if d := r.next(true, down); d > time.Second {
		t.Errorf("after a working connection the wait is %v, want at most 1s", d)
	}
	for _, connected := range []bool{false, true} {
		if d := r.next(connected, refused); d != auth {
			t.Errorf("refused login (connected %v): wait %v, want %v", connected, d, auth)
		}
	}
	if d := r.next(false, down); d > 2*time.Second {
		t.Errorf("a refused login grew the backoff: %v", d)
	}
}

// levelCounter counts log records per level and message.
type levelCounter struct {
	mu     sync.Mutex
	counts map[string]int
}

func (c *levelCounter) Enabled(context.Context, slog.Level) bool { return true }
func (c *levelCounter) Handle(_ context.Context, r slog.Record) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.counts[r.Level.String()+" "+r.Message]++
	return nil
}
func (c *levelCounter) WithAttrs([]slog.Attr) slog.Handler { return c }
func (c *levelCounter) WithGroup(string) slog.Handler      { return c }
func (c *levelCounter) count(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.counts[key]
}
func (c *levelCounter) level(lv slog.Level) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	for k, v := range c.counts {
		if len(k) > len(lv.String()) && k[:len(lv.String())+1] == lv.String()+" " {
			n += v
		}
	}
	return n
}

// TestDovecotWrongPassword: a refused login is an ERROR once (not at every
// retry), shows in Status, is retried every AuthRetry, and another rep on
// the same server keeps getting drafts. Fixing the password recovers it.
func TestDovecotWrongPassword(t *testing.T) {
	t.Parallel()
	d := startDovecot(t)
	const other = "bo@example.com"
	d.AddUser(t, other, "right-one")
	db := tempDB(t)

	bad := dovecotAccount(d, other)
	bad.IMAP.Password = "wrong-one"
	bad.AuthRetry = 20 * time.Millisecond
	logs := &levelCounter{counts: map[string]int{}}
	mBad := newMailbox(t, Config{Account: bad, DB: db, Logger: slog.New(logs), Handle: newTestHandler().handle})
	mGood := newMailbox(t, Config{Account: dovecotAccount(d, rep), DB: db, Logger: testLogger(t), Handle: newTestHandler().handle})
	stopBad := runMailbox(t, mBad)
	runMailbox(t, mGood)

	defer func() { t.Logf("log counts: %v", logs.counts) }()
	waitFor(t, "several refused logins", 10*time.Second, func() bool {
		return logs.count("DEBUG mailbox connection failed again; retrying") >= 3
	})
	if n := logs.level(slog.LevelError); n != 1 {
		t.Errorf("%d ERROR lines for one wrong password, want 1", n)
	}
	st := mBad.Status()
	if st.Connected || !st.AuthFailed || st.Since.IsZero() || st.Error == "" || st.Account != other {
		t.Errorf("status of the refused account: %+v", st)
	}
	if s := mBad.Stats().Sessions; s != 0 {
		t.Errorf("%d sessions with a wrong password", s)
	}
	raw := clientMail(1, "for the rep who can log in")
	d.Deliver(t, rep, raw)
	waitFor(t, "the other rep's draft", 10*time.Second, func() bool { return draftsByToken(t, d, rep)[Token(rep, raw)] == 1 })
	if st := mGood.Status(); !st.Connected || st.AuthFailed {
		t.Errorf("status of the working account: %+v", st)
	}

	// The password fixed: the next start logs in.
	stopBad()
	bad.IMAP.Password = "right-one"
	mFixed := newMailbox(t, Config{Account: bad, DB: db, Logger: testLogger(t), Handle: newTestHandler().handle})
	runMailbox(t, mFixed)
	waitFor(t, "the fixed account connected", 10*time.Second, func() bool { return mFixed.Status().Connected })
}
