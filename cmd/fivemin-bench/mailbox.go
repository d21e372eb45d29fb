package main

import (
	"bufio"
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/fivemin/fivemin/mailbox"
	"github.com/fivemin/fivemin/mailbox/mailtest"
	"go.etcd.io/bbolt"
)

// handlers are the draft builders the mailbox bench can run. "echo" needs
// nothing else; the lead can register the real pipeline here.
var handlers = map[string]func(ctx context.Context, m *mailbox.Message) (mailbox.Result, error){
	"echo": echoDraft,
}

// echoDraft answers every message with a short draft quoting its subject.
func echoDraft(_ context.Context, m *mailbox.Message) (mailbox.Result, error) {
	subj := "your message"
	from := "client@client.test"
	sc := bufio.NewScanner(strings.NewReader(string(m.Raw)))
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			break
		}
		if v, ok := strings.CutPrefix(line, "Subject: "); ok {
			subj = v
		}
		if v, ok := strings.CutPrefix(line, "From: "); ok {
			from = v
		}
	}
	d := fmt.Sprintf("From: rep@example.com\r\nTo: %s\r\nSubject: Re: %s\r\nMessage-ID: <%s@fivemin.invalid>\r\n%s: %s\r\n\r\nThanks, I'll look at it within my five free minutes.\r\n",
		from, subj, m.Token[:24], mailbox.HeaderSource, m.Token)
	return mailbox.Result{Draft: []byte(d)}, nil
}

// benchTB lets the test harness start servers outside a test.
type benchTB struct{ cleanups []func() }

type benchFatal struct{ msg string }

func (b *benchTB) Helper()                           {}
func (b *benchTB) Fatal(args ...any)                 { panic(benchFatal{fmt.Sprint(args...)}) }
func (b *benchTB) Fatalf(format string, args ...any) { panic(benchFatal{fmt.Sprintf(format, args...)}) }
func (b *benchTB) Skipf(format string, args ...any) {
	panic(benchFatal{"cannot run: " + fmt.Sprintf(format, args...)})
}
func (b *benchTB) Cleanup(f func()) { b.cleanups = append(b.cleanups, f) }
func (b *benchTB) close() {
	for i := len(b.cleanups) - 1; i >= 0; i-- {
		b.cleanups[i]()
	}
}

func runMailbox(ctx context.Context, out io.Writer, args []string) (err error) {
	fs := newFlagSet("mailbox")
	n := fs.Int("n", 200, "messages for the latency run")
	big := fs.Int("sync", 10000, "messages in the INBOX for the first-sync run")
	small := fs.Int("small", 100, "messages in the small INBOX for the idle-poll comparison")
	handler := fs.String("handler", "echo", "draft builder to run")
	fsync := fs.Bool("server-fsync", false, "let Dovecot fsync every saved message (mail_fsync=optimized)")
	poll := fs.Duration("poll", 25*time.Millisecond, "NOOP poll interval for the polling latency run")
	if err := fs.Parse(args); err != nil {
		return err
	}
	h, ok := handlers[*handler]
	if !ok {
		return fmt.Errorf("unknown handler %q", *handler)
	}
	tb := &benchTB{}
	defer tb.close()
	defer func() {
		if r := recover(); r != nil {
			f, ok := r.(benchFatal)
			if !ok {
				panic(r)
			}
			err = fmt.Errorf("%s", f.msg)
		}
	}()
	d := mailtest.StartDovecotWith(tb, mailtest.DovecotOptions{NoFsync: !*fsync})
	dir, err := os.MkdirTemp("", "fivemin-bench-")
	if err != nil {
		return err
	}
	tb.Cleanup(func() { os.RemoveAll(dir) })
	fmt.Fprintf(out, "mailbox bench: Dovecot on 127.0.0.1:%d (STARTTLS, server fsync %v), handler %q, GOMAXPROCS %d\n", d.IMAPPort, *fsync, *handler, runtime.GOMAXPROCS(0))

	if err := latency(ctx, out, d, dir, *n, h, 0); err != nil {
		return err
	}
	if err := latency(ctx, out, d, dir, *n, h, *poll); err != nil {
		return err
	}
	bigUser, smallUser := "big@example.com", "small@example.com"
	if err := firstSync(ctx, out, d, dir, bigUser, *big, *handler); err != nil {
		return err
	}
	// The small INBOX is synced in-process; its figure is not the point.
	seed(d, smallUser, *small)
	if err := syncOnce(ctx, d, filepath.Join(dir, "small.db"), smallUser, h); err != nil {
		return err
	}
	fmt.Fprintln(out, "idle poll (NOOP + one sync round with nothing new), mean of 50:")
	for _, c := range []struct {
		user string
		n    int
	}{{smallUser, *small}, {bigUser, *big}} {
		db := filepath.Join(dir, strings.Split(c.user, "@")[0]+".db")
		if err := idlePoll(ctx, out, d, db, c.user, c.n, h); err != nil {
			return err
		}
	}
	return nil
}

