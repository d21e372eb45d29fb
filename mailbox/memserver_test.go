package mailbox

import (
	"bytes"
	"context"
	"net"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
)

// literal adapts bytes to imap.LiteralReader.
type literal struct {
	*bytes.Reader
}

func (l literal) Size() int64 { return int64(l.Len()) }

// memServer runs imapmemserver on loopback (no SPECIAL-USE: folders are
// found by name or created). Every connection goes through a proxy that
// the test can cut.
type memServer struct {
	user  *imapmemserver.User
	addr  string
	mu    sync.Mutex
	conns []net.Conn
}

func startMemServer(t *testing.T) *memServer {
	return startMemServerCaps(t, imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapUIDPlus: {}})
}

// startMemServerCaps is startMemServer announcing caps (add IDLE for a
// server that announces new mail at once).
func startMemServerCaps(t *testing.T, caps imap.CapSet) *memServer {
	mem := imapmemserver.New()
	user := imapmemserver.NewUser(rep, "pw")
	if err := user.Create("INBOX", nil); err != nil {
		t.Fatal(err)
	}
	mem.AddUser(user)
	addr := serveIMAP(t, caps, func() (imapserver.Session, error) { return mem.NewSession(), nil }, nil)
	return &memServer{user: user, addr: addr}
}

// serveIMAP serves sessions from newSession on a loopback port until the
// test ends, announcing caps; wrap, if set, wraps the listener. It returns
// the address.
func serveIMAP(t *testing.T, caps imap.CapSet, newSession func() (imapserver.Session, error), wrap func(net.Listener) net.Listener) string {
	t.Helper()
	srv := imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			s, err := newSession()
			return s, nil, err
		},
		Caps:         caps,
		InsecureAuth: true,
		Logger:       discardLogger{},
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	served := ln
	if wrap != nil {
		served = wrap(ln)
	}
	go func() { _ = srv.Serve(served) }() // ends at Close
	t.Cleanup(func() { srv.Close() })
	return ln.Addr().String()
}

type discardLogger struct{}

func (discardLogger) Printf(string, ...any) {}

// dial is Config.Dial: it records connections so cut can drop them.
func (s *memServer) dial(ctx context.Context, network, _ string) (net.Conn, error) {
	c, err := (&net.Dialer{}).DialContext(ctx, network, s.addr)
	if err == nil {
		s.mu.Lock()
		s.conns = append(s.conns, c)
		s.mu.Unlock()
	}
	return c, err
}

func (s *memServer) cut() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, c := range s.conns {
		c.Close()
	}
	n := len(s.conns)
	s.conns = nil
	return n
}

func (s *memServer) deliver(t *testing.T, raw []byte) {
	if _, err := s.user.Append("INBOX", literal{bytes.NewReader(raw)}, &imap.AppendOptions{}); err != nil {
		t.Fatal(err)
	}
}

