package mailbox

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"mime"
	"net"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-message/charset"
	"github.com/emersion/go-message/textproto"
	"golang.org/x/text/unicode/norm"

	"github.com/fivemin/fivemin/mailbox/oauth"
)

// session is one logged-in IMAP connection with a watchdog: go-imap has no
// response deadline, so a silently dropped connection would hang forever.
// Every blocking step arms the watchdog; when it fires the connection is
// closed and the step fails.
type session struct {
	c        *imapclient.Client
	conn     *countingConn
	timeout  time.Duration
	log      logger
	wake     chan struct{} // the selected folder grew (buffered 1)
	exists   atomic.Uint32 // the selected folder's message count as last announced
	deadline atomic.Int64  // unix nanos; 0 = disarmed
	dog      *time.Timer   // runs bark at the deadline
	once     sync.Once
	closing  atomic.Bool // close has begun: the watchdog's firing is expected
	selected string
	validity uint32 // UIDVALIDITY of the selected folder
	// INBOX's UIDVALIDITY and UIDNEXT at its last SELECT.
	inboxValidity, inboxNext uint32
	folders                  Folders
	hasIdle                  bool
	uidplus                  bool
	esearch                  bool
}

type logger interface {
	Debug(msg string, args ...any)
	Info(msg string, args ...any)
	Warn(msg string, args ...any)
}

// countingConn counts bytes both ways, for the bench and debug logs.
type countingConn struct {
	net.Conn
	in, out atomic.Int64
}

func (c *countingConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	c.in.Add(int64(n))
	return n, err
}

func (c *countingConn) Write(p []byte) (int, error) {
	n, err := c.Conn.Write(p)
	c.out.Add(int64(n))
	return n, err
}

// dial connects, logs in and finds the folders: the main connection.
func (m *Mailbox) dial(ctx context.Context) (*session, error) {
	s, err := m.connect(ctx, m.acct.DialTimeout, m.acct.CommandTimeout)
	if err != nil {
		return nil, err
	}
	if err := s.discoverFolders(m.acct.Folders, s.c.Caps().Has(imap.CapSpecialUse)); err != nil {
		s.close()
		return nil, err
	}
	return s, nil
}

// connect connects and logs in within dialTimeout, once one of the
// process's login slots is free (the wait for it is not counted); every
// later command of the session is bounded by timeout.
func (m *Mailbox) connect(ctx context.Context, dialTimeout, timeout time.Duration) (*session, error) {
	a := &m.acct
	release, err := m.loginGate().acquire(ctx)
	if err != nil {
		return nil, err
	}
	defer release()
	ctx, cancel := context.WithTimeout(ctx, dialTimeout)
	defer cancel()
	dial := m.dialFn
	if dial == nil {
		d := &net.Dialer{}
		dial = d.DialContext
	}
	raw, err := dial(ctx, "tcp", a.IMAP.Addr())
	if err != nil {
		return nil, fmt.Errorf("connect %s: %w", a.IMAP.Addr(), err)
	}
	// Bound the handshake and login by the dial context.
	stopWatch := context.AfterFunc(ctx, func() { raw.Close() })
	defer stopWatch()

	cc := &countingConn{Conn: raw}
	s := &session{conn: cc, timeout: timeout, log: m.log, wake: make(chan struct{}, 1)}
	s.dog = time.AfterFunc(time.Hour, s.bark) // runtime clock: see Config.Now
	s.dog.Stop()
	opts := &imapclient.Options{
		TLSConfig:             a.IMAP.tlsConfig(),
		WordDecoder:           &mime.WordDecoder{CharsetReader: charset.Reader},
		UnilateralDataHandler: s.unilateral(),
	}
	if s.c, err = openClient(ctx, a.IMAP, cc, opts); err != nil {
		raw.Close()
		return nil, err
	}
	if err := s.c.WaitGreeting(); err != nil {
		s.c.Close()
		return nil, fmt.Errorf("greeting from %s: %w", a.IMAP.Addr(), err)
	}
	if err := login(ctx, s.c, a.IMAP); err != nil {
		s.c.Close()
		return nil, err
	}
	s.readCaps(a.DisableIdle)
	return s, nil
}

