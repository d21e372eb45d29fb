package mailbox

import (
	"context"
	"sync/atomic"
	"time"
)

// The INBOX check: while the main connection idles, a second connection
// that has the INBOX examined sends NOOP every Account.IdleCheck.
//
// Why: Dovecot 2.3 announces new mail to an idling client only 0.5 s after
// the first change it notices (NOTIFY_DELAY_MSECS in
// src/lib-storage/mailbox-watch.c, not configurable), while a NOOP makes it
// look at the folder at once and answer with EXISTS (RFC 3501 §6.1.2,
// §7.3.1). A NOOP on an examined INBOX costs Dovecot about 0.09 ms of CPU
// back to back whatever the folder's size, a little less than STATUS
// (UIDNEXT MESSAGES) on an unselected INBOX (0.1 ms), and needs no
// bookkeeping of UIDNEXT: new mail shows as a grown EXISTS. (STATUS on the
// examined INBOX answers from the connection's stale view and misses new
// mail.) Paced every 100 ms, waking the server's processes costs more than
// the work: about 0.5 ms per check on the bench's virtual machine.
// Figures: `go run ./cmd/fivemin-bench mailbox -only check` and
// `CI=true go test -run '^$' -bench DovecotIdlePoll ./mailbox`.
//
// Servers that announce new mail promptly do not need it: when IDLE
// announces idlePromptStreak arrivals in a row while the check was running
// at full speed, the check slows to checkSlow; one arrival that the check
// sees first brings it back to full speed.
type checker struct {
	m    *Mailbox
	fire chan struct{} // buffered 1: the check saw the INBOX grow

	// lastOK is when the last NOOP completed (unix nanos), to tell whether
	// the check was running when IDLE won.
	lastOK atomic.Int64
	slow   atomic.Bool
	streak atomic.Int32 // arrivals in a row that IDLE announced first
}

const (
	idlePromptStreak = 5
	checkSlow        = 30 * time.Second
	// checkTimeout bounds one check (connecting and logging in too): a
	// dead check connection is replaced, the main one is not disturbed.
	checkTimeout = 10 * time.Second
)

func newChecker(m *Mailbox) *checker {
	return &checker{m: m, fire: make(chan struct{}, 1)}
}

// fired is the channel the main loop waits on (nil for a nil checker,
// which never fires).
func (c *checker) fired() <-chan struct{} {
	if c == nil {
		return nil
	}
	return c.fire
}

// drain forgets a signal: the sync round about to start covers it.
func (c *checker) drain() {
	if c == nil {
		return
	}
	select {
	case <-c.fire:
	default:
	}
}

func (c *checker) interval() time.Duration {
	if c.slow.Load() {
		return max(checkSlow, c.m.acct.IdleCheck)
	}
	return c.m.acct.IdleCheck
}

// noteArrival records which mechanism announced new mail first. IDLE only
// counts as faster when the check was running at full speed just before;
// otherwise IDLE won because the check was down or slowed, which says
// nothing about the server.
func (c *checker) noteArrival(m *Mailbox, byCheck bool, at time.Time) {
	if c == nil {
		m.stats.idleWakes.Add(1) // no check: IDLE is all there is
		return
	}
	if byCheck {
		c.m.stats.checkWakes.Add(1)
		c.streak.Store(0)
		if c.slow.CompareAndSwap(true, false) {
			c.m.log.Info("the INBOX check saw new mail before IDLE did; checking every IdleCheck again", "idle_check", c.m.acct.IdleCheck)
		}
		return
	}
	c.m.stats.idleWakes.Add(1)
	running := at.Sub(time.Unix(0, c.lastOK.Load())) <= 2*c.m.acct.IdleCheck+50*time.Millisecond
	if c.slow.Load() || !running {
		return
	}
	if c.streak.Add(1) >= idlePromptStreak {
		c.slow.Store(true)
		c.m.log.Info("the server announces new mail promptly over IDLE; slowing the INBOX check", "every", checkSlow)
	}
}

// run keeps a check connection until ctx is done, reconnecting with
// capped exponential backoff and jitter.
func (c *checker) run(ctx context.Context) {
	attempt := 0
	for {
		// Runtime clock (see Config.Now): how long the connection really
		// lasted decides whether the backoff starts over.
		start := time.Now()
		err := c.session(ctx)
		if ctx.Err() != nil {
			return
		}
		if time.Since(start) > time.Minute {
			attempt = 0
		}
		wait := backoff(attempt, c.m.acct.MaxBackoff, c.m.randN)
		attempt++
		c.m.log.Debug("INBOX check connection ended; retrying", "err", err, "retry_in", wait.Round(time.Millisecond))
		t := time.NewTimer(wait) // a real wait: see Config.Now
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C:
		}
	}
}

// session is one check connection: EXAMINE the INBOX (read-only, so the
// check never changes \Recent or flags), then NOOP on a timer.
func (c *checker) session(ctx context.Context) error {
	m := c.m
	s, err := m.connect(ctx, min(m.acct.DialTimeout, checkTimeout), min(m.acct.CommandTimeout, checkTimeout))
	if err != nil {
		return err
	}
	defer s.close()
	if _, err := s.selectBox(m.acct.Folders.Inbox, true); err != nil {
		return err
	}
	t := time.NewTimer(c.interval()) // a real wait: see Config.Now
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-s.c.Closed():
			return errConnClosed
		case <-t.C:
		}
		n0 := s.conn.in.Load() + s.conn.out.Load()
		if err := s.noop(); err != nil {
			return err
		}
		m.stats.checks.Add(1)
		m.stats.checkBytes.Add(s.conn.in.Load() + s.conn.out.Load() - n0)
		c.lastOK.Store(time.Now().UnixNano()) // runtime clock, as noteArrival's
		if s.woken() {
			select {
			case c.fire <- struct{}{}:
			default:
			}
		}
		t.Reset(c.interval())
	}
}
