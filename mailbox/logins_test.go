package mailbox

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"github.com/fivemin/fivemin/mailbox/mailtest/fakeclock"
)

// TestGate: at most n holders; a waiter gets the slot a holder gives
// back; a cancelled wait takes nothing; giving back twice frees one slot.
func TestGate(t *testing.T) {
	g := newGate(2)
	ctx := context.Background()
	r1, err := g.acquire(ctx)
	if err != nil {
		t.Fatal(err)
	}
	r2, err := g.acquire(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n := g.inFlight(); n != 2 {
		t.Fatalf("in flight %d, want 2", n)
	}

	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := g.acquire(cancelled); !errors.Is(err, context.Canceled) {
		t.Fatalf("acquire on a full gate with a cancelled context: %v, want context.Canceled", err)
	}
	if n := g.inFlight(); n != 2 {
		t.Fatalf("a cancelled wait changed the slots in flight to %d", n)
	}

	got := make(chan func(), 1)
	go func() {
		r, err := g.acquire(ctx)
		if err != nil {
			t.Error(err)
			close(got)
			return
		}
		got <- r
	}()
	waitFor(t, "the third caller to wait", 5*time.Second, func() bool { return g.waiting.Load() == 1 })
	select {
	case <-got:
		t.Fatal("a third caller got a slot of a gate of 2")
	default:
	}
	r1()
	r1() // a second release must not free another holder's slot
	var r3 func()
	select {
	case r3 = <-got:
	case <-time.After(5 * time.Second):
		t.Fatal("the waiter did not get the released slot")
	}
	if n := g.inFlight(); n != 2 {
		t.Errorf("in flight %d after a double release and a new holder, want 2", n)
	}
	r2()
	r3()
	if n := g.inFlight(); n != 0 {
		t.Errorf("in flight %d after every release, want 0", n)
	}
}

// TestBackoffJitter: with the random source pinned, each attempt's wait is
// the low or the high end of [d/2, d], d doubling from 1s up to the cap.
func TestBackoffJitter(t *testing.T) {
	const max = 8 * time.Second
	low := func(int64) int64 { return 0 }
	high := func(n int64) int64 { return n - 1 }
	tests := []struct {
		attempt   int
		lo, hi    time.Duration
		wantRange int64 // the n the random source is asked for
	}{
		{0, 500 * time.Millisecond, time.Second, int64(500*time.Millisecond) + 1},
		{1, time.Second, 2 * time.Second, int64(time.Second) + 1},
		{2, 2 * time.Second, 4 * time.Second, int64(2*time.Second) + 1},
		{3, 4 * time.Second, 8 * time.Second, int64(4*time.Second) + 1},
		{4, 4 * time.Second, 8 * time.Second, int64(4*time.Second) + 1},
		{40, 4 * time.Second, 8 * time.Second, int64(4*time.Second) + 1},
	}
	for _, tt := range tests {
		var asked int64
		rec := func(n int64) int64 { asked = n; return 0 }
		if got := backoff(tt.attempt, max, rec); got != tt.lo || asked != tt.wantRange {
			t.Errorf("attempt %d: wait %v from range %d, want %v from %d", tt.attempt, got, asked, tt.lo, tt.wantRange)
		}
		if got := backoff(tt.attempt, max, low); got != tt.lo {
			t.Errorf("attempt %d, lowest draw: %v, want %v", tt.attempt, got, tt.lo)
		}
		if got := backoff(tt.attempt, max, high); got != tt.hi {
			t.Errorf("attempt %d, highest draw: %v, want %v", tt.attempt, got, tt.hi)
		}
	}
}

// TestNoteFailureLevels: a rep that cannot connect is logged at WARN when
// it starts, at INFO when the reason changes, and at DEBUG for every retry
// with the same reason.
func TestNoteFailureLevels(t *testing.T) {
	logs := &levelCounter{counts: map[string]int{}}
	clk := fakeclock.New(time.Date(2026, 12, 6, 1, 0, 0, 0, time.UTC))
	m, err := New(Config{Account: Account{Name: rep, IMAP: Endpoint{Host: "127.0.0.1", Port: 1, TLS: NoTLS}},
		DB: tempDB(t), Logger: slog.New(logs), Handle: buildDraftHandle, Now: clk.Now})
	if err != nil {
		t.Fatal(err)
	}
	refused := &net.OpError{Op: "dial", Net: "tcp", Err: syscall.ECONNREFUSED}
	timeout := context.DeadlineExceeded
	steps := []struct {
		connected bool
		err       error
		want      string // the key of the line it adds
	}{
		{false, refused, "WARN mailbox connection ended; retrying"},
		{false, refused, "DEBUG mailbox connection failed again; retrying"},
		{false, refused, "DEBUG mailbox connection failed again; retrying"},
		{false, timeout, "INFO mailbox connection still failing, now for another reason; retrying"},
		{false, timeout, "DEBUG mailbox connection failed again; retrying"},
		{true, errConnClosed, "WARN mailbox connection ended; retrying"},
	}
	want := map[string]int{}
	for i, s := range steps {
		if s.connected {
			m.noteConnected()
		}
		m.noteFailure(s.connected, s.err, time.Second)
		want[s.want]++
		for k, n := range want {
			if got := logs.count(k); got != n {
				t.Fatalf("after step %d: %d lines %q, want %d (all: %v)", i, got, k, n, logs.counts)
			}
		}
		clk.Advance(time.Second)
	}
}

// TestDovecotRunWaitsForLoginSlot: Run waits its start-up jitter (drawn
// from the injected source over startJitter), then does not even dial
// while every login slot is taken, and logs in once one is free.
func TestDovecotRunWaitsForLoginSlot(t *testing.T) {
	t.Parallel()
	d := startDovecot(t)
	var dials atomic.Int32
	dialer := &net.Dialer{}
	m, err := New(Config{Account: dovecotAccount(d, rep), DB: tempDB(t), Logger: testLogger(t), Handle: newTestHandler().handle,
		Dial: func(ctx context.Context, network, addr string) (net.Conn, error) {
			dials.Add(1)
			return dialer.DialContext(ctx, network, addr)
		}})
	if err != nil {
		t.Fatal(err)
	}
	g := newGate(1)
	var mu sync.Mutex
	var draws []int64
	m.logins, m.startJitter = g, 3*time.Millisecond
	m.rand = func(n int64) int64 {
		mu.Lock()
		defer mu.Unlock()
		draws = append(draws, n)
		return n - 1
	}
	hold, err := g.acquire(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	runMailbox(t, m)
	waitFor(t, "Run to wait for the login slot", 10*time.Second, func() bool { return g.waiting.Load() == 1 })
	if n := dials.Load(); n != 0 {
		t.Fatalf("%d dials while every login slot was taken", n)
	}
	mu.Lock()
	if len(draws) != 1 || draws[0] != int64(3*time.Millisecond) {
		t.Errorf("start-up jitter drawn as %v, want one draw over %d", draws, int64(3*time.Millisecond))
	}
	mu.Unlock()
	hold()
	waitFor(t, "the login once the slot is free", 10*time.Second, func() bool { return m.Status().Connected })
	if n := dials.Load(); n != 1 {
		t.Errorf("%d dials, want 1", n)
	}
	// The slot is given back once logged in: the session does not keep it.
	waitFor(t, "the slot given back", 10*time.Second, func() bool { return g.inFlight() == 0 })
}

// TestFirstWatchStaggered: a mailbox that never saw Sent watches at once
// (the baseline must predate any draft the rep sends); one that did
// watches after the injected random part of WatchInterval.
func TestFirstWatchStaggered(t *testing.T) {
	clk := fakeclock.New(time.Date(2026, 12, 6, 1, 0, 0, 0, time.UTC))
	db := tempDB(t)
	m, err := New(Config{Account: Account{Name: rep, IMAP: Endpoint{Host: "127.0.0.1", Port: 1, TLS: NoTLS}, WatchInterval: time.Minute},
		DB: db, Handle: buildDraftHandle, Now: clk.Now})
	if err != nil {
		t.Fatal(err)
	}
	var asked int64
	m.rand = func(n int64) int64 { asked = n; return int64(17 * time.Second) }
	first, err := m.firstWatch()
	if err != nil || !first.IsZero() {
		t.Fatalf("first watch ever: %v, %v; want at once (zero time)", first, err)
	}
	if err := db.Update(func(tx *bbolt.Tx) error {
		return m.st.putFolder(tx, roleSent, &folderState{Name: "Sent", UIDValidity: 1, LastUID: 4, BaselineDone: true})
	}); err != nil {
		t.Fatal(err)
	}
	next, err := m.firstWatch()
	if err != nil {
		t.Fatal(err)
	}
	if want := clk.Now().Add(17 * time.Second); !next.Equal(want) || asked != int64(time.Minute) {
		t.Errorf("first watch with a baseline: %v from a draw over %d, want %v from %d", next, asked, want, int64(time.Minute))
	}
}
