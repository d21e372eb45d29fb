package mailbox

import (
	"context"
	"fmt"
	"sync/atomic"
	"time"
)

// maxLogins bounds the IMAP logins in flight at once across every Mailbox
// of the process (connect, TLS, greeting and login; a logged-in session
// no longer counts). Servers queue logins in a short listen backlog and
// a few login processes: Dovecot 2.3's default one process per login
// refused and reset connections when 300 reps connected at once, and
// with 1,000 never let them all in. Sixteen logins in flight keep a
// 2-core Dovecot busy (a STARTTLS login costs it a few milliseconds of
// CPU) while leaving room for the reps' own mail programs.
const maxLogins = 16

// startJitter is the longest a Run waits before its first connection, so
// that reps started together (serve starting, a reload) do not all queue
// for a login in the same instant.
const startJitter = time.Second

// logins is the limiter every Mailbox of the process shares.
var logins = newGate(maxLogins)

// gate is a counting semaphore whose waits honour a context.
type gate struct {
	slots   chan struct{}
	waiting atomic.Int32 // callers blocked in acquire, for tests and logs
}

func newGate(n int) *gate { return &gate{slots: make(chan struct{}, n)} }

// acquire takes a slot, waiting until one is free or ctx is done; the
// returned func gives it back (once).
func (g *gate) acquire(ctx context.Context) (release func(), err error) {
	select {
	case g.slots <- struct{}{}:
	default:
		g.waiting.Add(1)
		defer g.waiting.Add(-1)
		select {
		case g.slots <- struct{}{}:
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for a login slot: %w", ctx.Err())
		}
	}
	var done atomic.Bool
	return func() {
		if done.CompareAndSwap(false, true) {
			<-g.slots
		}
	}, nil
}

// inFlight is how many slots are taken.
func (g *gate) inFlight() int { return len(g.slots) }

// loginGate is the limiter m's logins go through.
func (m *Mailbox) loginGate() *gate {
	if m.logins != nil {
		return m.logins
	}
	return logins
}

// randN is m's source of jitter: a uniform value in [0, n).
func (m *Mailbox) randN(n int64) int64 {
	if n <= 0 {
		return 0
	}
	if m.rand != nil {
		return m.rand(n)
	}
	return defaultRand(n)
}

// sleep waits d on the runtime's clock, or until ctx is done.
func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
