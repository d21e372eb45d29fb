package mailbox

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
	"github.com/emersion/go-smtp"
)

// quirkServer is go-imap's in-memory server dressed as a provider: it
// announces only the capabilities given (go-imap's server always announces
// IDLE; a filter on the wire hides it), lists folders with the special-use
// attributes given when asked for them, and records every command that
// changes mail, with the folder it applied to.
type quirkServer struct {
	addr    string
	user    *imapmemserver.User
	caps    imap.CapSet
	special map[string][]imap.MailboxAttr

	mu    sync.Mutex
	names []string // the folders, in LIST order
	ops   []quirkOp
	idles int
	polls int // commands run with the INBOX selected (NOOP among them)
}

// quirkOp is one command that changes mail: STORE, EXPUNGE, COPY, MOVE,
// APPEND or CREATE, in folder (the selected one, or the target).
type quirkOp struct {
	verb, folder, detail string
}

func (o quirkOp) String() string { return o.verb + " " + o.folder + " " + o.detail }

func startQuirkServer(t *testing.T, caps imap.CapSet, folders []string, special map[string][]imap.MailboxAttr) *quirkServer {
	t.Helper()
	q := &quirkServer{user: imapmemserver.NewUser(rep, "pw"), caps: caps, special: special}
	for _, name := range append([]string{"INBOX"}, folders...) {
		if err := q.user.Create(name, nil); err != nil {
			t.Fatal(err)
		}
		q.names = append(q.names, name)
	}
	mem := imapmemserver.New()
	mem.AddUser(q.user)
	newSession := func() (imapserver.Session, error) {
		inner, ok := mem.NewSession().(imapserver.SessionIMAP4rev2)
		if !ok {
			return nil, fmt.Errorf("imapmemserver's session lacks IMAP4rev2")
		}
		return &quirkSession{SessionIMAP4rev2: inner, q: q}, nil
	}
	var wrap func(net.Listener) net.Listener
	if !caps.Has(imap.CapIdle) && !caps.Has(imap.CapIMAP4rev2) {
		wrap = func(ln net.Listener) net.Listener { return &capFilterListener{ln, []string{string(imap.CapIdle)}} }
	}
	q.addr = serveIMAP(t, caps, newSession, wrap)
	return q
}

func (q *quirkServer) record(verb, folder, detail string) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.ops = append(q.ops, quirkOp{verb, folder, detail})
}

func (q *quirkServer) recorded() ([]quirkOp, int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	return slices.Clone(q.ops), q.idles
}

// waiting reports whether a client waits for mail in the INBOX: idling
// in it, or (without IDLE) polling it again and again.
func (q *quirkServer) waiting() bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.idles > 0 || q.polls >= 5
}

func (q *quirkServer) account(smtpPort int) Account {
	host, port := splitAddr(q.addr)
	return Account{Name: rep,
		IMAP:     Endpoint{Host: host, Port: port, TLS: NoTLS, User: rep, Password: "pw"},
		SMTP:     Endpoint{Host: "127.0.0.1", Port: smtpPort, TLS: NoTLS},
		FirstRun: FirstRun{Unseen: true}, PollInterval: 50 * time.Millisecond,
		CommandTimeout: 2 * time.Second, MaxBackoff: 100 * time.Millisecond, WatchInterval: time.Hour}
}

func splitAddr(addr string) (string, int) {
	host, port, _ := net.SplitHostPort(addr)
	n, _ := strconv.Atoi(port) // a listener's own address
	return host, n
}

// quirkSession records what the client does to mail and lists folders
// with their special-use attributes.
type quirkSession struct {
	imapserver.SessionIMAP4rev2
	q        *quirkServer
	selected string
}

func (s *quirkSession) Select(name string, opts *imap.SelectOptions) (*imap.SelectData, error) {
	s.selected = ""
	data, err := s.SessionIMAP4rev2.Select(name, opts)
	if err == nil {
		s.selected = name
	}
	return data, err
}