// unilateral keeps s.exists current from the server's untagged EXISTS
// and EXPUNGE responses, and wakes an IDLE wait when mail arrives.
func (s *session) unilateral() *imapclient.UnilateralDataHandler {
	return &imapclient.UnilateralDataHandler{
		// These run on the reader goroutine: never block here.
		Mailbox: func(d *imapclient.UnilateralDataMailbox) {
			// Only a grown count means new mail: some servers repeat
			// an unchanged EXISTS in every response, which must not
			// start a sync round each time.
			if d.NumMessages != nil && s.exists.Swap(*d.NumMessages) < *d.NumMessages {
				select {
				case s.wake <- struct{}{}:
				default:
				}
			}
		},
		Expunge: func(uint32) {
			// RFC 3501 §7.4.1: each EXPUNGE shrinks the count by one.
			for {
				n := s.exists.Load()
				if n == 0 || s.exists.CompareAndSwap(n, n-1) {
					return
				}
			}
		},
	}
}

// openClient starts the IMAP client on conn with e's TLS mode. The caller
// closes the connection on error.
func openClient(ctx context.Context, e Endpoint, conn net.Conn, opts *imapclient.Options) (*imapclient.Client, error) {
	switch e.TLS {
	case TLS:
		tc := tls.Client(conn, opts.TLSConfig)
		if err := tc.HandshakeContext(ctx); err != nil {
			return nil, fmt.Errorf("TLS handshake with %s: %w", e.Addr(), err)
		}
		return imapclient.New(tc, opts), nil
	case StartTLS:
		c, err := imapclient.NewStartTLS(conn, opts)
		if err != nil {
			return nil, fmt.Errorf("STARTTLS with %s: %w", e.Addr(), err)
		}
		return c, nil
	case NoTLS:
		if !IsLoopback(e.Host) { // checked by Validate too; belt and braces
			return nil, fmt.Errorf("refusing plaintext IMAP to non-loopback host %q", e.Host)
		}
		return imapclient.New(conn, opts), nil
	}
	return nil, fmt.Errorf("IMAP on %s: unknown TLS mode %v", e.Addr(), e.TLS) // Validate rejects it first
}

// readCaps notes the extensions fivemin uses (IMAP4rev2 includes them all).
func (s *session) readCaps(disableIdle bool) {
	caps := s.c.Caps()
	s.hasIdle = caps.Has(imap.CapIdle) || caps.Has(imap.CapIMAP4rev2)
	s.uidplus = caps.Has(imap.CapUIDPlus) || caps.Has(imap.CapIMAP4rev2)
	s.esearch = caps.Has(imap.CapESearch) || caps.Has(imap.CapIMAP4rev2)
	if disableIdle {
		s.hasIdle = false
	}
}

// login logs in with the password, or with SASL (OAuth) when e has it:
// a token the server refuses is replaced by a fresh one once, since it may
// have expired or been revoked since it was fetched.
func login(ctx context.Context, c *imapclient.Client, e Endpoint) error {
	if e.SASL == nil {
		return loginErr(e.User, c.Login(e.User, e.Password).Wait())
	}
	for refused := false; ; refused = true {
		sc, err := e.SASL.Client(ctx, e.User, refused)
		if errors.Is(err, oauth.ErrRefused) {
			return &AuthError{User: e.User, Err: err}
		}
		if err != nil {
			return fmt.Errorf("get an OAuth token for %q: %w", e.User, err)
		}
		err = loginErr(e.User, c.Authenticate(sc))
		var ae *AuthError
		if !errors.As(err, &ae) || refused {
			return err
		}
	}
}

