package mailbox

import (
	"context"
	"errors"
	"log/slog"
	"math/rand/v2"
	"net"
	"sync"
	"sync/atomic"
	"time"

	"go.etcd.io/bbolt"
)

// Message is a fetched source message handed to the handler.
type Message struct {
	Account      string
	Mailbox      string
	UIDValidity  uint32
	UID          uint32
	InternalDate time.Time
	Raw          []byte // the whole message as stored (RFC 5322)
	Token        string // put it in the draft's X-Fivemin-Source header
}

// Result is the handler's answer for one message: a draft, or a reason why
// there is none.
type Result struct {
	// Draft is a complete RFC 5322 message whose X-Fivemin-Source header
	// is the message's Token. Nil means no draft.
	Draft []byte
	// Skip says why there is no draft (recorded as the outcome's reason).
	Skip string
	// Log holds extra key-value pairs (slog style) for the message's one
	// INFO line, e.g. the client and the quote.
	Log []any
}

// SentEvent reports a fivemin draft that reached Sent.
type SentEvent struct {
	Account string
	Token   string // from X-Fivemin-Source; "" if only a quote ID was present
	QuoteID string // X-Fivemin-Quote-ID, if any
	// Via is "fivemin" when Send sent it, "client" when the rep sent it
	// from their own mail client.
	Via string
	UID uint32 // in the Sent folder
	Raw []byte // the sent message, to compare with the draft
	// At is when it was sent: when Send sent it, or when the mail program
	// filed it in Sent (INTERNALDATE, else Date, when believable).
	At time.Time
}

// DeletedEvent reports a fivemin draft that left Drafts without being sent.
type DeletedEvent struct {
	Account string
	Token   string
	Missing time.Time // first seen missing
}

// FailedEvent reports a message given up on: its outcome is failed and no
// draft of it is in Drafts.
type FailedEvent struct {
	Account string
	Token   string
	Reason  string
}

// Config builds a Mailbox.
type Config struct {
	Account Account
	DB      *bbolt.DB // opened by the caller (0600, Options.Timeout)
	Logger  *slog.Logger
	// Handle is called for every new message. It must be idempotent: after
	// a crash it may be called again for the same Token. An error made with
	// Permanent fails the message at once with its reason; any other error
	// means "try again later" (three attempts, then the outcome is failed).
	Handle func(ctx context.Context, m *Message) (Result, error)
	// OnDraft is optional: called after a draft for new mail is recorded.
	OnDraft func(ctx context.Context, d DraftInfo)
	// OnSent and OnDeleted are optional; each event is reported once.
	OnSent    func(ctx context.Context, e SentEvent)
	OnDeleted func(ctx context.Context, e DeletedEvent)
	// OnFailed is optional: called once a message is given up on without
	// a draft in Drafts (the handler kept failing, or its draft was
	// refused), so what the handler recorded for the draft can be undone.
	OnFailed func(ctx context.Context, e FailedEvent)
	// Now is the clock of every recorded time and of the schedule (watch,
	// keep-alive, duplicate checks); default time.Now. Waits (timers), the
	// network watchdog and the INBOX check's timings stay on the runtime's
	// clock: they measure real time on the wire, a timer cannot wait on an
	// injected clock, and a deadline read from a frozen one never passes.
	Now func() time.Time
	// Dial replaces net.Dialer.DialContext for IMAP (tests, proxies).
	Dial func(ctx context.Context, network, addr string) (net.Conn, error)
}

// Mailbox is one account's poller, drafter and sender.
type Mailbox struct {
	acct      Account
	db        *bbolt.DB
	st        *store
	log       *slog.Logger
	handle    func(ctx context.Context, m *Message) (Result, error)
	onDraft   func(ctx context.Context, d DraftInfo)
	onSent    func(ctx context.Context, e SentEvent)
	onDeleted func(ctx context.Context, e DeletedEvent)
	onFailed  func(ctx context.Context, e FailedEvent)
	now       func() time.Time
	dialFn    func(ctx context.Context, network, addr string) (net.Conn, error)

	checker *checker // the INBOX check; its speed survives reconnections
	// recheckAfter, chunkCount and chunkBytes are the package's constants,
	// smaller in tests.
	recheckAfter           []time.Duration
	chunkCount, chunkBytes int
	stats                  counters

	careful  atomic.Bool // crash suspects exist: handle one message at a time
	statusMu sync.Mutex
	status   Status
	problem  ProbeProblem  // the last failure's kind, to log changes once
	kick     chan struct{} // Retry asks for a round (buffered 1)

	// tokMu serialises the exactly-once steps (record intent, APPEND,
	// record result) between Run, AppendDraft and Send in this process.
	tokMu sync.Mutex

	// logins limits concurrent logins (nil: the process's shared one);
	// rand is the jitter's source (nil: math/rand); startJitter bounds
	// the wait before Run's first connection. Tests set them.
	logins      *gate
	rand        func(n int64) int64
	startJitter time.Duration

	hooks *testHooks // nil except in the package's tests (export_test.go)
}

