package mailbox

import (
	"context"
	"crypto/tls"
	"fmt"
	"log/slog"
	"net"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/fivemin/fivemin/mailbox/mailtest"
	"go.etcd.io/bbolt"
)

// testLogger routes logs to the test while it runs.
func testLogger(t testing.TB) *slog.Logger { return mailtest.Logger(t) }

func openDB(t testing.TB, path string) *bbolt.DB {
	t.Helper()
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func tempDB(t testing.TB) *bbolt.DB {
	db := openDB(t, filepath.Join(t.TempDir(), "state.db"))
	t.Cleanup(func() { db.Close() })
	return db
}

// clientMail is a client email with a unique Message-ID.
func clientMail(n int, subject string) []byte {
	return []byte(fmt.Sprintf("From: Client %d <client%d@client.test>\r\nTo: rep@example.com\r\nSubject: %s\r\nMessage-ID: <msg-%d-%s@client.test>\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\n\r\nCould you tell me when my return is due? (%d)\r\n",
		n, n, subject, n, strings.ReplaceAll(subject, " ", "-"), n))
}

// testHandler drafts a reply to every message, except subjects containing
// [skip]; it counts calls per token.
type testHandler struct {
	mu    sync.Mutex
	calls map[string]int
	fail  map[string]int // token → failures left
}

func newTestHandler() *testHandler {
	return &testHandler{calls: map[string]int{}, fail: map[string]int{}}
}

func (h *testHandler) handle(ctx context.Context, m *Message) (Result, error) {
	h.mu.Lock()
	h.calls[m.Token]++
	if h.fail[m.Token] > 0 {
		h.fail[m.Token]--
		h.mu.Unlock()
		return Result{}, fmt.Errorf("injected failure")
	}
	h.mu.Unlock()
	return buildDraft(m)
}

func (h *testHandler) count(token string) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.calls[token]
}

func buildDraft(m *Message) (Result, error) {
	hdr, err := readHeader(m.Raw)
	if err != nil {
		return Result{}, err
	}
	subj := hdr.Get("Subject")
	if strings.Contains(subj, "[skip]") {
		return Result{Skip: "test-skip"}, nil
	}
	from := hdr.Get("From")
	d := fmt.Sprintf("From: rep@example.com\r\nTo: %s\r\nSubject: Re: %s\r\nMessage-ID: <%s@fivemin.test>\r\n%s: %s\r\n%s: Q-%s\r\nDate: Mon, 23 Nov 2026 10:05:00 +0000\r\n\r\nHi, five free minutes for you.\r\n",
		from, subj, m.Token[:20], HeaderSource, m.Token, HeaderQuoteID, m.Token[:8])
	return Result{Draft: []byte(d)}, nil
}

// dovecotAccount is an account on d for user, over STARTTLS with d's
// certificate.
func dovecotAccount(d *mailtest.Dovecot, user string) Account {
	return Account{
		Name: user,
		IMAP: Endpoint{Host: "127.0.0.1", Port: d.IMAPPort, TLS: StartTLS, User: user, Password: d.Password(user),
			TLSConfig: &tls.Config{RootCAs: d.CertPool}},
		FirstRun:       FirstRun{Unseen: true},
		CommandTimeout: 5 * time.Second,
		DialTimeout:    5 * time.Second,
		MaxBackoff:     300 * time.Millisecond,
		WatchInterval:  time.Hour,
	}
}

// runMailbox starts m.Run and returns a stop function that cancels it and
// waits for it to return (also done at cleanup).
func runMailbox(t testing.TB, m *Mailbox) (stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { _ = m.Run(ctx); close(done) }() // ends by cancellation
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			select {
			case <-done:
			case <-time.After(20 * time.Second):
				t.Errorf("Run did not return after cancel")
			}
		})
	}
	t.Cleanup(stop)
	return stop
}

func waitFor(t testing.TB, what string, timeout time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// draftsByToken maps X-Fivemin-Source → number of drafts in Drafts.
func draftsByToken(t testing.TB, d *mailtest.Dovecot, user string) map[string]int {
	out := map[string]int{}
	for _, msg := range d.Messages(t, user, "Drafts") {
		out[msg.Header.Get(HeaderSource)]++
	}
	return out
}

// silentProxy forwards TCP connections to a server until it is silenced:
// from then on it keeps every connection open but forwards nothing in
// either direction (bytes are read and dropped), as a dead NAT entry or a
// hung server would; connections accepted while silent get nothing either,
// not even a greeting. A connection that saw the silence stays silent
// after speak, which only concerns new connections.
type silentProxy struct {
	ln       net.Listener
	target   string
	silent   atomic.Bool
	accepted atomic.Int64
	mu       sync.Mutex
	conns    []net.Conn
}

func startSilentProxy(t testing.TB, target string) *silentProxy {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &silentProxy{ln: ln, target: target}
	go p.serve()
	t.Cleanup(func() {
		ln.Close()
		p.mu.Lock()
		defer p.mu.Unlock()
		for _, c := range p.conns {
			c.Close()
		}
	})
	return p
}

func (p *silentProxy) serve() {
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		p.accepted.Add(1)
		up, err := net.Dial("tcp", p.target)
		if err != nil {
			c.Close()
			continue
		}
		p.mu.Lock()
		p.conns = append(p.conns, c, up)
		p.mu.Unlock()
		var dead atomic.Bool
		dead.Store(p.silent.Load())
		pipe := func(dst, src net.Conn) {
			buf := make([]byte, 32<<10)
			for {
				n, err := src.Read(buf)
				if p.silent.Load() {
					dead.Store(true)
				}
				if n > 0 && !dead.Load() {
					if _, werr := dst.Write(buf[:n]); werr != nil {
						break
					}
				}
				if err != nil {
					break
				}
			}
			// A side that closes is passed on only while forwarding: a
			// silent network never says goodbye.
			if !dead.Load() {
				dst.Close()
				src.Close()
			}
		}
		go pipe(up, c)
		go pipe(c, up)
	}
}

// dial is Config.Dial: every connection of the mailbox goes through p.
func (p *silentProxy) dial(ctx context.Context, network, _ string) (net.Conn, error) {
	return (&net.Dialer{}).DialContext(ctx, network, p.ln.Addr().String())
}

func (p *silentProxy) silence() { p.silent.Store(true) }
func (p *silentProxy) speak()   { p.silent.Store(false) }

// dovecotMailbox starts a Dovecot and a Mailbox for rep on it, with fresh
// state and a testHandler.
func dovecotMailbox(t *testing.T) (*mailtest.Dovecot, *testHandler, *Mailbox) {
	t.Helper()
	d := startDovecot(t)
	h := newTestHandler()
	return d, h, newMailbox(t, Config{Account: dovecotAccount(d, rep), DB: tempDB(t), Logger: testLogger(t), Handle: h.handle})
}

// deliverClient delivers clientMail(n, subject) to rep's INBOX and returns
// its token.
func deliverClient(t testing.TB, d *mailtest.Dovecot, n int, subject string) string {
	t.Helper()
	raw := clientMail(n, subject)
	d.Deliver(t, rep, raw)
	return Token(rep, raw)
}

// newMailbox is New for tests: an error ends the test.
func newMailbox(t testing.TB, cfg Config) *Mailbox {
	t.Helper()
	m, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return m
}
