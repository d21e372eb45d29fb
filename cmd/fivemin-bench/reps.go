package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/fivemin/fivemin/mailbox"
	"github.com/fivemin/fivemin/mailbox/mailtest"
)

// The reps bench runs many reps' mailboxes in one process against one
// private Dovecot, as serve does for a firm, through the public Mailbox
// API only:
//
//   - start-up: every rep's INBOX holds one unread client email; all the
//     mailboxes start at once and the clock stops when the last one has
//     drafted its email (connected, first round done, idling);
//   - latency: with every rep idle, client emails arrive one by one for
//     random reps and each is timed from the end of its LMTP delivery to
//     its draft being in Drafts (OnDraft).

// repsFlags are the reps bench's flags.
type repsFlags struct {
	n, m           int
	gapMin, gapMax time.Duration
	tune           bool
	startLimit     time.Duration
	handler        string
	logLevel       slog.Level
	restart        bool
}

func runReps(ctx context.Context, out io.Writer, args []string) (err error) {
	fs := newFlagSet("reps")
	var f repsFlags
	fs.IntVar(&f.n, "n", 1000, "reps (mailboxes, IMAP users), all in this process")
	fs.IntVar(&f.m, "m", 200, "client emails delivered once every rep is idle, each to a random rep")
	fs.DurationVar(&f.gapMin, "gap-min", 50*time.Millisecond, "least time between two deliveries")
	fs.DurationVar(&f.gapMax, "gap-max", 300*time.Millisecond, "most time between two deliveries (uniformly random in between)")
	fs.BoolVar(&f.tune, "tune", true, "size Dovecot for n connections (imap process_limit, client limits, imap-login performance mode); false keeps its defaults")
	fs.DurationVar(&f.startLimit, "start-limit", 5*time.Minute, "give up when the reps are not all idle by then")
	fs.StringVar(&f.handler, "handler", "echo", "draft builder: echo (a fixed short reply) or pipeline (triage + quoting, as the app does)")
	fs.BoolVar(&f.restart, "restart", true, "then kill Dovecot (every connection drops), start it again 2s later and time until every rep is logged in again")
	fs.TextVar(&f.logLevel, "log-level", slog.LevelWarn, "the mailboxes' log lines from this level on go to stderr")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if f.n <= 0 || f.m < 0 || f.gapMin <= 0 || f.gapMax < f.gapMin {
		return fmt.Errorf("want -n > 0, -m >= 0 and 0 < -gap-min <= -gap-max")
	}
	h, err := newHandler(f.handler)
	if err != nil {
		return err
	}
	tb := &benchTB{}
	defer tb.close()
	defer recoverFatal(&err)
	dir, err := os.MkdirTemp("", "fivemin-bench-reps-")
	if err != nil {
		return err
	}
	tb.Cleanup(func() { _ = os.RemoveAll(dir) })

	cmd := strings.TrimSpace("go run ./cmd/fivemin-bench reps " + strings.Join(args, " "))
	fmt.Fprintf(out, "# %s\n# Dovecot %s on 127.0.0.1 (STARTTLS), handler %q, GOMAXPROCS %d, NumCPU %d, %s %s/%s\n",
		cmd, mailtest.DovecotVersion(), f.handler, runtime.GOMAXPROCS(0), runtime.NumCPU(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
	inotify := readSysctl("fs/inotify/max_user_instances")
	fmt.Fprintf(out, "# fs.inotify.max_user_instances %d, net.core.somaxconn %d (every rep's imap process runs as one UID here)\n",
		inotify, readSysctl("net/core/somaxconn"))
	if inotify >= 0 && inotify < f.n+16 {
		fmt.Fprintf(out, "# WARNING: Dovecot's imap processes past the inotify limit fall back to looking every mailbox_idle_check_interval (30s): raise it with sysctl -w fs.inotify.max_user_instances=%d\n", f.n+256)
	}
	opts := mailtest.DovecotOptions{}
	if f.tune {
		opts.Connections = f.n
	}
	d := mailtest.StartDovecotWith(tb, opts)
	r := &repsRun{f: f, d: d, h: h, tb: tb, out: out, cmd: cmd, tuned: f.tune}
	return r.run(ctx, dir)
}

// readSysctl reads an integer under /proc/sys (-1 if unreadable).
func readSysctl(name string) int {
	b, err := os.ReadFile(filepath.Join("/proc/sys", name))
	if err != nil {
		return -1
	}
	v, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil {
		return -1
	}
	return v
}

// repsRun is one run of the reps bench.
type repsRun struct {
	f     repsFlags
	d     *mailtest.Dovecot
	h     handlerFunc
	tb    *benchTB
	out   io.Writer
	cmd   string
	tuned bool

	log   *slog.Logger
	users []string
	mbs   []*mailbox.Mailbox

	mu      sync.Mutex
	sentAt  map[string]time.Time // token → end of delivery
	lat     []time.Duration
	fetch   []time.Duration // delivery to the handler's call
	ready   atomic.Int64    // reps whose first email is drafted
	drafted chan struct{}
}

// figure prints one quotable line, with the machine's load average: on a
// shared machine other work takes the CPU these figures depend on.
func (r *repsRun) figure(what, value, conditions string) {
	fmt.Fprintf(r.out, "%s: %s  (%s; load average %s; %s)\n", what, value, conditions, loadAvg(), r.cmd)
}

// loadAvg is /proc/loadavg's 1-minute figure ("?" if unreadable).
func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if f := strings.Fields(string(b)); err == nil && len(f) > 0 {
		return f[0]
	}
	return "?"
}

func (r *repsRun) run(ctx context.Context, dir string) error {
	if err := r.seed(); err != nil {
		return err
	}
	db, err := openDB(filepath.Join(dir, "state.db"))
	if err != nil {
		return err
	}
	defer db.Close()
	r.sentAt = map[string]time.Time{}
	r.log = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: r.f.logLevel}))
	r.drafted = make(chan struct{}, r.f.m+r.f.n)
	for _, u := range r.users {
		acct := account(r.d, u)
		m, err := mailbox.New(mailbox.Config{Account: acct, DB: db, Handle: r.handle, OnDraft: r.onDraft, Logger: r.log})
		if err != nil {
			return err
		}
		r.mbs = append(r.mbs, m)
	}
	rctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer func() { cancel(); wg.Wait() }()
	c0, s0 := cpuUsage(), serverCPU(r.d)
	t0 := time.Now()
	for _, m := range r.mbs {
		wg.Add(1)
		go func() { defer wg.Done(); _ = m.Run(rctx) }() // ends by cancellation
	}
	if err := r.awaitStart(ctx, t0, c0, s0); err != nil {
		r.serverLimits() // what kept them out
		return err
	}
	// Let the last rounds finish and every connection settle into IDLE.
	time.Sleep(2 * time.Second)
	rss := vmRSS()
	if err := r.latency(ctx); err != nil {
		return err
	}
	if r.f.restart {
		if err := r.outage(ctx); err != nil {
			return err
		}
	}
	r.figure(fmt.Sprintf("reps memory, %d idle reps", r.f.n),
		fmt.Sprintf("RSS %.1f MB (%.1f KB per rep), peak %.1f MB", float64(rss)/1024, float64(rss)/float64(r.f.n), float64(vmHWM())/1024),
		"this process: every Mailbox, its IMAP connection and the shared bbolt state file")
	r.serverLimits()
	return nil
}