// testHooks let the package's tests watch a running Mailbox. Every method
// is a no-op on nil.
type testHooks struct {
	afterSearch func([]uint32) // called with the UIDs a sync round will fetch
	onRound     func(SyncStats)
	onWait      func() // called when the loop starts to wait for news
	onWatch     func() // called after each look at Sent and Drafts
}

func (h *testHooks) watched() {
	if h != nil && h.onWatch != nil {
		h.onWatch()
	}
}

func (h *testHooks) searched(uids []uint32) {
	if h != nil && h.afterSearch != nil {
		h.afterSearch(uids)
	}
}

func (h *testHooks) round(st SyncStats) {
	if h != nil && h.onRound != nil {
		h.onRound(st)
	}
}

func (h *testHooks) waiting() {
	if h != nil && h.onWait != nil {
		h.onWait()
	}
}

// maxAttempts is how often a failing handler is tried per message.
const maxAttempts = 3

// New checks cfg and prepares the account's state buckets.
func New(cfg Config) (*Mailbox, error) {
	a := cfg.Account
	a.setDefaults()
	if err := a.Validate(); err != nil {
		return nil, err
	}
	if cfg.DB == nil {
		return nil, errors.New("mailbox: no database")
	}
	if cfg.Handle == nil {
		return nil, errors.New("mailbox: no handler")
	}
	st, err := newStore(cfg.DB, a.Name)
	if err != nil {
		return nil, err
	}
	m := &Mailbox{
		acct: a, db: cfg.DB, st: st, log: cfg.Logger, handle: cfg.Handle,
		onDraft: cfg.OnDraft, onSent: cfg.OnSent, onDeleted: cfg.OnDeleted, onFailed: cfg.OnFailed, now: cfg.Now, dialFn: cfg.Dial,
		kick: make(chan struct{}, 1),
	}
	if m.log == nil {
		m.log = slog.New(slog.DiscardHandler)
	}
	m.log = m.log.With("account", a.Name)
	if m.now == nil {
		m.now = time.Now
	}
	m.checker = newChecker(m)
	m.recheckAfter, m.chunkCount, m.chunkBytes = recheckAfter, chunkCount, chunkBytes
	m.startJitter = startJitter
	return m, nil
}

// Account returns the account with defaults filled in.
func (m *Mailbox) Account() Account { return m.acct }

// Run watches the account until ctx is done, reconnecting with capped
// exponential backoff and jitter (reset once a connection has worked; a
// refused login waits Account.AuthRetry). It first waits a random part of
// a second, and every login waits for one of the process's few login
// slots, so that many reps starting or reconnecting together reach the
// server at a bounded rate. On cancel it finishes the message in hand
// (bounded by the command timeout) and returns ctx's error.
func (m *Mailbox) Run(ctx context.Context) error {
	if err := m.noteCrash(); err != nil {
		return err
	}
	if err := sleep(ctx, time.Duration(m.randN(int64(m.startJitter)))); err != nil {
		return err
	}
	r := retrier{max: m.acct.MaxBackoff, auth: m.acct.AuthRetry, randN: m.randN}
	for {
		connected, err := m.session(ctx)
		if ctx.Err() != nil {
			m.setStatus(func(st *Status) { st.Connected = false })
			return ctx.Err()
		}
		wait := r.next(connected, err)
		m.noteFailure(connected, err, wait)
		if err := sleep(ctx, wait); err != nil { // a real wait: see Config.Now
			return err
		}
	}
}

// retrier decides the wait before the next connection attempt.
type retrier struct {
	attempt   int
	max, auth time.Duration
	randN     func(n int64) int64 // the jitter's source
}