func (s *quirkSession) List(w *imapserver.ListWriter, _ string, _ []string, opts *imap.ListOptions) error {
	s.q.mu.Lock()
	names := slices.Clone(s.q.names)
	s.q.mu.Unlock()
	for _, n := range names { // fivemin lists "*": every folder
		data := &imap.ListData{Mailbox: n, Delim: '/'}
		if opts != nil && opts.ReturnSpecialUse {
			data.Attrs = s.q.special[n]
		}
		if err := w.WriteList(data); err != nil {
			return err
		}
	}
	return nil
}

func (s *quirkSession) Create(name string, opts *imap.CreateOptions) error {
	s.q.record("CREATE", name, "")
	err := s.SessionIMAP4rev2.Create(name, opts)
	if err == nil {
		s.q.mu.Lock()
		s.q.names = append(s.q.names, name)
		s.q.mu.Unlock()
	}
	return err
}

func (s *quirkSession) Append(name string, r imap.LiteralReader, opts *imap.AppendOptions) (*imap.AppendData, error) {
	s.q.record("APPEND", name, fmt.Sprint(opts.Flags))
	data, err := s.SessionIMAP4rev2.Append(name, r, opts)
	if !s.q.caps.Has(imap.CapUIDPlus) {
		data = nil // no APPENDUID, as servers without UIDPLUS answer
	}
	return data, err
}

func (s *quirkSession) Store(w *imapserver.FetchWriter, set imap.NumSet, flags *imap.StoreFlags, opts *imap.StoreOptions) error {
	s.q.record("STORE", s.selected, fmt.Sprint(flags.Op, flags.Flags))
	return s.SessionIMAP4rev2.Store(w, set, flags, opts)
}

func (s *quirkSession) Expunge(w *imapserver.ExpungeWriter, uids *imap.UIDSet) error {
	detail := "all \\Deleted"
	if uids != nil {
		detail = "UID " + uids.String()
	}
	s.q.record("EXPUNGE", s.selected, detail)
	return s.SessionIMAP4rev2.Expunge(w, uids)
}

func (s *quirkSession) Copy(set imap.NumSet, dest string) (*imap.CopyData, error) {
	s.q.record("COPY", s.selected, dest)
	return s.SessionIMAP4rev2.Copy(set, dest)
}

func (s *quirkSession) Move(w *imapserver.MoveWriter, set imap.NumSet, dest string) error {
	s.q.record("MOVE", s.selected, dest)
	return s.SessionIMAP4rev2.Move(w, set, dest)
}

func (s *quirkSession) Poll(w *imapserver.UpdateWriter, allowExpunge bool) error {
	if s.selected == "INBOX" {
		s.q.mu.Lock()
		s.q.polls++
		s.q.mu.Unlock()
	}
	return s.SessionIMAP4rev2.Poll(w, allowExpunge)
}

func (s *quirkSession) Idle(w *imapserver.UpdateWriter, stop <-chan struct{}) error {
	s.q.mu.Lock()
	s.q.idles++
	s.q.mu.Unlock()
	return s.SessionIMAP4rev2.Idle(w, stop)
}

// capFilterListener hides capabilities from the server's CAPABILITY
// responses: whole lines are rewritten as the server writes them.
type capFilterListener struct {
	net.Listener
	hide []string
}

func (l *capFilterListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return c, err
	}
	return &capFilterConn{Conn: c, hide: l.hide}, nil
}

type capFilterConn struct {
	net.Conn
	hide    []string
	mu      sync.Mutex
	pending []byte // a line not yet ended
}

func (c *capFilterConn) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.pending = append(c.pending, p...)
	end := bytes.LastIndexByte(c.pending, '\n') + 1
	if end == 0 {
		return len(p), nil
	}
	var out []byte
	for _, line := range bytes.SplitAfter(c.pending[:end], []byte("\n")) {
		if bytes.Contains(line, []byte("CAPABILITY")) {
			for _, h := range c.hide {
				for _, after := range []string{" ", "]", "\r"} {
					line = bytes.ReplaceAll(line, []byte(" "+h+after), []byte(after))
				}
			}
		}
		out = append(out, line...)
	}
	c.pending = append(c.pending[:0], c.pending[end:]...)
	if _, err := c.Conn.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}