// loginErr sorts a login's outcome: a tagged NO is the server's answer
// about the credentials (RFC 3501 §6.2.3; RFC 5530 AUTHENTICATIONFAILED);
// anything else is the connection failing.
func loginErr(user string, err error) error {
	if err == nil {
		return nil
	}
	var ie *imap.Error
	if errors.As(err, &ie) && ie.Type == imap.StatusResponseTypeNo {
		return &AuthError{User: user, Err: err}
	}
	return fmt.Errorf("login as %q: %w", user, err)
}

// bark is the watchdog: it closes the connection once the armed deadline
// has passed. A timer rather than a ticker, so that an idle connection
// costs no wake-ups (each one costs a quarter millisecond of CPU on some
// virtual machines: see the bench).
func (s *session) bark() {
	d := s.deadline.Load()
	if d == 0 {
		return // disarmed meanwhile
	}
	// Runtime clock (see Config.Now): the deadline is real time on the wire.
	if left := time.Until(time.Unix(0, d)); left > 0 {
		s.dog.Reset(left) // re-armed for later meanwhile
		return
	}
	if s.closing.Load() {
		// Logging out: a busy server not answering LOGOUT is no news.
		s.log.Debug("no answer to LOGOUT; closing connection")
	} else {
		s.log.Warn("imap server silent; closing connection", "timeout", s.timeout)
	}
	s.c.Close()
}

// arm gives the next step d to complete (0 = the command timeout).
func (s *session) arm(d time.Duration) {
	if d == 0 {
		d = s.timeout
	}
	s.deadline.Store(time.Now().Add(d).UnixNano()) // runtime clock, as bark's
	s.dog.Reset(d)
}

func (s *session) disarm() {
	s.deadline.Store(0)
	s.dog.Stop()
}

func (s *session) close() {
	s.once.Do(func() {
		s.closing.Store(true)
		s.arm(5 * time.Second)
		done := make(chan struct{})
		go func() {
			_ = s.c.Logout().Wait() // closing anyway
			close(done)
		}()
		select {
		case <-done:
		case <-time.After(5 * time.Second): // a real wait: see Config.Now
		}
		s.c.Close()
		s.disarm()
	})
}

// maxFolders bounds the folder list read when looking for Drafts and Sent.
const maxFolders = 100000

// draftNames and sentNames are the usual names of the Drafts and Sent
// folders, tried in this order on servers without SPECIAL-USE (RFC 6154)
// or without the attribute on any folder. Exchange and Outlook name them
// in the mailbox's language; the first name is the one created when none
// exists. Matching ignores case and Unicode normalisation and accepts the
// name under an "INBOX." or "INBOX/" prefix (Courier, Cyrus): see
// matchUsual.
var (
	draftNames = []string{
		"Drafts", "Draft", // English: Dovecot, Exchange, most others
		"[Gmail]/Drafts", "[Google Mail]/Drafts", // Gmail (it has SPECIAL-USE; for proxies that drop it)
		"Entwürfe",   // German
		"Brouillons", // French
		"Borradores", // Spanish
		"Concepten",  // Dutch
		"Bozze",      // Italian
		"Rascunhos",  // Portuguese
		"Utkast",     // Swedish, Norwegian
		"Kladder",    // Danish
	}
	sentNames = []string{
		"Sent", "Sent Items", "Sent Messages", "Sent Mail", // English: Dovecot, Exchange, Apple
		"[Gmail]/Sent Mail", "[Google Mail]/Sent Mail",
		"Gesendete Elemente", "Gesendete Objekte", "Gesendet", // German: Exchange, older Outlook, GMX and others
		"Éléments envoyés",           // French
		"Elementos enviados",         // Spanish
		"Verzonden items",            // Dutch
		"Posta inviata",              // Italian
		"Itens Enviados",             // Portuguese
		"Skickat", "Skickade objekt", // Swedish
		"Sendt", "Sendt post", // Danish
		"Sendte elementer", // Norwegian
	}
)