// next is the wait after a session that ended with err; connected says
// whether it had logged in, which starts the backoff afresh: a server
// that comes back after a long outage is reconnected to within max.
func (r *retrier) next(connected bool, err error) time.Duration {
	if connected {
		r.attempt = 0
	}
	var ae *AuthError
	if errors.As(err, &ae) {
		return r.auth
	}
	d := backoff(r.attempt, r.max, r.randN)
	r.attempt++
	return d
}

// backoff is capped exponential backoff starting at 1s, with the upper
// half jittered: uniformly in [d/2, d] for the attempt's d, so that reps
// that failed together retry apart. randN(n) is uniform in [0, n).
func backoff(attempt int, max time.Duration, randN func(int64) int64) time.Duration {
	d := time.Second << min(attempt, 20)
	if d > max || d <= 0 {
		d = max
	}
	return d/2 + time.Duration(randN(int64(d/2)+1))
}

// defaultRand is the jitter's source outside tests.
func defaultRand(n int64) int64 { return rand.Int64N(n) }

// Status is a mailbox's connection state, for the dashboard and the
// commands' status lines.
type Status struct {
	Account   string
	Connected bool      // logged in now
	Since     time.Time // when the connection, or the current problem, began
	// AuthFailed: the server refuses the credentials; tried again every
	// Account.AuthRetry until someone fixes them.
	AuthFailed bool
	Error      string    // why the last connection attempt failed
	NextTry    time.Time // when it is tried again, while not connected
}

// Status returns the connection state.
func (m *Mailbox) Status() Status {
	m.statusMu.Lock()
	defer m.statusMu.Unlock()
	st := m.status
	st.Account = m.acct.Name
	return st
}

func (m *Mailbox) setStatus(f func(*Status)) {
	m.statusMu.Lock()
	defer m.statusMu.Unlock()
	f(&m.status)
}

// noteConnected records a working login, and says so when it follows a
// refused one.
func (m *Mailbox) noteConnected() {
	now := m.now()
	var wasAuth bool
	m.setStatus(func(st *Status) {
		wasAuth = st.AuthFailed
		*st = Status{Connected: true, Since: now}
		m.problem = ProbeOK
	})
	if wasAuth {
		m.log.Info("login accepted again")
	}
}

// noteFailure logs a failed or ended connection once per problem, with
// its reason: a refused login at ERROR (only when it starts), a server
// that went away at WARN when it happens, at INFO when the reason changes
// while it stays away (refused, then timing out ...), and at DEBUG for
// every other retry, so a thousand reps retrying do not flood the log.
func (m *Mailbox) noteFailure(connected bool, err error, wait time.Duration) {
	now := m.now()
	var ae *AuthError
	auth := errors.As(err, &ae)
	problem := ProbeOK
	if err != nil {
		problem = classify(err)
	}
	first, changed := false, false
	m.setStatus(func(st *Status) {
		first = connected || st.Connected || st.Since.IsZero() || auth != st.AuthFailed
		changed = problem != m.problem
		m.problem = problem
		if first {
			st.Since = now
		}
		st.Connected, st.AuthFailed, st.NextTry = false, auth, now.Add(wait)
		if err != nil {
			st.Error = err.Error()
		}
	})
	retry := wait.Round(time.Millisecond)
	switch {
	case auth && first && m.acct.IMAP.SASL != nil:
		m.log.Error("the mail server or the OAuth server refused the login: check the OAuth client, its secret and the admin consent, or sign the rep in again; other reps keep working", "err", err, "retry_in", retry)
	case auth && first:
		m.log.Error("the mail server refused the login: check the user name and password; other reps keep working", "err", err, "retry_in", retry)
	case first:
		m.log.Warn("mailbox connection ended; retrying", "problem", string(problem), "err", err, "retry_in", retry)
	case changed:
		m.log.Info("mailbox connection still failing, now for another reason; retrying", "problem", string(problem), "err", err, "retry_in", retry)
	default:
		m.log.Debug("mailbox connection failed again; retrying", "problem", string(problem), "err", err, "retry_in", retry)
	}
}

// session runs one connection: reconcile, sync, then wait for new mail.
// connected says whether it logged in.
func (m *Mailbox) session(ctx context.Context) (connected bool, err error) {
	s, err := m.dial(ctx)
	if err != nil {
		return false, err
	}
	defer s.close()
	m.stats.sessions.Add(1)
	m.noteConnected()
	return true, m.serve(ctx, s)
}