// smtpSink accepts every message over plain SMTP on loopback.
type smtpSink struct {
	port int
	mu   sync.Mutex
	got  [][]byte
}

func startSMTPSink(t *testing.T) *smtpSink {
	t.Helper()
	k := &smtpSink{}
	srv := smtp.NewServer(smtp.BackendFunc(func(*smtp.Conn) (smtp.Session, error) { return sinkSession{k}, nil }))
	srv.Domain = "localhost"
	srv.ReadTimeout, srv.WriteTimeout = 10*time.Second, 10*time.Second
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = srv.Serve(ln) }() // ends at Close
	t.Cleanup(func() { _ = srv.Close() })
	_, k.port = splitAddr(ln.Addr().String())
	return k
}

func (k *smtpSink) messages() int {
	k.mu.Lock()
	defer k.mu.Unlock()
	return len(k.got)
}

type sinkSession struct{ k *smtpSink }

func (sinkSession) Mail(string, *smtp.MailOptions) error { return nil }
func (sinkSession) Rcpt(string, *smtp.RcptOptions) error { return nil }
func (sinkSession) Reset()                               {}
func (sinkSession) Logout() error                        { return nil }

func (s sinkSession) Data(r io.Reader) error {
	b, err := io.ReadAll(io.LimitReader(r, 1<<20))
	s.k.mu.Lock()
	s.k.got = append(s.k.got, b)
	s.k.mu.Unlock()
	return err
}