// seed creates the users and puts one unread client email in each INBOX.
func (r *repsRun) seed() error {
	users := make(map[string]string, r.f.n)
	for i := 1; i <= r.f.n; i++ {
		u := fmt.Sprintf("rep-%04d@example.com", i)
		users[u] = "pw-" + strconv.Itoa(i)
		r.users = append(r.users, u)
	}
	r.d.AddUsers(r.tb, users)
	now := time.Now()
	for i, u := range r.users {
		if err := r.d.WriteMaildirErr(u, "INBOX", clientMail(u, i), false, now); err != nil {
			return err
		}
	}
	// Dovecot opens each user's folders once, as a real server has them:
	// a first login ever also creates the indexes and the folders, which
	// is not what fivemin's start costs the server.
	list := filepath.Join(r.d.Dir, "bench-users")
	if err := os.WriteFile(list, []byte(strings.Join(r.users, "\n")+"\n"), 0o644); err != nil {
		return err
	}
	t0 := time.Now()
	if _, err := r.d.Doveadm("mailbox", "status", "-F", list, "messages unseen", "INBOX", "Drafts", "Sent"); err != nil {
		return err
	}
	fmt.Fprintf(r.out, "# %d users created and their folders indexed in %.1fs (doveadm mailbox status)\n", r.f.n, time.Since(t0).Seconds())
	return nil
}