// discoverFolders fills s.folders: configured names win, then SPECIAL-USE
// attributes (RFC 6154), then usual names; a missing folder is created.
func (s *session) discoverFolders(want Folders, specialUse bool) error {
	s.folders = want
	if want.Drafts != "" && want.Sent != "" {
		return s.ensure(want.Drafts, want.Sent)
	}
	list, err := s.listFolders(specialUse)
	if err != nil {
		return err
	}
	drafts := chooseFolder(list, want.Drafts, imap.MailboxAttrDrafts, draftNames)
	sent := chooseFolder(list, want.Sent, imap.MailboxAttrSent, sentNames)
	s.folders.Drafts, s.folders.Sent = drafts.Name, sent.Name
	var missing []string
	for _, f := range []FolderProbe{drafts, sent} {
		if !f.Found() {
			missing = append(missing, f.Name)
		}
	}
	return s.ensure(missing...)
}

// listFolders lists every folder, with special-use attributes when the
// server has them; a server listing absurdly many is cut off.
func (s *session) listFolders(specialUse bool) ([]*imap.ListData, error) {
	s.arm(0)
	defer s.disarm()
	var opts *imap.ListOptions
	if specialUse {
		opts = &imap.ListOptions{ReturnSpecialUse: true}
	}
	cmd := s.c.List("", "*", opts)
	var list []*imap.ListData
	for l := cmd.Next(); l != nil; l = cmd.Next() {
		if len(list) >= maxFolders {
			s.c.Close()
			return nil, fmt.Errorf("list folders: over %d folders; name Drafts and Sent in the configuration", maxFolders)
		}
		list = append(list, l)
		s.arm(0)
	}
	if err := cmd.Close(); err != nil {
		return nil, fmt.Errorf("list folders: %w", err)
	}
	return list, nil
}

// chooseFolder picks one folder from list: the configured name (found if
// listed), else the first folder with the special-use attribute attr,
// else the first usual name listed, else usual[0], not found (the service
// creates it).
func chooseFolder(list []*imap.ListData, configured string, attr imap.MailboxAttr, usual []string) FolderProbe {
	if configured != "" {
		f := FolderProbe{Name: configured}
		// INBOX is case-insensitive (RFC 3501 §5.1) and always exists.
		if strings.EqualFold(configured, "INBOX") || slices.ContainsFunc(list, func(l *imap.ListData) bool { return l.Mailbox == configured }) {
			f.How = "configured"
		}
		return f
	}
	if attr != "" {
		for _, l := range list {
			if slices.ContainsFunc(l.Attrs, func(a imap.MailboxAttr) bool { return strings.EqualFold(string(a), string(attr)) }) {
				return FolderProbe{Name: l.Mailbox, How: "special-use"}
			}
		}
	}
	if name, ok := matchUsual(list, usual); ok {
		return FolderProbe{Name: name, How: "name"}
	}
	return FolderProbe{Name: usual[0]}
}

// matchUsual returns the listed folder called by the earliest of the
// usual names. Names are compared without regard to case or Unicode
// normalisation (a folder made on a Mac may arrive decomposed), at the
// top level or under INBOX for servers whose folders all live there.
func matchUsual(list []*imap.ListData, usual []string) (string, bool) {
	for _, u := range usual {
		u = norm.NFC.String(u)
		// A top-level folder before one under INBOX.
		for _, under := range []bool{false, true} {
			for _, l := range list {
				if !selectable(l) {
					continue
				}
				name := norm.NFC.String(l.Mailbox)
				if under {
					name = underInbox(name, l.Delim)
				}
				if strings.EqualFold(name, u) {
					return l.Mailbox, true
				}
			}
		}
	}
	return "", false
}

// selectable reports whether mail can be stored in the listed folder: a
// \Noselect one (a hierarchy level only, as Gmail's "[Gmail]") or a
// \NonExistent one cannot.
func selectable(l *imap.ListData) bool {
	return !slices.ContainsFunc(l.Attrs, func(a imap.MailboxAttr) bool {
		return strings.EqualFold(string(a), string(imap.MailboxAttrNoSelect)) || strings.EqualFold(string(a), string(imap.MailboxAttrNonExistent))
	})
}

