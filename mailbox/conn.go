package mailbox

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
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
	wake     chan struct{} // EXISTS seen (buffered 1)
	deadline atomic.Int64  // unix nanos; 0 = disarmed
	stop     chan struct{}
	once     sync.Once
	selected string
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

// dial connects and logs in.
func (m *Mailbox) dial(ctx context.Context) (*session, error) {
	a := &m.acct
	ctx, cancel := context.WithTimeout(ctx, a.DialTimeout)
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
	var conn net.Conn = cc
	s := &session{conn: cc, timeout: a.CommandTimeout, log: m.log, wake: make(chan struct{}, 1), stop: make(chan struct{})}
	opts := &imapclient.Options{
		TLSConfig:   a.IMAP.tlsConfig(),
		WordDecoder: &mime.WordDecoder{CharsetReader: charset.Reader},
		UnilateralDataHandler: &imapclient.UnilateralDataHandler{
			// Runs on the reader goroutine: never block here.
			Mailbox: func(d *imapclient.UnilateralDataMailbox) {
				if d.NumMessages != nil {
					select {
					case s.wake <- struct{}{}:
					default:
					}
				}
			},
		},
	}
	switch a.IMAP.TLS {
	case TLS:
		tc := tls.Client(conn, opts.TLSConfig)
		if err := tc.HandshakeContext(ctx); err != nil {
			raw.Close()
			return nil, fmt.Errorf("TLS handshake with %s: %w", a.IMAP.Addr(), err)
		}
		s.c = imapclient.New(tc, opts)
	case StartTLS:
		s.c, err = imapclient.NewStartTLS(conn, opts)
		if err != nil {
			raw.Close()
			return nil, fmt.Errorf("STARTTLS with %s: %w", a.IMAP.Addr(), err)
		}
	case NoTLS:
		if !IsLoopback(a.IMAP.Host) { // checked by Validate too; belt and braces
			raw.Close()
			return nil, fmt.Errorf("refusing plaintext IMAP to non-loopback host %q", a.IMAP.Host)
		}
		s.c = imapclient.New(conn, opts)
	}
	if err := s.c.WaitGreeting(); err != nil {
		s.c.Close()
		return nil, fmt.Errorf("greeting from %s: %w", a.IMAP.Addr(), err)
	}
	if err := s.c.Login(a.IMAP.User, a.IMAP.Password).Wait(); err != nil {
		s.c.Close()
		return nil, fmt.Errorf("login as %q: %w", a.IMAP.User, err)
	}
	caps := s.c.Caps()
	s.hasIdle = caps.Has(imap.CapIdle) || caps.Has(imap.CapIMAP4rev2)
	s.uidplus = caps.Has(imap.CapUIDPlus) || caps.Has(imap.CapIMAP4rev2)
	s.esearch = caps.Has(imap.CapESearch) || caps.Has(imap.CapIMAP4rev2)
	if m.noIdle || a.DisableIdle {
		s.hasIdle = false
	}
	go s.watchdog()
	if err := s.discoverFolders(a.Folders, caps.Has(imap.CapSpecialUse)); err != nil {
		s.close()
		return nil, err
	}
	return s, nil
}

func (s *session) watchdog() {
	t := time.NewTicker(250 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-s.stop:
			return
		case <-s.c.Closed():
			return
		case now := <-t.C:
			if d := s.deadline.Load(); d != 0 && now.UnixNano() > d {
				s.log.Warn("imap server silent; closing connection", "timeout", s.timeout)
				s.c.Close()
				return
			}
		}
	}
}

// arm gives the next step d to complete (0 = the command timeout).
func (s *session) arm(d time.Duration) {
	if d == 0 {
		d = s.timeout
	}
	s.deadline.Store(time.Now().Add(d).UnixNano())
}

func (s *session) disarm() { s.deadline.Store(0) }

func (s *session) close() {
	s.once.Do(func() {
		close(s.stop)
		s.arm(5 * time.Second)
		done := make(chan struct{})
		go func() {
			s.c.Logout().Wait()
			close(done)
		}()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
		}
		s.c.Close()
	})
}