// handle notes when a delivered email reached the handler (fetched), then
// drafts it.
func (r *repsRun) handle(ctx context.Context, msg *mailbox.Message) (mailbox.Result, error) {
	r.mu.Lock()
	if t0, ok := r.sentAt[msg.Token]; ok {
		r.fetch = append(r.fetch, time.Since(t0))
	}
	r.mu.Unlock()
	return r.h(ctx, msg)
}

// onDraft notes a rep's start-up draft, or times a delivered email's.
func (r *repsRun) onDraft(_ context.Context, di mailbox.DraftInfo) {
	r.mu.Lock()
	t0, timed := r.sentAt[di.Token]
	if timed {
		r.lat = append(r.lat, time.Since(t0))
		delete(r.sentAt, di.Token)
	}
	r.mu.Unlock()
	if timed {
		r.drafted <- struct{}{}
		return
	}
	r.ready.Add(1)
}

// awaitStart waits until every rep has drafted its first email and
// prints how long connecting took.
func (r *repsRun) awaitStart(ctx context.Context, t0 time.Time, c0, s0 time.Duration) error {
	var allConnected time.Duration
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for int(r.ready.Load()) < r.f.n {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
		}
		if allConnected == 0 && r.connected() == r.f.n {
			allConnected = time.Since(t0)
		}
		if time.Since(t0) > r.f.startLimit {
			return fmt.Errorf("after %v only %d of %d reps idle (%d connected)", r.f.startLimit, r.ready.Load(), r.f.n, r.connected())
		}
	}
	all := time.Since(t0)
	c1, s1 := cpuUsage(), serverCPU(r.d)
	var parts []string
	for _, comm := range []string{"imap", "imap-login", "auth"} {
		if t, err := r.d.CPUTime(comm); err == nil {
			parts = append(parts, fmt.Sprintf("%s %.1fms", comm, float64(t)/float64(time.Millisecond)/float64(r.f.n)))
		}
	}
	if allConnected == 0 {
		allConnected = all
	}
	var sessions int64
	for _, m := range r.mbs {
		sessions += m.Stats().Sessions
	}
	r.figure(fmt.Sprintf("reps start-up, %d reps", r.f.n),
		fmt.Sprintf("all connected in %.1fs, all idle (first email drafted) in %.1fs; %d sessions for %d reps; CPU this process %.1fs, Dovecot %.1fs (per rep %.1fms: %s) (target: idle within 60s)",
			allConnected.Seconds(), all.Seconds(), sessions, r.f.n, (c1-c0).Seconds(), (s1-s0).Seconds(), float64(s1-s0)/float64(time.Millisecond)/float64(r.f.n), strings.Join(parts, ", ")),
		fmt.Sprintf("every mailbox started at once, one unread email per INBOX; %s", r.serverDesc()))
	return nil
}

func (r *repsRun) connected() int {
	n := 0
	for _, m := range r.mbs {
		if m.Status().Connected {
			n++
		}
	}
	return n
}

func (r *repsRun) serverDesc() string {
	if r.tuned {
		return fmt.Sprintf("Dovecot sized for %d connections (DovecotOptions.Connections)", r.f.n)
	}
	return "Dovecot's default limits"
}