// underInbox is name without its "INBOX" and delimiter prefix, or "" when
// it is not under INBOX.
func underInbox(name string, delim rune) string {
	if delim == 0 {
		return ""
	}
	prefix := "INBOX" + string(delim)
	if len(name) <= len(prefix) || !strings.EqualFold(name[:len(prefix)], prefix) {
		return ""
	}
	return name[len(prefix):]
}

// ensure creates folders, accepting ALREADYEXISTS.
func (s *session) ensure(names ...string) error {
	for _, n := range names {
		s.arm(0)
		err := s.c.Create(n, nil).Wait()
		s.disarm()
		var ie *imap.Error
		if err != nil && !(errors.As(err, &ie) && (ie.Code == imap.ResponseCodeAlreadyExists || strings.Contains(strings.ToLower(ie.Text), "exist"))) {
			return fmt.Errorf("create folder %q: %w", n, err)
		}
	}
	return nil
}

// selectBox selects (or, read-only, examines) a folder.
func (s *session) selectBox(name string, readOnly bool) (*imap.SelectData, error) {
	s.arm(0)
	defer s.disarm()
	data, err := s.c.Select(name, &imap.SelectOptions{ReadOnly: readOnly}).Wait()
	if err != nil {
		s.selected = ""
		return nil, fmt.Errorf("select %q: %w", name, err)
	}
	s.selected, s.validity = name, data.UIDValidity
	s.exists.Store(data.NumMessages)
	// A wake-up raised in the folder selected before is void: the caller
	// searches the new folder from its current state.
	s.woken()
	if readOnly {
		s.selected = "examine:" + name
	}
	return data, nil
}

// searchUIDs runs UID SEARCH and returns the UIDs in ascending order.
func (s *session) searchUIDs(crit *imap.SearchCriteria) ([]imap.UID, error) {
	s.arm(0)
	defer s.disarm()
	var opts *imap.SearchOptions
	if s.esearch {
		opts = &imap.SearchOptions{ReturnAll: true}
	}
	data, err := s.c.UIDSearch(crit, opts).Wait()
	if err != nil {
		return nil, fmt.Errorf("uid search: %w", err)
	}
	uids := data.AllUIDs()
	slices.Sort(uids)
	return uids, nil
}

// findToken returns the UIDs in the selected folder whose X-Fivemin-Source
// contains token. The token is hex we generated: never sender text.
func (s *session) findToken(token string) ([]imap.UID, error) {
	if !ValidToken(token) {
		return nil, fmt.Errorf("refusing to search for %q: not a token", token)
	}
	return s.searchUIDs(&imap.SearchCriteria{Header: []imap.SearchCriteriaHeaderField{{Key: HeaderSource, Value: token}}})
}

// findTokens returns, for each token, the UIDs in the selected folder whose
// X-Fivemin-Source is that token, ascending. A few tokens are searched one
// by one; for more, one SEARCH lists every message carrying the field and
// one FETCH reads that field, as a header SEARCH costs a server without a
// full-text index a pass over the whole folder.
func (s *session) findTokens(tokens []string) (map[string][]imap.UID, error) {
	out := make(map[string][]imap.UID, len(tokens))
	if len(tokens) <= 4 {
		for _, tok := range tokens {
			uids, err := s.findToken(tok)
			if err != nil {
				return nil, err
			}
			out[tok] = uids
		}
		return out, nil
	}
	want := make(map[string]bool, len(tokens))
	for _, tok := range tokens {
		want[tok] = true
	}
	// An empty value matches every message that has the field (RFC 3501
	// §6.4.4 HEADER: "contains the specified string").
	uids, err := s.searchUIDs(&imap.SearchCriteria{Header: []imap.SearchCriteriaHeaderField{{Key: HeaderSource, Value: ""}}})
	if err != nil || len(uids) == 0 {
		return out, err
	}
	heads, err := s.fetchHeaders(imap.UIDSetNum(uids...), []string{HeaderSource})
	if err != nil {
		return nil, err
	}
	for _, h := range heads { // in UID order
		if tok := strings.TrimSpace(h.header.Get(HeaderSource)); want[tok] {
			out[tok] = append(out[tok], h.uid)
		}
	}
	return out, nil
}