// TestMemServerProviderQuirks runs the whole cycle (new mail → draft →
// Send → copy in Sent, draft removed) against servers missing one
// capability each and against a Gmail-like folder layout, and checks
// what fivemin did to each folder:
//   - no IDLE: the INBOX is polled every PollInterval; the draft still comes;
//   - no UIDPLUS: the draft is recorded without a UID, found by its token
//     when sent, and left flagged \Deleted rather than expunged (a plain
//     EXPUNGE would take the rep's own \Deleted drafts with it);
//   - no SPECIAL-USE: Drafts and Sent are found by their names in the
//     mailbox's language;
//   - no MOVE: nothing changes, since fivemin never moves or copies: it
//     APPENDs to Drafts and Sent, and removes only its own drafts, by UID;
//   - Gmail: [Gmail]/Drafts and [Gmail]/Sent Mail by SPECIAL-USE, and no
//     STORE or EXPUNGE anywhere but in Drafts: an EXPUNGE in INBOX or
//     [Gmail]/All Mail would remove a client's message from every label.
//
// In every case the client's message in the INBOX keeps its flags (no
// \Seen), and ProbeAccount reports the capabilities and folders found.
func TestMemServerProviderQuirks(t *testing.T) {
	t.Parallel()
	rev1 := imap.CapIMAP4rev1
	for _, tc := range []struct {
		name          string
		caps          imap.CapSet
		folders       []string
		special       map[string][]imap.MailboxAttr
		drafts, sent  string
		how           string // how the probe finds Drafts and Sent
		idle, uidplus bool
	}{
		{name: "no IDLE", caps: imap.CapSet{rev1: {}, imap.CapUIDPlus: {}, imap.CapMove: {}},
			folders: []string{"Drafts", "Sent"}, drafts: "Drafts", sent: "Sent", how: "name", uidplus: true},
		{name: "no UIDPLUS", caps: imap.CapSet{rev1: {}, imap.CapIdle: {}, imap.CapMove: {}},
			folders: []string{"Drafts", "Sent"}, drafts: "Drafts", sent: "Sent", how: "name", idle: true},
		{name: "no SPECIAL-USE (German Exchange)", caps: imap.CapSet{rev1: {}, imap.CapIdle: {}, imap.CapUIDPlus: {}, imap.CapMove: {}},
			folders: []string{"Entwürfe", "Gesendete Elemente", "Gelöschte Elemente", "Junk-E-Mail"},
			// Attributes a server without SPECIAL-USE is never asked for.
			special: map[string][]imap.MailboxAttr{"Junk-E-Mail": {imap.MailboxAttrDrafts}},
			drafts:  "Entwürfe", sent: "Gesendete Elemente", how: "name", idle: true, uidplus: true},
		{name: "no MOVE", caps: imap.CapSet{rev1: {}, imap.CapIdle: {}, imap.CapUIDPlus: {}},
			folders: []string{"Drafts", "Sent Items"}, drafts: "Drafts", sent: "Sent Items", how: "name", idle: true, uidplus: true},
		{name: "Gmail", caps: imap.CapSet{rev1: {}, imap.CapIdle: {}, imap.CapUIDPlus: {}, imap.CapMove: {}, imap.CapSpecialUse: {}},
			folders: []string{"Drafts", "Sent", "Receipts", "[Gmail]/All Mail", "[Gmail]/Drafts", "[Gmail]/Important", "[Gmail]/Sent Mail", "[Gmail]/Spam", "[Gmail]/Starred", "[Gmail]/Trash"},
			special: map[string][]imap.MailboxAttr{
				"[Gmail]/All Mail": {imap.MailboxAttrAll}, "[Gmail]/Drafts": {imap.MailboxAttrDrafts},
				"[Gmail]/Important": {"\\Important"}, "[Gmail]/Sent Mail": {imap.MailboxAttrSent},
				"[Gmail]/Spam": {imap.MailboxAttrJunk}, "[Gmail]/Starred": {imap.MailboxAttrFlagged},
				"[Gmail]/Trash": {imap.MailboxAttrTrash},
			},
			drafts: "[Gmail]/Drafts", sent: "[Gmail]/Sent Mail", how: "special-use", idle: true, uidplus: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			q := startQuirkServer(t, tc.caps, tc.folders, tc.special)
			sink := startSMTPSink(t)
			acct := q.account(sink.port)

			p := ProbeAccount(context.Background(), acct)
			if p.IMAP.Err != nil {
				t.Fatalf("probe: %v", p.IMAP.Err)
			}
			if p.Idle != tc.idle || p.UIDPlus != tc.uidplus || p.Drafts != (FolderProbe{tc.drafts, tc.how}) || p.Sent != (FolderProbe{tc.sent, tc.how}) {
				t.Errorf("probe: IDLE %v UIDPLUS %v, Drafts %+v, Sent %+v; want IDLE %v UIDPLUS %v, %q and %q found by %s",
					p.Idle, p.UIDPlus, p.Drafts, p.Sent, tc.idle, tc.uidplus, tc.drafts, tc.sent, tc.how)
			}

			m, err := New(Config{Account: acct, DB: tempDB(t), Logger: testLogger(t), Handle: buildDraftHandle})
			if err != nil {
				t.Fatal(err)
			}
			stop := runMailbox(t, m)
			// Deliver once the mailbox waits for mail, so that the draft
			// comes by IDLE or by polling, not by the first look at the INBOX.
			waitFor(t, "the mailbox waiting for mail", 10*time.Second, q.waiting)
			raw := clientMail(1, "quirk")
			if _, err := q.user.Append("INBOX", literal{bytes.NewReader(raw)}, &imap.AppendOptions{}); err != nil {
				t.Fatal(err)
			}
			token := Token(rep, raw)
			waitFor(t, "the draft in "+tc.drafts, 10*time.Second, func() bool { return len(listFolder(t, q.addr, tc.drafts)) == 1 })
			waitFor(t, "the draft recorded", 5*time.Second, func() bool {
				r, err := m.Lookup(token)
				return err == nil && r != nil && r.Outcome == OutcomeDrafted
			})
			if r, _ := m.Lookup(token); (r.DraftUID != 0) != tc.uidplus {
				t.Errorf("draft UID %d recorded; want one only with UIDPLUS (%v)", r.DraftUID, tc.uidplus)
			}

			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			if _, err := m.Send(ctx, token, false); err != nil {
				t.Fatalf("send: %v", err)
			}
			stop()
			if sink.messages() != 1 {
				t.Errorf("SMTP got %d messages, want 1", sink.messages())
			}
			if sent := listFolder(t, q.addr, tc.sent); len(sent) != 1 || sent[0].subject != "Re: quirk" {
				t.Errorf("%s holds %+v, want the reply", tc.sent, sent)
			}
			drafts := listFolder(t, q.addr, tc.drafts)
			if tc.uidplus && len(drafts) != 0 {
				t.Errorf("%s after sending: %+v, want the draft expunged", tc.drafts, drafts)
			}
			if !tc.uidplus && (len(drafts) != 1 || !drafts[0].deleted) {
				t.Errorf("%s after sending: %+v, want the draft left flagged \\Deleted", tc.drafts, drafts)
			}
			if inbox := listFolder(t, q.addr, "INBOX"); len(inbox) != 1 || len(inbox[0].flags) != 0 {
				t.Errorf("INBOX after the cycle: %+v, want the client's message with no flags", inbox)
			}

			ops, idles := q.recorded()
			if (idles > 0) != tc.idle {
				t.Errorf("%d IDLE commands; want some only when the server has IDLE (%v)", idles, tc.idle)
			}
			for _, op := range ops {
				if !allowedOp(op, tc.drafts, tc.sent) {
					t.Errorf("fivemin ran %s", op)
				}
			}
			t.Logf("commands that changed mail: %v", ops)
		})
	}
}