// latency delivers r.f.m emails, each to a random rep, and times each
// from the end of its delivery to its draft.
func (r *repsRun) latency(ctx context.Context) error {
	if r.f.m == 0 {
		return nil
	}
	c0, s0 := cpuUsage(), serverCPU(r.d)
	start := time.Now()
	for i := 0; i < r.f.m; i++ {
		gap := r.f.gapMin + rand.N(r.f.gapMax-r.f.gapMin+1)
		select {
		case <-time.After(gap):
		case <-ctx.Done():
			return ctx.Err()
		}
		u := r.users[rand.N(len(r.users))]
		raw := clientMail(u, r.f.n+i)
		tok := mailbox.Token(u, raw)
		// Marked before the delivery, so that its draft is never taken
		// for a start-up one; timed from the delivery's end unless the
		// draft came first.
		r.mu.Lock()
		r.sentAt[tok] = time.Now()
		r.mu.Unlock()
		if err := r.d.DeliverErr(u, raw); err != nil {
			return err
		}
		r.mu.Lock()
		if _, waiting := r.sentAt[tok]; waiting {
			r.sentAt[tok] = time.Now()
		}
		r.mu.Unlock()
	}
	for i := 0; i < r.f.m; i++ {
		select {
		case <-r.drafted:
		case <-time.After(60 * time.Second):
			return fmt.Errorf("only %d of %d drafts within 60s of the last delivery", i, r.f.m)
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	span := time.Since(start)
	c1, s1 := cpuUsage(), serverCPU(r.d)
	r.mu.Lock()
	lat := slices.Clone(r.lat)
	fetch := slices.Clone(r.fetch)
	r.mu.Unlock()
	r.figure(fmt.Sprintf("reps latency, arrival to draft, %d idle reps", r.f.n),
		fmt.Sprintf("p50 %s, p99 %s, max %s (target p99 <= 1s); arrival to the handler: p50 %s, p99 %s, max %s", pct(lat, 0.5), pct(lat, 0.99), pct(lat, 1), pct(fetch, 0.5), pct(fetch, 0.99), pct(fetch, 1)),
		fmt.Sprintf("%d emails by LMTP %v-%v apart, each to a random rep, over %v; CPU meanwhile: this process %.0f%%, Dovecot %.0f%% of one core; IDLE only (IdleCheck off); handler %s; %s",
			r.f.m, r.f.gapMin, r.f.gapMax, span.Round(time.Second), 100*(c1-c0).Seconds()/span.Seconds(), 100*(s1-s0).Seconds()/span.Seconds(), r.f.handler, r.serverDesc()))
	return nil
}

// pct is the p-quantile of ds in milliseconds (p = 1: the largest).
func pct(ds []time.Duration, p float64) string {
	if len(ds) == 0 {
		return "-"
	}
	ds = slices.Clone(ds)
	slices.Sort(ds)
	return fmt.Sprintf("%.0fms", float64(ds[min(len(ds)-1, int(p*float64(len(ds))))])/float64(time.Millisecond))
}

// outage kills Dovecot, as a crash or a reboot would, starts it again
// after 2s and times until every rep is logged in again.
func (r *repsRun) outage(ctx context.Context) error {
	before := make([]int64, len(r.mbs))
	for i, m := range r.mbs {
		before[i] = m.Stats().Sessions
	}
	r.d.Stop()
	for r.connected() > 0 {
		if err := sleepCtx(ctx, 50*time.Millisecond); err != nil {
			return err
		}
	}
	if err := sleepCtx(ctx, 2*time.Second); err != nil {
		return err
	}
	r.d.Start()
	t0 := time.Now()
	for {
		back := 0
		for i, m := range r.mbs {
			if m.Stats().Sessions > before[i] && m.Status().Connected {
				back++
			}
		}
		if back == len(r.mbs) {
			break
		}
		if time.Since(t0) > r.f.startLimit {
			return fmt.Errorf("after %v only %d of %d reps logged in again", r.f.startLimit, back, len(r.mbs))
		}
		if err := sleepCtx(ctx, 50*time.Millisecond); err != nil {
			return err
		}
	}
	took := time.Since(t0)
	r.figure(fmt.Sprintf("reps reconnect after a server restart, %d reps", r.f.n),
		fmt.Sprintf("all logged in again %.1fs after the restart; the restarted Dovecot's CPU meanwhile %.1fs", took.Seconds(), serverCPU(r.d).Seconds()),
		"Dovecot killed (every connection dropped), started again 2s later; the reps were retrying with backoff meanwhile")
	return nil
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(d):
		return nil
	}
}

// serverCPU is the Dovecot instance's CPU time so far (0 if unreadable).
func serverCPU(d *mailtest.Dovecot) time.Duration {
	t, err := d.TotalCPUTime()
	if err != nil {
		return 0
	}
	return t
}

// serverLimits prints the Dovecot log's warnings about its limits: the
// ones that bit during the run.
func (r *repsRun) serverLimits() {
	counts := map[string]int{}
	for _, line := range strings.Split(r.d.Log(), "\n") {
		for _, key := range []string{"process_limit", "client_limit", "Inotify instance limit", "Too many open files", "Connection queue full", "vsz_limit"} {
			if strings.Contains(line, key) {
				counts[key]++
			}
		}
	}
	if len(counts) == 0 {
		fmt.Fprintf(r.out, "# Dovecot's log names no limit reached\n")
		return
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Fprintf(r.out, "# Dovecot's log: %d lines about %q\n", counts[k], k)
	}
}

// vmRSS reads this process's resident set size in kB.
func vmRSS() int64 { return procStatusKB("VmRSS:") }