// appendMsg APPENDs raw to folder with flags and returns the APPENDUID
// (zero without UIDPLUS).
func (s *session) appendMsg(folder string, raw []byte, flags ...imap.Flag) (*imap.AppendData, error) {
	s.arm(0)
	defer s.disarm()
	cmd := s.c.Append(folder, int64(len(raw)), &imap.AppendOptions{Flags: flags})
	if _, err := cmd.Write(raw); err != nil {
		_ = cmd.Close() // the write error says more
		return nil, fmt.Errorf("append to %q: %w", folder, err)
	}
	if err := cmd.Close(); err != nil {
		return nil, fmt.Errorf("append to %q: %w", folder, err)
	}
	data, err := cmd.Wait()
	if err != nil {
		return nil, fmt.Errorf("append to %q: %w", folder, err)
	}
	return data, nil
}

// noop sends NOOP, which also collects pending EXISTS updates.
func (s *session) noop() error {
	s.arm(0)
	defer s.disarm()
	if err := s.c.Noop().Wait(); err != nil {
		return fmt.Errorf("noop: %w", err)
	}
	return nil
}

// wakeReason says why a wait for new mail ended.
type wakeReason int

const (
	wakeTimer  wakeReason = iota // the wait's time was up
	wakeExists                   // the server announced new mail (EXISTS)
	wakeCheck                    // the INBOX check saw new mail first
	wakeCancel                   // ctx was cancelled
	wakeClosed                   // the connection closed
	wakeKick                     // a retry was queued
)

// idle runs IDLE until a new message is announced, check or kick fires
// (nil: never), d passes or ctx is done, and says which came first.
func (s *session) idle(ctx context.Context, d time.Duration, check, kick <-chan struct{}) (wakeReason, error) {
	s.arm(0)
	cmd, err := s.c.Idle()
	if err != nil {
		s.disarm()
		return wakeClosed, fmt.Errorf("idle: %w", err)
	}
	// While idling the server may stay silent for long: the timer below
	// ends IDLE first and proves the connection alive with the DONE reply.
	s.arm(d + s.timeout)
	t := time.NewTimer(d) // a real wait: see Config.Now
	defer t.Stop()
	why := wakeTimer
	select {
	case <-ctx.Done():
		why = wakeCancel
	case <-t.C:
	case <-s.wake:
		why = wakeExists
		// Put it back so the next sync round sees it.
		select {
		case s.wake <- struct{}{}:
		default:
		}
	case <-check:
		why = wakeCheck
	case <-kick:
		why = wakeKick
	case <-s.c.Closed():
		why = wakeClosed
	}
	s.arm(0)
	defer s.disarm()
	if err := cmd.Close(); err != nil {
		return why, fmt.Errorf("end idle: %w", err)
	}
	if err := cmd.Wait(); err != nil {
		return why, fmt.Errorf("idle: %w", err)
	}
	return why, nil
}

// pending reports whether the server announced new messages, leaving the
// signal for the next sync round.
func (s *session) pending() bool { return len(s.wake) > 0 }

// woken reports (and clears) whether the server announced new messages.
func (s *session) woken() bool {
	select {
	case <-s.wake:
		return true
	default:
		return false
	}
}

// headerInfo is a message's selected header fields.
type headerInfo struct {
	uid    imap.UID
	date   time.Time
	header textproto.Header
}

