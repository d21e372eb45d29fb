package mailbox

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"
)

// TestHelperProcess is not a test: TestKill9ExactlyOnce re-executes the
// test binary with FIVEMIN_HELPER set to run a poller in a child process
// it can kill -9.
func TestHelperProcess(t *testing.T) {
	if os.Getenv("FIVEMIN_HELPER") != "1" {
		t.Skip("helper process for TestKill9ExactlyOnce")
	}
	port, _ := strconv.Atoi(os.Getenv("FIVEMIN_IMAP_PORT"))
	db := openDB(t, os.Getenv("FIVEMIN_DB"))
	acct := Account{
		Name:     rep,
		IMAP:     Endpoint{Host: "127.0.0.1", Port: port, TLS: NoTLS, User: rep, Password: os.Getenv("FIVEMIN_PASSWORD")},
		FirstRun: FirstRun{Unseen: true}, CommandTimeout: 5 * time.Second, MaxBackoff: 200 * time.Millisecond,
	}
	handle := func(ctx context.Context, m *Message) (Result, error) {
		if bytes.Contains(m.Raw, []byte("[crash]")) {
			// A message that kills the process (as running out of memory
			// under a limit would).
			_ = syscall.Kill(os.Getpid(), syscall.SIGKILL)
			select {}
		}
		time.Sleep(time.Duration(rand.IntN(3000)) * time.Microsecond) // widen the windows
		return buildDraft(m)
	}
	level := slog.LevelWarn
	if os.Getenv("FIVEMIN_LOG_INFO") == "1" {
		level = slog.LevelInfo
	}
	m, err := New(Config{Account: acct, DB: db, Handle: handle,
		Logger: slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(3)
	}
	// A killed run's pipelined APPENDs may still be stored by the server
	// after the next run looked for them: look again soon.
	m.recheckAfter = []time.Duration{time.Second, 2 * time.Second}
	if os.Getenv("FIVEMIN_EXIT_WHEN_IDLE") == "1" {
		m.acct.WatchInterval = 100 * time.Millisecond // wake up soon after the first round
		m.hook().onRound = func(s SyncStats) {
			// Done once nothing is left to fetch and every draft appended
			// again after a kill had its first duplicate check.
			if _, unchecked, err := m.nextRecheck(); err == nil && s.Fetched == 0 && unchecked == 0 {
				db.Close()
				os.Exit(0)
			}
		}
	}
	_ = m.Run(context.Background()) // killed by the parent
	os.Exit(4)
}

// TestKill9ExactlyOnce kills a poller process with SIGKILL at random
// moments while mail keeps arriving, restarts it each time, and checks
// that every client email ends up with exactly one draft.
func TestKill9ExactlyOnce(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("slow")
	}
	d := startDovecot(t)
	dbPath := filepath.Join(t.TempDir(), "state.db")
	child := func(exitWhenIdle bool) *exec.Cmd {
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$", "-test.count=1")
		cmd.Env = append(os.Environ(), "FIVEMIN_HELPER=1", "FIVEMIN_DB="+dbPath,
			"FIVEMIN_IMAP_PORT="+strconv.Itoa(d.IMAPPort), "FIVEMIN_PASSWORD="+d.Password(rep))
		if exitWhenIdle {
			cmd.Env = append(cmd.Env, "FIVEMIN_EXIT_WHEN_IDLE=1")
		}
		return cmd
	}
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 7))
	t.Logf("seed for kill timings is time-based; messages are fixed")
	want := map[string]bool{}
	skips := map[string]bool{}
	n := 0
	deliver := func(k int) {
		for i := 0; i < k; i++ {
			n++
			subj := "question " + strconv.Itoa(n)
			if n%7 == 0 {
				subj += " [skip]"
			}
			raw := clientMail(n, subj)
			d.Deliver(t, rep, raw)
			if n%7 == 0 {
				skips[Token(rep, raw)] = true
			} else {
				want[Token(rep, raw)] = true
			}
		}
	}
	deliver(20)
	const rounds = 25
	for i := 0; i < rounds; i++ {
		cmd := child(false)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(rng.IntN(250)) * time.Millisecond)
		deliver(rng.IntN(5))
		time.Sleep(time.Duration(rng.IntN(60)) * time.Millisecond)
		_ = cmd.Process.Signal(syscall.SIGKILL)
		_ = cmd.Wait() // killed: the error says so
	}
	cmd := child(true)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("final run: %v\n%s", err, out)
	}
	got := draftsByToken(t, d, rep)
	// The state agrees with the server. A message that happened to be in
	// hand at two kills is quarantined: no draft, and a record saying so.
	db := openDB(t, dbPath)
	defer db.Close()
	m := newMailbox(t, Config{Account: Account{Name: rep, IMAP: Endpoint{Host: "127.0.0.1", Port: 1, TLS: NoTLS}}, DB: db, Handle: buildDraftHandle})
	quarantined := 0
	for tok := range want {
		r, _ := m.Lookup(tok)
		switch {
		case r != nil && r.Outcome == OutcomeFailed && r.Reason == ReasonQuarantined && got[tok] == 0:
			quarantined++
		case got[tok] != 1:
			t.Errorf("token %s: %d drafts, want 1", tok[:8], got[tok])
		case r == nil || r.Outcome != OutcomeDrafted:
			t.Errorf("token %s recorded as %+v", tok[:8], r)
		}
	}
	for tok, c := range got {
		if !want[tok] {
			t.Errorf("unexpected draft for %s (%d copies; skip=%v)", tok[:8], c, skips[tok])
		}
	}
	for tok := range skips {
		if r, _ := m.Lookup(tok); r == nil || (r.Outcome != OutcomeSkipped && r.Reason != ReasonQuarantined) {
			t.Errorf("skip %s recorded as %+v", tok[:8], r)
		}
	}
	t.Logf("%d messages (%d skipped) over %d kills: %d drafts, %d quarantined", n, len(skips), rounds, len(got), quarantined)
}