func account(d *mailtest.Dovecot, user string) mailbox.Account {
	return mailbox.Account{
		Name: user,
		IMAP: mailbox.Endpoint{Host: "127.0.0.1", Port: d.IMAPPort, TLS: mailbox.StartTLS, User: user,
			Password: d.Password(user), TLSConfig: &tls.Config{RootCAs: d.CertPool}},
		FirstRun:      mailbox.FirstRun{Unseen: true},
		WatchInterval: time.Hour,
	}
}

func openDB(path string) (*bbolt.DB, error) {
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{Timeout: 5 * time.Second})
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return db, nil
}

func clientMail(user string, i int) []byte {
	return fmt.Appendf(nil, "From: Client %d <client%d@client.test>\r\nTo: %s\r\nSubject: Question %d about my invoice\r\nMessage-ID: <bench-%d-%s@client.test>\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHello,\r\n\r\nCould you confirm you received the documents I sent last week, and tell me\r\nwhen the quarterly return is due? Also, can you prepare the year-end\r\naccounts for the new company?\r\n\r\nThanks,\r\nClient %d\r\n",
		i, i, user, i, i, user, i)
}

// latency delivers n messages one by one over LMTP to an idling poller and
// times each from the end of delivery to the recorded draft.
func latency(ctx context.Context, out io.Writer, d *mailtest.Dovecot, dir string, n int, h func(context.Context, *mailbox.Message) (mailbox.Result, error), poll time.Duration) error {
	mode := "IDLE"
	user := "latency-idle@example.com"
	acct := account(d, user)
	if poll > 0 {
		mode = fmt.Sprintf("NOOP polling every %v", poll)
		user = "latency-poll@example.com"
		acct = account(d, user)
		acct.DisableIdle, acct.PollInterval = true, poll
	}
	d.AddUser(&benchTB{}, user, "pw")
	acct.IMAP.Password = "pw"
	db, err := openDB(filepath.Join(dir, strings.Split(user, "@")[0]+".db"))
	if err != nil {
		return err
	}
	defer db.Close()
	var mu sync.Mutex
	sentAt := map[string]time.Time{}
	lat := make([]time.Duration, 0, n)
	got := make(chan struct{}, n)
	m, err := mailbox.New(mailbox.Config{Account: acct, DB: db, Handle: h,
		OnDraft: func(_ context.Context, di mailbox.DraftInfo) {
			mu.Lock()
			if t0, ok := sentAt[di.Token]; ok {
				lat = append(lat, time.Since(t0))
			}
			mu.Unlock()
			got <- struct{}{}
		}})
	if err != nil {
		return err
	}
	rctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { m.Run(rctx); close(done) }()
	defer func() { cancel(); <-done }()
	time.Sleep(500 * time.Millisecond) // connected and idling
	start := time.Now()
	for i := 0; i < n; i++ {
		raw := clientMail(user, i)
		tok := mailbox.Token(user, raw)
		if err := d.DeliverErr(user, raw); err != nil {
			return err
		}
		mu.Lock()
		sentAt[tok] = time.Now()
		mu.Unlock()
		time.Sleep(50 * time.Millisecond) // mail arrives one at a time, 20 a second
	}
	for i := 0; i < n; i++ {
		select {
		case <-got:
		case <-time.After(10 * time.Second):
			return fmt.Errorf("only %d of %d drafts within 10s", i, n)
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	mu.Lock()
	defer mu.Unlock()
	slices.Sort(lat)
	pct := func(p float64) time.Duration { return lat[min(len(lat)-1, int(p*float64(len(lat))))] }
	fmt.Fprintf(out, "arrival-to-draft, %s, %d messages: p50 %v  p99 %v  max %v  (targets p50 <= 100ms, p99 <= 500ms; %v total)\n",
		mode, len(lat), pct(0.50).Round(10*time.Microsecond), pct(0.99).Round(10*time.Microsecond), lat[len(lat)-1].Round(10*time.Microsecond), time.Since(start).Round(time.Millisecond))
	return nil
}

func seed(d *mailtest.Dovecot, user string, n int) {
	d.AddUser(&benchTB{}, user, "pw")
	for i := 0; i < n; i++ {
		if err := d.WriteMaildirErr(user, "INBOX", clientMail(user, i), false, time.Now()); err != nil {
			panic(benchFatal{err.Error()})
		}
	}
}

// firstSync seeds n messages and syncs them in a fresh process, so its
// peak RSS is the sync's own.
func firstSync(ctx context.Context, out io.Writer, d *mailtest.Dovecot, dir, user string, n int, handler string) error {
	t0 := time.Now()
	seed(d, user, n)
	fmt.Fprintf(out, "seeded %d messages into %s's Maildir in %v\n", n, user, time.Since(t0).Round(time.Millisecond))
	cmd := exec.CommandContext(ctx, os.Args[0], "mailbox-sync-child",
		"-port", strconv.Itoa(d.IMAPPort), "-user", user, "-password", d.Password(user),
		"-db", filepath.Join(dir, strings.Split(user, "@")[0]+".db"), "-handler", handler)
	cmd.Stderr = os.Stderr
	// The child trusts the instance's certificate through a PEM file.
	cmd.Env = append(os.Environ(), "FIVEMIN_BENCH_CA="+filepath.Join(d.Dir, "cert.pem"))
	res, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("sync child: %w", err)
	}
	var r syncResult
	if err := json.Unmarshal(res, &r); err != nil {
		return fmt.Errorf("sync child said %q: %w", res, err)
	}
	fmt.Fprintf(out, "first sync of %d messages (fresh process): %d drafts in %.2fs = %.0f messages/s; peak RSS (VmHWM) %.1f MB  (targets >= 500/s, <= 150 MB)\n",
		n, r.Drafted, r.Seconds, float64(r.Fetched)/r.Seconds, float64(r.VmHWMKB)/1024)
	return nil
}

type syncResult struct {
	Fetched, Drafted int
	Seconds          float64
	VmHWMKB          int64
}

// runMailboxSyncChild is the fresh process of firstSync.
func runMailboxSyncChild(ctx context.Context, out io.Writer, args []string) error {
	fs := newFlagSet("mailbox-sync-child")
	port := fs.Int("port", 0, "")
	user := fs.String("user", "", "")
	password := fs.String("password", "", "")
	dbPath := fs.String("db", "", "")
	handler := fs.String("handler", "echo", "")
	if err := fs.Parse(args); err != nil {
		return err
	}
	pem, err := os.ReadFile(os.Getenv("FIVEMIN_BENCH_CA"))
	if err != nil {
		return err
	}
	d := &mailtest.Dovecot{IMAPPort: *port}
	acct := account(d, *user)
	acct.IMAP.Password = *password
	acct.IMAP.TLSConfig = &tls.Config{RootCAs: poolFromPEM(pem)}
	db, err := openDB(*dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	m, err := mailbox.New(mailbox.Config{Account: acct, DB: db, Handle: handlers[*handler]})
	if err != nil {
		return err
	}
	start := time.Now()
	c, err := m.Open(ctx)
	if err != nil {
		return err
	}
	defer c.Close()
	var total mailbox.SyncStats
	for {
		st, err := c.Sync(ctx)
		if err != nil {
			return err
		}
		total.Fetched += st.Fetched
		total.Drafted += st.Drafted
		if st.Fetched == 0 {
			break
		}
	}
	secs := time.Since(start).Seconds()
	return json.NewEncoder(out).Encode(syncResult{Fetched: total.Fetched, Drafted: total.Drafted, Seconds: secs, VmHWMKB: vmHWM()})
}

func syncOnce(ctx context.Context, d *mailtest.Dovecot, dbPath, user string, h func(context.Context, *mailbox.Message) (mailbox.Result, error)) error {
	db, err := openDB(dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	m, err := mailbox.New(mailbox.Config{Account: account(d, user), DB: db, Handle: h})
	if err != nil {
		return err
	}
	c, err := m.Open(ctx)
	if err != nil {
		return err
	}
	defer c.Close()
	_, err = c.Sync(ctx)
	return err
}

// idlePoll times a NOOP plus a sync round that finds nothing, on an
// already synced INBOX of n messages.
func idlePoll(ctx context.Context, out io.Writer, d *mailtest.Dovecot, dbPath, user string, n int, h func(context.Context, *mailbox.Message) (mailbox.Result, error)) error {
	db, err := openDB(dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	m, err := mailbox.New(mailbox.Config{Account: account(d, user), DB: db, Handle: h})
	if err != nil {
		return err
	}
	c, err := m.Open(ctx)
	if err != nil {
		return err
	}
	defer c.Close()
	if _, err := c.Sync(ctx); err != nil { // selects the INBOX
		return err
	}
	const rounds = 50
	var bytes int64
	start := time.Now()
	for i := 0; i < rounds; i++ {
		if err := c.Noop(); err != nil {
			return err
		}
		st, err := c.Sync(ctx)
		if err != nil {
			return err
		}
		if st.Fetched != 0 {
			return fmt.Errorf("idle round fetched %d messages", st.Fetched)
		}
		bytes += st.BytesIn + st.BytesOut
	}
	fmt.Fprintf(out, "  INBOX of %6d: %v per round, %d bytes on the wire per sync round\n",
		n, (time.Since(start) / rounds).Round(time.Microsecond), bytes/rounds)
	return nil
}

// vmHWM reads this process's peak resident set size in kB.
func vmHWM() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb
		}
	}
	return -1
}

func poolFromPEM(pem []byte) *x509.CertPool {
	p := x509.NewCertPool()
	p.AppendCertsFromPEM(pem)
	return p
}