// fetchHeaders reads the named header fields of set in the selected folder.
func (s *session) fetchHeaders(set imap.UIDSet, fields []string) ([]headerInfo, error) {
	s.arm(0)
	defer s.disarm()
	section := &imap.FetchItemBodySection{Peek: true, Specifier: imap.PartSpecifierHeader, HeaderFields: fields}
	cmd := s.c.Fetch(set, &imap.FetchOptions{UID: true, InternalDate: true, BodySection: []*imap.FetchItemBodySection{section}})
	var out []headerInfo
	want := setSize(set)
	for n := 0; ; n++ {
		msg := cmd.Next()
		if msg == nil {
			break
		}
		if n > 2*want+16 {
			// More answers than asked for: a broken or hostile server.
			s.c.Close()
			return nil, fmt.Errorf("fetch headers: over %d answers for %d messages", n, want)
		}
		buf, err := msg.Collect()
		if err != nil {
			_ = cmd.Close() // err says more
			return nil, fmt.Errorf("fetch headers: %w", err)
		}
		h, _ := readHeader(buf.FindBodySection(section))
		out = append(out, headerInfo{uid: buf.UID, date: buf.InternalDate, header: h})
		s.arm(0)
	}
	if err := cmd.Close(); err != nil {
		return nil, fmt.Errorf("fetch headers: %w", err)
	}
	slices.SortFunc(out, func(a, b headerInfo) int { return int(a.uid) - int(b.uid) })
	return out, nil
}

// fetchRaw reads one whole message of the selected folder by UID.
func (s *session) fetchRaw(uid imap.UID, max int64) ([]byte, error) {
	s.arm(0)
	defer s.disarm()
	section := &imap.FetchItemBodySection{Peek: true}
	cmd := s.c.Fetch(imap.UIDSetNum(uid), &imap.FetchOptions{UID: true, BodySection: []*imap.FetchItemBodySection{section}})
	var raw []byte
	var readErr error
	for n := 0; ; n++ {
		msg := cmd.Next()
		if msg == nil {
			break
		}
		if n > 16 {
			s.c.Close()
			return nil, fmt.Errorf("fetch message %d: over %d answers for one message", uid, n)
		}
		// The server may send the UID after the body (RFC 3501 sets no
		// order): read the body, then keep it if the answer is ours.
		gotUID, body, err := s.readFetchAnswer(msg, uid, max, &readErr)
		if err != nil {
			return nil, err
		}
		if gotUID == uid && body != nil && raw == nil {
			raw = body
		}
	}
	if err := cmd.Close(); err != nil {
		return nil, fmt.Errorf("fetch message %d: %w", uid, err)
	}
	if readErr != nil {
		return nil, fmt.Errorf("fetch message %d: %w", uid, readErr)
	}
	if raw == nil {
		return nil, fmt.Errorf("fetch message %d: %w", uid, errGone)
	}
	if int64(len(raw)) > max {
		return nil, fmt.Errorf("fetch message %d: over %d bytes", uid, max)
	}
	return raw, nil
}

// readFetchAnswer reads one FETCH answer for fetchRaw: its UID and body
// (at most max+1 bytes). The first body read error is kept in *readErr:
// the command must still be read to its end.
func (s *session) readFetchAnswer(msg *imapclient.FetchMessageData, uid imap.UID, max int64, readErr *error) (imap.UID, []byte, error) {
	var gotUID imap.UID
	var body []byte
	for items, item := 0, msg.Next(); item != nil; items, item = items+1, msg.Next() {
		if items > 64 {
			s.c.Close()
			return 0, nil, fmt.Errorf("fetch message %d: over %d items in one answer", uid, items)
		}
		switch item := item.(type) {
		case imapclient.FetchItemDataUID:
			gotUID = item.UID
		case imapclient.FetchItemDataBodySection:
			if item.Literal != nil && body == nil {
				var err error
				if body, err = readLiteral(item.Literal, max+1); err != nil && *readErr == nil {
					*readErr = err
				}
			}
		}
	}
	return gotUID, body, nil
}

// errGone marks a message that is no longer on the server.
var errGone = errors.New("message is gone")

// setSize counts the UIDs of a set without open ranges (n:* counts as
// one).
func setSize(set imap.UIDSet) int {
	n := 0
	for _, r := range set {
		if r.Stop == 0 || r.Stop < r.Start {
			n++
			continue
		}
		n += int(r.Stop-r.Start) + 1
	}
	return n
}