// allowedOp: fivemin appends to Drafts and Sent only, and flags and
// expunges only in Drafts, by UID. It creates, copies and moves nothing
// here (every folder exists).
func allowedOp(op quirkOp, drafts, sent string) bool {
	switch op.verb {
	case "APPEND":
		return op.folder == drafts || op.folder == sent
	case "STORE":
		return op.folder == drafts && strings.Contains(op.detail, string(imap.FlagDeleted))
	case "EXPUNGE":
		return op.folder == drafts && strings.HasPrefix(op.detail, "UID ")
	}
	return false
}

// TestOutboxDecodesHeaders: the outbox shows a draft's Subject and To as
// people read them, with RFC 2047 encoded words decoded (UTF-8 and other
// charsets) and no control characters.
func TestOutboxDecodesHeaders(t *testing.T) {
	t.Parallel()
	s := startMemServer(t)
	acct := Account{Name: rep, IMAP: Endpoint{Host: "127.0.0.1", Port: 1, TLS: NoTLS, User: rep, Password: "pw"},
		FirstRun: FirstRun{Unseen: true}, DisableIdle: true, PollInterval: 20 * time.Millisecond,
		CommandTimeout: 2 * time.Second, WatchInterval: time.Hour}
	m, err := New(Config{Account: acct, DB: tempDB(t), Logger: testLogger(t), Handle: buildDraftHandle, Dial: s.dial})
	if err != nil {
		t.Fatal(err)
	}
	runMailbox(t, m)
	want := map[string]string{
		"=?utf-8?q?Caf=C3=A9_receipts?=":                       "Re: Café receipts",
		"=?iso-8859-1?q?R=E9sum=E9?= =?utf-8?b?ZMOpasOgIHZ1?=": "Re: Résumédéjà vu", // adjacent words join
		"=?utf-8?q?line=0Abreak?=":                             "Re: linebreak",
	}
	i := 0
	for subject := range want {
		i++
		s.deliver(t, clientMail(i, subject))
	}
	var items []OutboxItem
	waitFor(t, "three drafts in the outbox", 10*time.Second, func() bool {
		items, err = m.Outbox(context.Background())
		return err == nil && len(items) == len(want)
	})
	var got []string
	for _, it := range items {
		got = append(got, it.Subject)
		if !strings.HasPrefix(it.To, "Client ") {
			t.Errorf("To %q", it.To)
		}
	}
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("outbox subjects %q lack %q", got, w)
		}
	}
}