// serve syncs and waits for new mail on a logged-in session until it
// fails or ctx is done.
func (m *Mailbox) serve(ctx context.Context, s *session) error {
	check := m.acct.IdleCheck
	if !s.hasIdle || check < 0 {
		check = 0 // off
	}
	m.log.Info("connected", "drafts", s.folders.Drafts, "sent", s.folders.Sent, "idle", s.hasIdle, "idle_check", check)
	if err := m.reconcile(ctx, s); err != nil {
		return err
	}
	var ls loopState
	var err error
	if ls.nextWatch, err = m.firstWatch(); err != nil {
		return err
	}
	round := true // look for new mail (UID SEARCH) before waiting again
	for {
		if round {
			ls.ck.drain() // this round covers whatever the check saw so far
			if _, err := m.syncInbox(ctx, s); err != nil {
				return err
			}
			ls.lastRound = m.now()
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		nextDedupe, busy, err := m.upkeep(ctx, s, &ls)
		if err != nil {
			return err
		}
		if busy {
			// Another folder was selected: mail that arrived meanwhile
			// raised no EXISTS for the INBOX, so sync before waiting.
			round = true
			continue
		}
		if ls.ck == nil && check > 0 {
			// Started once the first round is done, so that it checks an
			// INBOX the main connection has caught up with.
			ls.ck = m.checker
			cctx, cancel := context.WithCancel(ctx)
			done := make(chan struct{})
			go func() { defer close(done); ls.ck.run(cctx) }()
			defer func() { cancel(); <-done }()
		}
		if round, err = m.awaitNews(ctx, s, &ls, nextDedupe); err != nil {
			return err
		}
	}
}

// firstWatch is when a session first looks at Sent and Drafts: at once
// the first time ever, which sets the Sent baseline before the rep can
// send a draft; otherwise after a random part of WatchInterval, so that
// reps connecting together (a start, a server restart) neither pay for
// the watch in the same burst as their logins nor keep watching in step.
func (m *Mailbox) firstWatch() (time.Time, error) {
	var known bool
	err := m.db.View(func(tx *bbolt.Tx) error {
		fs, err := m.st.folder(tx, roleSent)
		known = fs != nil
		return err
	})
	if err != nil || !known {
		return time.Time{}, err
	}
	return m.now().Add(time.Duration(m.randN(int64(m.acct.WatchInterval)))), nil
}

// loopState is what serve carries from one turn of its loop to the next.
type loopState struct {
	ck        *checker // the INBOX check, once started (nil: none)
	nextWatch time.Time
	lastRound time.Time
}

// upkeep runs the duplicate check or the Sent and Drafts watch when one is
// due; busy says one ran. It returns when the duplicate check is next due.
func (m *Mailbox) upkeep(ctx context.Context, s *session, ls *loopState) (nextDedupe time.Time, busy bool, err error) {
	nextDedupe, _, err = m.nextRecheck()
	if err != nil {
		return nextDedupe, false, err
	}
	if !nextDedupe.IsZero() && !m.now().Before(nextDedupe) {
		return nextDedupe, true, m.dedupe(s)
	}
	if !m.now().Before(ls.nextWatch) {
		if err := m.watch(ctx, s); err != nil {
			return nextDedupe, true, err
		}
		m.hooks.watched()
		ls.nextWatch = m.now().Add(m.acct.WatchInterval)
		return nextDedupe, true, nil
	}
	return nextDedupe, false, nil
}

// awaitNews waits for news, IDLE (and the INBOX check) or a poll interval
// then NOOP, until the next upkeep is due, and says whether the next turn
// must search the INBOX.
func (m *Mailbox) awaitNews(ctx context.Context, s *session, ls *loopState, nextDedupe time.Time) (round bool, err error) {
	wait := max(min(ls.nextWatch.Sub(m.now()), m.acct.KeepAlive), 0)
	if !nextDedupe.IsZero() {
		wait = max(min(wait, nextDedupe.Sub(m.now())), 0)
	}
	if s.hasIdle {
		if s.pending() {
			return true, nil // the INBOX grew during the round: no IDLE
		}
		searched, err := m.idleOnce(ctx, s, ls.ck, wait)
		if err != nil {
			return false, err
		}
		if searched {
			ls.lastRound = m.now()
			return false, nil
		}
		// IDLE's time was up (the DONE reply proved the connection
		// alive): search anyway now and then, in case a server fails to
		// announce mail.
		return m.now().Sub(ls.lastRound) >= m.acct.KeepAlive, nil
	}
	kicked, err := m.pollOnce(ctx, s, wait)
	if err != nil {
		return false, err
	}
	// NOOP reports new mail with EXISTS (RFC 3501 §6.1.2): search only
	// then, and at least every KeepAlive in case a server does not.
	return kicked || s.pending() || m.now().Sub(ls.lastRound) >= m.acct.KeepAlive, nil
}

// idleOnce idles for up to wait (and until the INBOX check fires, when
// ck is running); when new mail woke it, it runs the sync round, notes
// which mechanism saw the mail first and reports searched.
func (m *Mailbox) idleOnce(ctx context.Context, s *session, ck *checker, wait time.Duration) (searched bool, err error) {
	m.hooks.waiting()
	why, err := s.idle(ctx, wait, ck.fired(), m.kick)
	if err != nil {
		return false, err
	}
	if ctx.Err() != nil {
		return false, ctx.Err()
	}
	if why != wakeExists && why != wakeCheck && why != wakeKick {
		return false, nil
	}
	// The runtime's clock, as the check's own timings it is compared with
	// (see Config.Now).
	at := time.Now()
	ck.drain()
	if why == wakeCheck {
		// This connection's view of the INBOX is as old as its last
		// EXISTS: Dovecot answers a SEARCH from that view and only then
		// looks at the folder. NOOP makes it look.
		if err := s.noop(); err != nil {
			return false, err
		}
	}
	st, err := m.syncInbox(ctx, s)
	if err != nil {
		return true, err
	}
	if st.Fetched > 0 {
		// Only a round that found mail says who was first: the other
		// mechanism may just be late for mail already handled.
		ck.noteArrival(m, why == wakeCheck, at)
	}
	return true, nil
}

// pollOnce waits up to min(wait, PollInterval), or until a retry is
// queued (kicked), then sends NOOP.
func (m *Mailbox) pollOnce(ctx context.Context, s *session, wait time.Duration) (kicked bool, err error) {
	m.hooks.waiting()
	t := time.NewTimer(min(wait, m.acct.PollInterval)) // a real wait: see Config.Now
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false, ctx.Err()
	case <-t.C:
	case <-m.kick:
		kicked = true
	case <-s.c.Closed():
		return false, errConnClosed
	}
	if err := s.noop(); err != nil {
		return kicked, err
	}
	m.stats.polls.Add(1)
	return kicked, nil
}

