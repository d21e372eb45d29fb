package main

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"go.etcd.io/bbolt"

	"github.com/fivemin/fivemin/mailbox"
	"github.com/fivemin/fivemin/mailbox/mailtest"
)

// The mailbox bench measures, against a private Dovecot on loopback:
//
//   - latency: arrival-to-draft latency of mail delivered over LMTP one
//     message at a time, with IDLE alone, IDLE plus the INBOX check, after
//     quiet periods, and with NOOP polling;
//   - check: what one INBOX check costs the server and the client;
//   - sync: first-sync throughput and peak RSS of a fresh process.
//
// Every figure is one line naming its conditions and the command. What an
// idle poll costs is BenchmarkDovecotIdlePoll in package mailbox.

func runMailbox(ctx context.Context, out io.Writer, args []string) (err error) {
	fs := newFlagSet("mailbox")
	only := fs.String("only", "latency,check,sync", "comma-separated phases to run: latency, check, sync")
	n := fs.Int("n", 200, "messages per latency run")
	gapMin := fs.Duration("gap-min", 50*time.Millisecond, "least time between two deliveries in a latency run")
	gapMax := fs.Duration("gap-max", 550*time.Millisecond, "most time between two deliveries (uniformly random in between)")
	quietN := fs.Int("quiet-n", 20, "messages in the after-a-quiet-period latency run (0: skip)")
	quiet := fs.Duration("quiet", 3*time.Second, "silence before each message of the after-a-quiet-period run")
	poll := fs.Duration("poll", 25*time.Millisecond, "NOOP poll interval for the polling latency run (0: skip)")
	sweep := fs.String("check-sweep", "", "extra latency runs at these IdleCheck intervals, e.g. 50ms,200ms,400ms")
	big := fs.Int("sync", 10000, "messages in the big INBOX (first sync and check figures)")
	small := fs.Int("small", 100, "messages in the small INBOX (check figures)")
	handler := fs.String("handler", "echo", "draft builder: echo (a fixed short reply) or pipeline (triage + quoting, as the app does)")
	fsyncMode := fs.String("server-fsync", "both", "Dovecot's mail_fsync: on (optimized, Dovecot's default), off (never) or both; latency and check run on the first")
	fs.IntVar(&msgSize, "size", 0, "pad each client email to at least this many bytes with a quoted earlier thread (0: about 470 bytes)")
	cpuprofile := fs.String("cpuprofile", "", "write the first-sync child's CPU profile here (suffixed with the fsync mode)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	phases, err := parsePhases(*only)
	if err != nil {
		return err
	}
	fsyncs, err := parseFsyncs(*fsyncMode)
	if err != nil {
		return err
	}
	sweepIntervals, err := parseDurations(*sweep)
	if err != nil {
		return fmt.Errorf("-check-sweep: %w", err)
	}
	if *gapMax < *gapMin || *gapMin <= 0 {
		return fmt.Errorf("-gap-min %v / -gap-max %v: want 0 < min <= max", *gapMin, *gapMax)
	}
	h, err := newHandler(*handler)
	if err != nil {
		return err
	}
	tb := &benchTB{}
	defer tb.close()
	defer recoverFatal(&err)
	dir, err := os.MkdirTemp("", "fivemin-bench-")
	if err != nil {
		return err
	}
	tb.Cleanup(func() { _ = os.RemoveAll(dir) })

	b := &mailboxBench{out: out, tb: tb, dir: dir, handlerName: *handler, h: h,
		cmd: strings.TrimSpace("go run ./cmd/fivemin-bench mailbox " + strings.Join(args, " "))}
	fmt.Fprintf(out, "# %s\n# Dovecot %s on 127.0.0.1 (STARTTLS), handler %q, GOMAXPROCS %d, %s %s/%s\n",
		b.cmd, mailtest.DovecotVersion(), *handler, runtime.GOMAXPROCS(0), runtime.Version(), runtime.GOOS, runtime.GOARCH)

	plan := mailboxPlan{phases: phases, small: *small, big: *big, cpuprofile: *cpuprofile,
		latency: latencyFlags{n: *n, gapMin: *gapMin, gapMax: *gapMax, quietN: *quietN, quiet: *quiet, poll: *poll, sweep: sweepIntervals}}
	for i, fsync := range fsyncs {
		if err := b.runPhases(ctx, b.start(fsync), i == 0, plan); err != nil {
			return err
		}
	}
	return nil
}

// mailboxPlan is what runMailbox's flags ask each Dovecot instance for.
type mailboxPlan struct {
	phases     map[string]bool
	latency    latencyFlags
	small, big int // INBOX sizes
	cpuprofile string
}

// runPhases runs the asked phases on inst. Only the first instance runs
// latency and check: they measure fivemin, not the server's fsync.
func (b *mailboxBench) runPhases(ctx context.Context, inst *instance, first bool, plan mailboxPlan) error {
	if first && plan.phases["latency"] {
		for _, r := range plan.latency.runs() {
			if err := b.latency(ctx, inst, r); err != nil {
				return err
			}
		}
	}
	if first && plan.phases["check"] {
		if err := b.checkCost(ctx, inst, plan.small, plan.big); err != nil {
			return err
		}
	}
	if plan.phases["sync"] {
		prof := ""
		if plan.cpuprofile != "" {
			prof = plan.cpuprofile + "." + inst.fsyncWord()
		}
		if err := b.firstSync(ctx, inst, plan.big, prof); err != nil {
			return err
		}
	}
	return nil
}

// parsePhases reads -only.
func parsePhases(only string) (map[string]bool, error) {
	phases := map[string]bool{}
	for _, p := range strings.Split(only, ",") {
		switch p = strings.TrimSpace(p); p {
		case "latency", "check", "sync":
			phases[p] = true
		case "idle":
			return nil, fmt.Errorf("the idle phase is now a benchmark: CI=true go test -run '^$' -bench DovecotIdlePoll ./mailbox")
		case "":
		default:
			return nil, fmt.Errorf("unknown phase %q (want latency, check, sync)", p)
		}
	}
	return phases, nil
}

// parseFsyncs reads -server-fsync: the Dovecot fsync settings to run.
func parseFsyncs(mode string) ([]bool, error) {
	switch mode {
	case "on":
		return []bool{true}, nil
	case "off":
		return []bool{false}, nil
	case "both":
		return []bool{true, false}, nil
	}
	return nil, fmt.Errorf("-server-fsync %q: want on, off or both", mode)
}

// parseDurations reads a comma-separated list of durations ("" is none).
func parseDurations(list string) ([]time.Duration, error) {
	if list == "" {
		return nil, nil
	}
	var ds []time.Duration
	for _, s := range strings.Split(list, ",") {
		d, err := time.ParseDuration(strings.TrimSpace(s))
		if err != nil {
			return nil, err
		}
		ds = append(ds, d)
	}
	return ds, nil
}

// latencyFlags are the latency phase's flags.
type latencyFlags struct {
	n, quietN      int
	gapMin, gapMax time.Duration
	quiet, poll    time.Duration
	sweep          []time.Duration // extra IdleCheck intervals
}

// runs lists the latency runs the flags ask for, in the order they run.
func (lf latencyFlags) runs() []latencyRun {
	gaps := func(int) time.Duration { return lf.gapMin + rand.N(lf.gapMax-lf.gapMin+1) }
	spread := fmt.Sprintf("%d messages %v-%v apart", lf.n, lf.gapMin, lf.gapMax)
	runs := []latencyRun{
		{label: "IDLE only (IdleCheck off, the default)", n: lf.n, gaps: gaps, spread: spread},
		{label: "IDLE + INBOX check every 100ms", n: lf.n, gaps: gaps, spread: spread,
			tweak: func(a *mailbox.Account) { a.IdleCheck = 100 * time.Millisecond }},
	}
	for _, iv := range lf.sweep {
		runs = append(runs, latencyRun{label: fmt.Sprintf("IDLE + INBOX check every %v", iv), n: lf.n, gaps: gaps, spread: spread,
			tweak: func(a *mailbox.Account) { a.IdleCheck = iv }})
	}
	if lf.quietN > 0 {
		runs = append(runs, latencyRun{label: "IDLE + INBOX check every 100ms, after quiet periods", n: lf.quietN,
			gaps: func(int) time.Duration { return lf.quiet }, spread: fmt.Sprintf("%d messages, each after %v without mail", lf.quietN, lf.quiet),
			tweak: func(a *mailbox.Account) { a.IdleCheck = 100 * time.Millisecond }})
	}
	if lf.poll > 0 {
		runs = append(runs, latencyRun{label: fmt.Sprintf("NOOP polling every %v (DisableIdle)", lf.poll), n: lf.n, gaps: gaps, spread: spread,
			tweak: func(a *mailbox.Account) { a.DisableIdle, a.PollInterval = true, lf.poll }})
	}
	return runs
}

type mailboxBench struct {
	out         io.Writer
	tb          *benchTB
	dir         string
	cmd         string
	handlerName string
	h           handlerFunc
}

// instance is one Dovecot with its fsync setting and the users seeded.
type instance struct {
	d      *mailtest.Dovecot
	fsync  bool
	seeded map[string]int
	users  int
}

func (i *instance) fsyncWord() string {
	if i.fsync {
		return "on"
	}
	return "off"
}

func (i *instance) fsyncDesc() string {
	if i.fsync {
		return "Dovecot fsync on (mail_fsync=optimized)"
	}
	return "Dovecot fsync off (mail_fsync=never)"
}

func (b *mailboxBench) start(fsync bool) *instance {
	return &instance{d: mailtest.StartDovecotWith(b.tb, mailtest.DovecotOptions{NoFsync: !fsync}), fsync: fsync, seeded: map[string]int{}}
}

// figure prints one quotable line: what, the value, the conditions and the
// command that measured it.
func (b *mailboxBench) figure(what, value, conditions string) {
	fmt.Fprintf(b.out, "%s: %s  (%s; %s)\n", what, value, conditions, b.cmd)
}

// newUser adds a fresh user to inst.
func (b *mailboxBench) newUser(inst *instance, prefix string) string {
	inst.users++
	user := fmt.Sprintf("%s-%d@example.com", prefix, inst.users)
	inst.d.AddUser(b.tb, user, "pw-"+strconv.Itoa(inst.users))
	return user
}

// seeded returns a user whose INBOX holds n client emails, written
// straight into the Maildir and then indexed by Dovecot (a real INBOX is
// indexed already; the bench must not charge that to fivemin).
func (b *mailboxBench) seeded(inst *instance, n int) (string, error) {
	for u, k := range inst.seeded {
		if k == n {
			return u, nil
		}
	}
	user := b.newUser(inst, fmt.Sprintf("inbox%d", n))
	t0 := time.Now()
	now := time.Now()
	for i := 0; i < n; i++ {
		if err := inst.d.WriteMaildirErr(user, "INBOX", clientMail(user, i), false, now); err != nil {
			return "", err
		}
	}
	c, err := inst.d.DialErr(user)
	if err != nil {
		return "", err
	}
	_, err = c.Select("INBOX", &imap.SelectOptions{ReadOnly: true}).Wait()
	c.Close()
	if err != nil {
		return "", err
	}
	inst.seeded[user] = n
	fmt.Fprintf(b.out, "# seeded %d messages into %s and let Dovecot index them in %v\n", n, user, time.Since(t0).Round(time.Millisecond))
	return user, nil
}

func account(d *mailtest.Dovecot, user string) mailbox.Account {
	return mailbox.Account{
		Name: user,
		IMAP: mailbox.Endpoint{Host: "127.0.0.1", Port: d.IMAPPort, TLS: mailbox.StartTLS, User: user,
			Password: d.Password(user), TLSConfig: &tls.Config{RootCAs: d.CertPool}},
		FirstRun: mailbox.FirstRun{Unseen: true},
	}
}

func openDB(path string) (*bbolt.DB, error) {
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{Timeout: 5 * time.Second})
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return db, nil
}