func (s *memServer) drafts(t *testing.T) map[string]int {
	c, err := imapclient.DialInsecure(s.addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Login(rep, "pw").Wait(); err != nil {
		t.Fatal(err)
	}
	out := map[string]int{}
	sel, err := c.Select("Drafts", nil).Wait()
	if err != nil || sel.NumMessages == 0 {
		return out
	}
	section := &imap.FetchItemBodySection{Peek: true}
	var all imap.SeqSet
	all.AddRange(1, 0)
	bufs, err := c.Fetch(all, &imap.FetchOptions{BodySection: []*imap.FetchItemBodySection{section}}).Collect()
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range bufs {
		h, _ := readHeader(b.FindBodySection(section))
		out[strings.TrimSpace(h.Get(HeaderSource))]++
	}
	return out
}

// TestMemServerPollingAndDroppedConnections runs the poller without IDLE
// (NOOP polling) against an in-process server and drops its connection
// twice; every message must still get exactly one draft.
func TestMemServerPollingAndDroppedConnections(t *testing.T) {
	t.Parallel()
	s := startMemServer(t)
	h := newTestHandler()
	acct := Account{Name: rep, IMAP: Endpoint{Host: "127.0.0.1", Port: 1, TLS: NoTLS, User: rep, Password: "pw"},
		FirstRun: FirstRun{Unseen: true}, DisableIdle: true, PollInterval: 20 * time.Millisecond,
		CommandTimeout: 2 * time.Second, MaxBackoff: 100 * time.Millisecond, WatchInterval: time.Hour}
	m := newMailbox(t, Config{Account: acct, DB: tempDB(t), Logger: testLogger(t), Handle: h.handle, Dial: s.dial})
	runMailbox(t, m)
	var toks []string
	for i := 1; i <= 9; i++ {
		raw := clientMail(i, "mem")
		s.deliver(t, raw)
		toks = append(toks, Token(rep, raw))
		if i%3 == 0 {
			time.Sleep(50 * time.Millisecond)
			s.cut()
		}
	}
	waitFor(t, "nine drafts", 10*time.Second, func() bool { return len(s.drafts(t)) == 9 })
	got := s.drafts(t)
	for _, tok := range toks {
		if got[tok] != 1 {
			t.Errorf("token %s: %d drafts", tok[:8], got[tok])
		}
	}
}

// TestMemServerNoUIDPlusKeepsRepsDeletedDrafts: on a server without
// UIDPLUS, removing a sent draft must not EXPUNGE the folder, which would
// also remove a draft the rep flagged \Deleted in their own mail client.
func TestMemServerNoUIDPlusKeepsRepsDeletedDrafts(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name    string
		caps    imap.CapSet
		expunge bool // fivemin's draft is gone (not just flagged)
	}{
		{"without UIDPLUS", imap.CapSet{imap.CapIMAP4rev1: {}}, false},
		{"with UIDPLUS", imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapUIDPlus: {}}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			srv := startMemServerCaps(t, tc.caps)
			acct := Account{Name: rep, IMAP: Endpoint{Host: "127.0.0.1", Port: 1, TLS: NoTLS, User: rep, Password: "pw"},
				CommandTimeout: 2 * time.Second}
			m := newMailbox(t, Config{Account: acct, DB: tempDB(t), Logger: testLogger(t), Handle: buildDraftHandle, Dial: srv.dial})
			s, err := m.dial(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			defer s.close()
			own := []byte("From: rep@example.com\r\nSubject: my own draft\r\n\r\nnot sent yet\r\n")
			if _, err := s.appendMsg(s.folders.Drafts, own, imap.FlagDraft, imap.FlagDeleted); err != nil {
				t.Fatal(err)
			}
			ours := []byte("From: rep@example.com\r\nSubject: Re: a question\r\n" + HeaderSource + ": " + strings.Repeat("ab", 32) + "\r\n\r\nanswer\r\n")
			if _, err := s.appendMsg(s.folders.Drafts, ours, imap.FlagDraft); err != nil {
				t.Fatal(err)
			}
			// Without APPENDUID, find our draft's UID as Send does.
			if _, err := s.selectBox(s.folders.Drafts, false); err != nil {
				t.Fatal(err)
			}
			uids, err := s.findToken(strings.Repeat("ab", 32))
			if err != nil || len(uids) != 1 {
				t.Fatalf("our draft: %v, %v", uids, err)
			}
			if err := m.removeDrafts(s, uids); err != nil {
				t.Fatal(err)
			}
			var subjects []string
			flagged := map[string]bool{}
			for _, msg := range listMem(t, srv) {
				subjects = append(subjects, msg.subject)
				flagged[msg.subject] = msg.deleted
			}
			if !slices.Contains(subjects, "my own draft") {
				t.Fatalf("the rep's own \\Deleted draft was expunged; Drafts holds %q", subjects)
			}
			_, present := flagged["Re: a question"]
			if present == tc.expunge || (present && !flagged["Re: a question"]) {
				t.Errorf("our sent draft: present %v, flagged %v; want expunged %v, else flagged", present, flagged["Re: a question"], tc.expunge)
			}
		})
	}
}

type memMsg struct {
	subject string
	deleted bool
	flags   []imap.Flag
}

// listMem lists Drafts on srv over a fresh connection.
func listMem(t *testing.T, srv *memServer) []memMsg { return listFolder(t, srv.addr, "Drafts") }

// listFolder lists folder on the in-process server at addr over a fresh
// connection, without changing flags.
func listFolder(t *testing.T, addr, folder string) []memMsg {
	t.Helper()
	c, err := imapclient.DialInsecure(addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Login(rep, "pw").Wait(); err != nil {
		t.Fatal(err)
	}
	if sel, err := c.Select(folder, &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil || sel.NumMessages == 0 {
		return nil
	}
	section := &imap.FetchItemBodySection{Peek: true, Specifier: imap.PartSpecifierHeader}
	bufs, err := c.Fetch(imap.SeqSet{{Start: 1, Stop: 0}}, &imap.FetchOptions{Flags: true, BodySection: []*imap.FetchItemBodySection{section}}).Collect()
	if err != nil {
		t.Fatal(err)
	}
	var out []memMsg
	for _, b := range bufs {
		h, _ := readHeader(b.FindBodySection(section))
		out = append(out, memMsg{subject: h.Get("Subject"), deleted: slices.Contains(b.Flags, imap.FlagDeleted), flags: b.Flags})
	}
	return out
}