// errConnClosed reports a connection that closed while waiting.
var errConnClosed = errors.New("connection closed")

// Stats counts what the poller did since New, for monitoring and the
// bench.
type Stats struct {
	Sessions int64 // main connections made by Run
	Polls    int64 // NOOPs on the main connection (no IDLE)
	// Checks counts the INBOX check's NOOPs (see Account.IdleCheck).
	Checks int64
	// CheckWakes and IdleWakes count the arrivals that the check, or the
	// server's IDLE notification, announced first.
	CheckWakes int64
	IdleWakes  int64
	CheckBytes int64 // bytes both ways on the check's connections
	// CheckSlowed is true while the check runs only every 30s because the
	// server proved to announce new mail promptly over IDLE.
	CheckSlowed bool
}

type counters struct {
	sessions, polls, checks, checkWakes, idleWakes, checkBytes atomic.Int64
}

// Stats returns the counters so far.
func (m *Mailbox) Stats() Stats {
	return Stats{
		Sessions: m.stats.sessions.Load(), Polls: m.stats.polls.Load(), Checks: m.stats.checks.Load(),
		CheckWakes: m.stats.checkWakes.Load(), IdleWakes: m.stats.idleWakes.Load(), CheckBytes: m.stats.checkBytes.Load(),
		CheckSlowed: m.checker.slow.Load(),
	}
}

// SyncStats describes one sync round.
type SyncStats struct {
	Fetched  int   // messages downloaded
	Drafted  int   // drafts appended
	Skipped  int   // no draft (handler's reason, own mail, too large, done before)
	BytesIn  int64 // IMAP bytes read during the round
	BytesOut int64
}
