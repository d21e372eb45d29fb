package mailbox

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net"
	"sync"
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
}

// DeletedEvent reports a fivemin draft that left Drafts without being sent.
type DeletedEvent struct {
	Account string
	Token   string
	Missing time.Time // first seen missing
}

// Config builds a Mailbox.
type Config struct {
	Account Account
	DB      *bbolt.DB // opened by the caller (0600, Options.Timeout)
	Logger  *slog.Logger
	// Handle is called for every new message. It must be idempotent: after
	// a crash it may be called again for the same Token. An error means
	// "try again later" (three attempts, then the outcome is failed).
	Handle func(ctx context.Context, m *Message) (Result, error)
	// OnDraft is optional: called after a draft for new mail is recorded.
	OnDraft func(ctx context.Context, d DraftInfo)
	// OnSent and OnDeleted are optional; each event is reported once.
	OnSent    func(ctx context.Context, e SentEvent)
	OnDeleted func(ctx context.Context, e DeletedEvent)
	// Now is the clock (default time.Now).
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
	now       func() time.Time
	dialFn    func(ctx context.Context, network, addr string) (net.Conn, error)

	// tokMu serialises the exactly-once steps (record intent, APPEND,
	// record result) between Run, AppendDraft and Send in this process.
	tokMu sync.Mutex

	// test hooks
	noIdle      bool           // behave as if the server lacked IDLE
	afterSearch func([]uint32) // called with the UIDs a sync round will fetch
	onRound     func(SyncStats)
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
		onDraft: cfg.OnDraft, onSent: cfg.OnSent, onDeleted: cfg.OnDeleted, now: cfg.Now, dialFn: cfg.Dial,
	}
	if m.log == nil {
		m.log = slog.New(slog.DiscardHandler)
	}
	m.log = m.log.With("account", a.Name)
	if m.now == nil {
		m.now = time.Now
	}
	return m, nil
}

// Account returns the account with defaults filled in.
func (m *Mailbox) Account() Account { return m.acct }

// Run watches the account until ctx is done, reconnecting with capped
// exponential backoff and jitter. On cancel it finishes the message in
// hand (bounded by the command timeout) and returns ctx's error.
func (m *Mailbox) Run(ctx context.Context) error {
	attempt := 0
	for {
		start := m.now()
		err := m.session(ctx)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if time.Since(start) > time.Minute {
			attempt = 0 // it worked for a while: start the backoff afresh
		}
		wait := backoff(attempt, m.acct.MaxBackoff)
		attempt++
		m.log.Warn("mailbox connection ended; retrying", "err", err, "retry_in", wait.Round(time.Millisecond))
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
	}
}

// backoff is capped exponential backoff with full jitter, starting at 1s.
func backoff(attempt int, max time.Duration) time.Duration {
	d := time.Second << min(attempt, 20)
	if d > max || d <= 0 {
		d = max
	}
	return d/2 + rand.N(d/2+1)
}

// session runs one connection: reconcile, sync, then wait for new mail.
func (m *Mailbox) session(ctx context.Context) error {
	s, err := m.dial(ctx)
	if err != nil {
		return err
	}
	defer s.close()
	m.log.Info("connected", "drafts", s.folders.Drafts, "sent", s.folders.Sent, "idle", s.hasIdle)
	if err := m.reconcile(ctx, s); err != nil {
		return err
	}
	nextWatch := time.Time{}
	for {
		if _, err := m.syncInbox(ctx, s); err != nil {
			return err
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if !time.Now().Before(nextWatch) {
			if err := m.watch(ctx, s); err != nil {
				return err
			}
			nextWatch = time.Now().Add(m.acct.WatchInterval)
			// Mail that arrived while another folder was selected raised no
			// EXISTS for the INBOX: sync again before waiting.
			continue
		}
		// Wait for news: IDLE, or a poll interval then NOOP.
		wait := min(time.Until(nextWatch), m.acct.KeepAlive)
		if s.hasIdle {
			if err := s.idle(ctx, max(wait, 0)); err != nil {
				return err
			}
		} else {
			t := time.NewTimer(max(min(wait, m.acct.PollInterval), 0))
			select {
			case <-ctx.Done():
				t.Stop()
				return ctx.Err()
			case <-t.C:
			case <-s.c.Closed():
				t.Stop()
				return errors.New("connection closed")
			}
			if err := s.noop(); err != nil {
				return err
			}
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
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

// Conn is an open connection for callers that drive syncing themselves
// (the bench command); Run is the usual entry point.
type Conn struct {
	m *Mailbox
	s *session
}

// Open connects, logs in and reconciles unfinished drafts.
func (m *Mailbox) Open(ctx context.Context) (*Conn, error) {
	s, err := m.dial(ctx)
	if err != nil {
		return nil, err
	}
	if err := m.reconcile(ctx, s); err != nil {
		s.close()
		return nil, err
	}
	return &Conn{m: m, s: s}, nil
}

// Sync handles everything new in the INBOX once.
func (c *Conn) Sync(ctx context.Context) (SyncStats, error) { return c.m.syncInbox(ctx, c.s) }

// Noop sends NOOP: the cheapest proof of life, as polling does.
func (c *Conn) Noop() error { return c.s.noop() }

// Close logs out.
func (c *Conn) Close() { c.s.close() }

func wrapf(err error, format string, args ...any) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf(format+": %w", append(args, err)...)
}