// msgSize is the -size flag: the least size of a bench message.
var msgSize int

// clientMail is a client email asking one quick and one paid question,
// padded to msgSize with the quoted earlier thread a real reply carries.
func clientMail(user string, i int) []byte {
	b := fmt.Appendf(nil, "From: Client %d <client%d@client.test>\r\nTo: %s\r\nSubject: Question %d about my invoice\r\nMessage-ID: <bench-%d-%s@client.test>\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHello,\r\n\r\nCould you confirm you received the documents I sent last week, and tell me\r\nwhen the quarterly return is due? Also, can you prepare the year-end\r\naccounts for the new company?\r\n\r\nThanks,\r\nClient %d\r\n",
		i, i, user, i, i, user, i)
	if len(b) < msgSize {
		b = append(b, "\r\nOn Mon, 16 Nov 2026 at 09:12, Rep wrote:\r\n"...)
		for n := 0; len(b) < msgSize; n++ {
			b = fmt.Appendf(b, "> Line %d of the earlier exchange about the invoices, the receipts and the\r\n", n)
		}
	}
	return b
}

// latencyRun is one arrival-to-draft measurement.
type latencyRun struct {
	label  string
	n      int
	gaps   func(i int) time.Duration // wait before message i
	spread string                    // how the messages arrive, for the figure
	tweak  func(*mailbox.Account)
}