func buildDraftHandle(_ context.Context, m *Message) (Result, error) { return buildDraft(m) }

// TestCrashLoopQuarantine delivers a message that kills the process
// handling it, between two good ones: the first crash costs nothing but
// time, the restart after it drafts the mail before the culprit (one
// message at a time), and the start after the second crash skips the
// culprit with a record and drafts the rest.
func TestCrashLoopQuarantine(t *testing.T) {
	t.Parallel()
	d := startDovecot(t)
	dbPath := filepath.Join(t.TempDir(), "state.db")
	mails := [][]byte{clientMail(1, "before the culprit"), clientMail(2, "the culprit [crash]"), clientMail(3, "after the culprit")}
	for _, raw := range mails {
		d.Deliver(t, rep, raw)
	}
	good1, culprit, good2 := Token(rep, mails[0]), Token(rep, mails[1]), Token(rep, mails[2])
	run := func() error {
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$", "-test.count=1")
		cmd.Env = append(os.Environ(), "FIVEMIN_HELPER=1", "FIVEMIN_DB="+dbPath, "FIVEMIN_EXIT_WHEN_IDLE=1", "FIVEMIN_LOG_INFO=1",
			"FIVEMIN_IMAP_PORT="+strconv.Itoa(d.IMAPPort), "FIVEMIN_PASSWORD="+d.Password(rep))
		cmd.WaitDelay = 5 * time.Second
		ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		defer cancel()
		go func() { <-ctx.Done(); _ = cmd.Process.Kill() }()
		out, err := cmd.CombinedOutput()
		t.Logf("run: %v\n%s", err, out)
		return err
	}
	if err := run(); err == nil {
		t.Fatal("first run survived the culprit")
	}
	if got := draftsByToken(t, d, rep); len(got) != 0 {
		t.Fatalf("drafts after the first crash: %v (the group dies with the process)", got)
	}
	if err := run(); err == nil {
		t.Fatal("second run survived the culprit")
	}
	if got := draftsByToken(t, d, rep); got[good1] != 1 || len(got) != 1 {
		t.Fatalf("drafts after the second crash: %v, want the message before the culprit", got)
	}
	if err := run(); err != nil {
		t.Fatalf("third run: %v", err)
	}
	got := draftsByToken(t, d, rep)
	if got[good1] != 1 || got[good2] != 1 || got[culprit] != 0 {
		t.Errorf("drafts %v: want one each for the good messages, none for the culprit", got)
	}
	db := openDB(t, dbPath)
	defer db.Close()
	m := newMailbox(t, Config{Account: Account{Name: rep, IMAP: Endpoint{Host: "127.0.0.1", Port: 1, TLS: NoTLS}}, DB: db, Handle: buildDraftHandle})
	r, err := m.Lookup(culprit)
	if err != nil || r == nil || r.Outcome != OutcomeFailed || r.Reason != ReasonQuarantined {
		t.Fatalf("culprit recorded as %+v (%v)", r, err)
	}
	if att, _ := m.Attention(); len(att) != 1 || att[0].Token != culprit || att[0].Subject != "the culprit [crash]" {
		t.Errorf("attention list %+v, want the culprit", att)
	}
}