var (
	draftNames = []string{"Drafts", "INBOX.Drafts", "INBOX/Drafts", "Draft", "[Gmail]/Drafts"}
	sentNames  = []string{"Sent", "Sent Items", "Sent Messages", "INBOX.Sent", "INBOX/Sent", "[Gmail]/Sent Mail"}
)

// discoverFolders fills s.folders: configured names win, then SPECIAL-USE
// attributes (RFC 6154), then common names; a missing folder is created.
func (s *session) discoverFolders(want Folders, specialUse bool) error {
	s.folders = want
	if want.Drafts != "" && want.Sent != "" {
		return s.ensure(want.Drafts, want.Sent)
	}
	s.arm(0)
	defer s.disarm()
	var opts *imap.ListOptions
	if specialUse {
		opts = &imap.ListOptions{ReturnSpecialUse: true}
	}
	list, err := s.c.List("", "*", opts).Collect()
	if err != nil {
		return fmt.Errorf("list folders: %w", err)
	}
	names := map[string]bool{}
	for _, l := range list {
		names[l.Mailbox] = true
		for _, attr := range l.Attrs {
			switch {
			case strings.EqualFold(string(attr), string(imap.MailboxAttrDrafts)) && s.folders.Drafts == "":
				s.folders.Drafts = l.Mailbox
			case strings.EqualFold(string(attr), string(imap.MailboxAttrSent)) && s.folders.Sent == "":
				s.folders.Sent = l.Mailbox
			}
		}
	}
	pick := func(cands []string) string {
		for _, c := range cands {
			if names[c] {
				return c
			}
		}
		return cands[0]
	}
	if s.folders.Drafts == "" {
		s.folders.Drafts = pick(draftNames)
	}
	if s.folders.Sent == "" {
		s.folders.Sent = pick(sentNames)
	}
	var missing []string
	for _, n := range []string{s.folders.Drafts, s.folders.Sent} {
		if !names[n] {
			missing = append(missing, n)
		}
	}
	return s.ensure(missing...)
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
	s.selected = name
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

// appendMsg APPENDs raw to folder with flags and returns the APPENDUID
// (zero without UIDPLUS).
func (s *session) appendMsg(folder string, raw []byte, flags ...imap.Flag) (*imap.AppendData, error) {
	s.arm(0)
	defer s.disarm()
	cmd := s.c.Append(folder, int64(len(raw)), &imap.AppendOptions{Flags: flags})
	if _, err := cmd.Write(raw); err != nil {
		cmd.Close()
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

// idle runs IDLE until a new message, until d passes, or until ctx is done.
func (s *session) idle(ctx context.Context, d time.Duration) error {
	s.arm(0)
	cmd, err := s.c.Idle()
	if err != nil {
		s.disarm()
		return fmt.Errorf("idle: %w", err)
	}
	// While idling the server may stay silent for long: the timer below
	// ends IDLE first and proves the connection alive with the DONE reply.
	s.arm(d + s.timeout)
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	case <-s.wake:
		// Put it back so the next sync round sees it.
		select {
		case s.wake <- struct{}{}:
		default:
		}
	case <-s.c.Closed():
	}
	s.arm(0)
	defer s.disarm()
	if err := cmd.Close(); err != nil {
		return fmt.Errorf("end idle: %w", err)
	}
	if err := cmd.Wait(); err != nil {
		return fmt.Errorf("idle: %w", err)
	}
	return nil
}

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
	for {
		msg := cmd.Next()
		if msg == nil {
			break
		}
		buf, err := msg.Collect()
		if err != nil {
			cmd.Close()
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
	for {
		msg := cmd.Next()
		if msg == nil {
			break
		}
		for item := msg.Next(); item != nil; item = msg.Next() {
			if b, ok := item.(imapclient.FetchItemDataBodySection); ok && b.Literal != nil {
				raw, readErr = io.ReadAll(io.LimitReader(b.Literal, max+1))
			}
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

// errGone marks a message that is no longer on the server.
var errGone = errors.New("message is gone")