// latency delivers r.n messages one by one over LMTP to a running poller
// and times each from the end of its delivery to its recorded draft.
func (b *mailboxBench) latency(ctx context.Context, inst *instance, r latencyRun) error {
	user := b.newUser(inst, "latency")
	acct := account(inst.d, user)
	if r.tweak != nil {
		r.tweak(&acct)
	}
	db, err := openDB(filepath.Join(b.dir, strings.Split(user, "@")[0]+".db"))
	if err != nil {
		return err
	}
	defer db.Close()
	var mu sync.Mutex
	sentAt := map[string]time.Time{}
	lat := make([]time.Duration, 0, r.n)
	got := make(chan struct{}, r.n)
	m, err := mailbox.New(mailbox.Config{Account: acct, DB: db, Handle: b.h,
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
	go func() { _ = m.Run(rctx); close(done) }() // ends by cancellation
	defer func() { cancel(); <-done }()
	// Connected, first round done, idling (and the check running).
	if err := waitReady(m, &acct); err != nil {
		return err
	}
	time.Sleep(200 * time.Millisecond)
	start := time.Now()
	for i := 0; i < r.n; i++ {
		select {
		case <-time.After(r.gaps(i)):
		case <-ctx.Done():
			return ctx.Err()
		}
		raw := clientMail(user, i)
		tok := mailbox.Token(user, raw)
		if err := inst.d.DeliverErr(user, raw); err != nil {
			return err
		}
		mu.Lock()
		sentAt[tok] = time.Now()
		mu.Unlock()
	}
	if err := awaitDrafts(ctx, got, r); err != nil {
		return err
	}
	mu.Lock()
	defer mu.Unlock()
	if len(lat) != r.n {
		return fmt.Errorf("%s: %d latencies for %d messages", r.label, len(lat), r.n)
	}
	slices.Sort(lat)
	pct := func(p float64) time.Duration { return lat[min(len(lat)-1, int(p*float64(len(lat))))] }
	ms := func(d time.Duration) string { return fmt.Sprintf("%.1fms", float64(d)/float64(time.Millisecond)) }
	st := m.Stats()
	value := fmt.Sprintf("p50 %s, p99 %s, max %s (targets p50 <= 100ms, p99 <= 500ms)", ms(pct(0.50)), ms(pct(0.99)), ms(lat[len(lat)-1]))
	how := fmt.Sprintf("first announced by IDLE %d, by the check %d", st.IdleWakes, st.CheckWakes)
	if acct.DisableIdle {
		how = fmt.Sprintf("%d polls", st.Polls)
	}
	b.figure("mailbox latency, "+r.label, value,
		fmt.Sprintf("%s by LMTP over %v; %s; WatchInterval default; %s; handler %s", r.spread, time.Since(start).Round(time.Second), how, inst.fsyncDesc(), b.handlerName))
	return nil
}

// waitReady waits until m is connected, its first round done, and (when
// acct has one) its INBOX check running, so no latency includes startup.
func waitReady(m *mailbox.Mailbox, acct *mailbox.Account) error {
	deadline := time.Now().Add(10 * time.Second)
	for m.Stats().Sessions == 0 || (acct.IdleCheck > 0 && !acct.DisableIdle && m.Stats().Checks == 0) {
		if time.Now().After(deadline) {
			return fmt.Errorf("poller for %s not ready within 10s", acct.IMAP.User)
		}
		time.Sleep(20 * time.Millisecond)
	}
	return nil
}

// awaitDrafts waits for the r.n drafts of a latency run, each signalled on got.
func awaitDrafts(ctx context.Context, got <-chan struct{}, r latencyRun) error {
	for i := 0; i < r.n; i++ {
		select {
		case <-got:
		case <-time.After(30 * time.Second):
			return fmt.Errorf("%s: only %d of %d drafts within 30s", r.label, i, r.n)
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// cpuUsage is the CPU time of this process.
func cpuUsage() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru) // cannot fail for RUSAGE_SELF
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// checkCost runs the poller with a fast INBOX check on an idle INBOX and
// charges the CPU the server (imap and imap-login processes: the login
// process is the TLS proxy) and this process spent to the checks made,
// after taking off what the same poller costs with the check off. For
// comparison it also times STATUS (UIDNEXT MESSAGES) on an unselected
// INBOX, the other cheap way to look.
func (b *mailboxBench) checkCost(ctx context.Context, inst *instance, small, big int) error {
	// Calibration: what merely waking up every 100ms costs this process.
	// On virtual machines this dominates the client's figure below.
	t := time.NewTicker(100 * time.Millisecond)
	c0 := cpuUsage()
	for i := 0; i < 30; i++ {
		<-t.C
	}
	t.Stop()
	b.figure("mailbox calibration, a bare Go timer firing every 100ms", fmt.Sprintf("%.0fµs CPU per firing", us((cpuUsage()-c0)/30)),
		"this process, nothing else running; the floor under the client's cost per check")

	// At the default interval: a check's cost depends on how often it
	// comes (a process woken every 10ms stays in cache; every 100ms it
	// does not).
	const every, span, base = 100 * time.Millisecond, 15 * time.Second, 5 * time.Second
	for _, size := range []int{small, big} {
		user, err := b.seeded(inst, size)
		if err != nil {
			return err
		}
		measure := func(check, span time.Duration) (server, client time.Duration, st mailbox.Stats, err error) {
			db, err := openDB(filepath.Join(b.dir, fmt.Sprintf("check-%d-%v.db", size, check)))
			if err != nil {
				return 0, 0, st, err
			}
			defer db.Close()
			acct := account(inst.d, user)
			acct.FirstRun = mailbox.FirstRun{} // only new mail: nothing to sync
			acct.IdleCheck = check
			m, err := mailbox.New(mailbox.Config{Account: acct, DB: db, Handle: b.h})
			if err != nil {
				return 0, 0, st, err
			}
			rctx, cancel := context.WithCancel(ctx)
			done := make(chan struct{})
			go func() { _ = m.Run(rctx); close(done) }() // ends by cancellation
			defer func() { cancel(); <-done }()
			deadline := time.Now().Add(10 * time.Second)
			for m.Stats().Sessions == 0 || (check > 0 && m.Stats().Checks < 10) {
				if time.Now().After(deadline) {
					return 0, 0, st, fmt.Errorf("poller for %s not ready within 10s", user)
				}
				time.Sleep(20 * time.Millisecond)
			}
			time.Sleep(200 * time.Millisecond)
			s0, err := inst.d.CPUTime("imap", "imap-login")
			if err != nil {
				return 0, 0, st, err
			}
			c0, st0 := cpuUsage(), m.Stats()
			time.Sleep(span)
			s1, err := inst.d.CPUTime("imap", "imap-login")
			c1, st1 := cpuUsage(), m.Stats()
			st = mailbox.Stats{Checks: st1.Checks - st0.Checks, CheckBytes: st1.CheckBytes - st0.CheckBytes}
			return s1 - s0, c1 - c0, st, err
		}
		s0, c0, _, err := measure(-1, base)
		if err != nil {
			return err
		}
		s1, c1, st, err := measure(every, span)
		if err != nil {
			return err
		}
		if st.Checks == 0 {
			return fmt.Errorf("no checks made in %v", span)
		}
		// The idle poller's own cost over the same span, taken off.
		scale := float64(span) / float64(base)
		s0, c0 = time.Duration(float64(s0)*scale), time.Duration(float64(c0)*scale)
		perServer, perClient := max(s1-s0, 0)/time.Duration(st.Checks), max(c1-c0, 0)/time.Duration(st.Checks)
		atDefault := func(d time.Duration) string {
			return fmt.Sprintf("%.3f%%", 100*float64(d)/float64(100*time.Millisecond))
		}
		b.figure(fmt.Sprintf("mailbox INBOX check (NOOP, INBOX examined), INBOX of %d", size),
			fmt.Sprintf("server %.0fµs CPU per check, client %.0fµs, %d bytes; at the default 100ms: %s + %s of a core per account",
				us(perServer), us(perClient), st.CheckBytes/st.Checks, atDefault(perServer), atDefault(perClient)),
			fmt.Sprintf("%d checks in %v at IdleCheck %v, less the same poller with the check off; server = Dovecot imap + imap-login (TLS) processes, from /proc/PID/schedstat; %s", st.Checks, span, every, inst.fsyncDesc()))
		// For comparison: STATUS on an unselected INBOX.
		ss, sc, k, err := statusCost(inst.d, user)
		if err != nil {
			return err
		}
		b.figure(fmt.Sprintf("mailbox STATUS (UIDNEXT MESSAGES) instead, INBOX of %d", size),
			fmt.Sprintf("server %.0fµs CPU per check, client %.0fµs", us(ss), us(sc)),
			fmt.Sprintf("%d STATUS commands back to back on a STARTTLS connection with nothing selected, another one idling on the INBOX; %s", k, inst.fsyncDesc()))
	}
	return nil
}

func us(d time.Duration) float64 { return float64(d) / float64(time.Microsecond) }

// statusCost times STATUS INBOX (UIDNEXT MESSAGES) with nothing selected,
// while another connection idles on the INBOX as the poller's would.
func statusCost(d *mailtest.Dovecot, user string) (server, client time.Duration, n int, err error) {
	dial := func() (*imapclient.Client, error) {
		c, err := imapclient.DialStartTLS(d.IMAPAddr(), &imapclient.Options{TLSConfig: &tls.Config{RootCAs: d.CertPool}})
		if err != nil {
			return nil, err
		}
		if err := c.Login(user, d.Password(user)).Wait(); err != nil {
			c.Close()
			return nil, err
		}
		return c, nil
	}
	idler, err := dial()
	if err != nil {
		return 0, 0, 0, err
	}
	defer idler.Close()
	if _, err := idler.Select("INBOX", &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		return 0, 0, 0, err
	}
	idle, err := idler.Idle()
	if err != nil {
		return 0, 0, 0, err
	}
	defer func() { _ = idle.Close() }()
	c, err := dial()
	if err != nil {
		return 0, 0, 0, err
	}
	defer c.Close()
	status := func() error {
		_, err := c.Status("INBOX", &imap.StatusOptions{UIDNext: true, NumMessages: true}).Wait()
		return err
	}
	if err := status(); err != nil {
		return 0, 0, 0, err
	}
	s0, err := d.CPUTime("imap", "imap-login")
	if err != nil {
		return 0, 0, 0, err
	}
	c0 := cpuUsage()
	t0 := time.Now()
	for time.Since(t0) < 2*time.Second {
		if err := status(); err != nil {
			return 0, 0, 0, err
		}
		n++
	}
	s1, err := d.CPUTime("imap", "imap-login")
	c1 := cpuUsage()
	return (s1 - s0) / time.Duration(n), (c1 - c0) / time.Duration(n), n, err
}

// firstSync syncs a seeded INBOX in a fresh process, so that its peak RSS
// is the sync's own.
func (b *mailboxBench) firstSync(ctx context.Context, inst *instance, n int, profile string) error {
	user, err := b.seeded(inst, n)
	if err != nil {
		return err
	}
	dbPath := filepath.Join(b.dir, fmt.Sprintf("sync-%s-%s.db", inst.fsyncWord(), strings.Split(user, "@")[0]))
	args := []string{"mailbox-sync-child",
		"-port", strconv.Itoa(inst.d.IMAPPort), "-user", user, "-password", inst.d.Password(user),
		"-db", dbPath, "-handler", b.handlerName, "-n", strconv.Itoa(n)}
	if profile != "" {
		args = append(args, "-cpuprofile", profile)
	}
	cmd := exec.CommandContext(ctx, os.Args[0], args...)
	cmd.Stderr = os.Stderr
	// The child trusts the instance's certificate through a PEM file.
	cmd.Env = append(os.Environ(), "FIVEMIN_BENCH_CA="+filepath.Join(inst.d.Dir, "cert.pem"))
	s0, err := inst.d.TotalCPUTime()
	if err != nil {
		return err
	}
	res, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("sync child: %w", err)
	}
	s1, err := inst.d.TotalCPUTime()
	if err != nil {
		return err
	}
	var r syncResult
	if err := json.Unmarshal(res, &r); err != nil {
		return fmt.Errorf("sync child said %q: %w", res, err)
	}
	if r.Fetched != n {
		return fmt.Errorf("first sync fetched %d of %d messages", r.Fetched, n)
	}
	b.figure(fmt.Sprintf("mailbox first sync, %s", inst.fsyncDesc()),
		fmt.Sprintf("%.0f messages/s (%d messages, %d drafts in %.2fs), peak RSS %.1f MB (targets >= 500/s, <= 150 MB)",
			float64(r.Fetched)/r.Seconds, r.Fetched, r.Drafted, r.Seconds, float64(r.VmHWMKB)/1024),
		fmt.Sprintf("fresh process, INBOX indexed beforehand, %d-byte messages; client CPU %.2fs, server CPU %.2fs; handler %s",
			len(clientMail(user, n/2)), r.CPUSeconds, (s1-s0).Seconds(), b.handlerName))
	return nil
}

type syncResult struct {
	Fetched, Drafted int
	Seconds          float64
	CPUSeconds       float64
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
	prof := fs.String("cpuprofile", "", "")
	n := fs.Int("n", 0, "messages in the INBOX, each to be drafted")
	if err := fs.Parse(args); err != nil {
		return err
	}
	pem, err := os.ReadFile(os.Getenv("FIVEMIN_BENCH_CA"))
	if err != nil {
		return err
	}
	h, err := newHandler(*handler)
	if err != nil {
		return err
	}
	acct := mailbox.Account{
		Name: *user,
		IMAP: mailbox.Endpoint{Host: "127.0.0.1", Port: *port, TLS: mailbox.StartTLS, User: *user, Password: *password,
			TLSConfig: &tls.Config{RootCAs: poolFromPEM(pem)}},
		FirstRun: mailbox.FirstRun{Unseen: true},
	}
	db, err := openDB(*dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	// done counts the messages handled: drafted, or skipped by the handler.
	var drafted, skipped atomic.Int64
	count := func(ctx context.Context, msg *mailbox.Message) (mailbox.Result, error) {
		res, err := h(ctx, msg)
		if err == nil && res.Draft == nil {
			skipped.Add(1)
		}
		return res, err
	}
	m, err := mailbox.New(mailbox.Config{Account: acct, DB: db, Handle: count,
		OnDraft: func(context.Context, mailbox.DraftInfo) { drafted.Add(1) }})
	if err != nil {
		return err
	}
	if *prof != "" {
		f, err := os.Create(*prof)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	cpu0 := cpuUsage()
	rctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { _ = m.Run(rctx); close(done) }() // ends by cancellation
	defer func() { cancel(); <-done }()
	// The sync is over when all n messages are handled. It is timed from
	// the login (Status.Since), so that Run's start-up jitter is not
	// counted.
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	for drafted.Load()+skipped.Load() < int64(*n) {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
		}
	}
	end := time.Now()
	st := m.Status()
	if !st.Connected {
		return fmt.Errorf("drafted %d messages but not connected: %+v", *n, st)
	}
	secs := end.Sub(st.Since).Seconds()
	return json.NewEncoder(out).Encode(syncResult{Fetched: int(drafted.Load() + skipped.Load()), Drafted: int(drafted.Load()), Seconds: secs,
		CPUSeconds: (cpuUsage() - cpu0).Seconds(), VmHWMKB: vmHWM()})
}

// vmHWM reads this process's peak resident set size in kB.
func vmHWM() int64 { return procStatusKB("VmHWM:") }

// procStatusKB reads a kB field of /proc/self/status (-1 if unreadable).
func procStatusKB(field string) int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, field); ok {
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

// benchTB lets the test harness start servers outside a test.
type benchTB struct{ cleanups []func() }

// recoverFatal, deferred, turns benchTB's Fatal (a benchFatal panic)
// into *err; any other panic goes on.
func recoverFatal(err *error) {
	if r := recover(); r != nil {
		f, ok := r.(benchFatal)
		if !ok {
			panic(r)
		}
		*err = fmt.Errorf("%s", f.msg)
	}
}

type benchFatal struct{ msg string }

func (b *benchTB) Helper()                           {}
func (b *benchTB) Fatal(args ...any)                 { panic(benchFatal{fmt.Sprint(args...)}) }
func (b *benchTB) Errorf(format string, args ...any) { fmt.Fprintf(os.Stderr, format+"\n", args...) }
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
