package app

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/fivemin/fivemin/cmd/fivemin/internal/config"
	"github.com/fivemin/fivemin/mailbox"
	"github.com/fivemin/fivemin/mailbox/mailtest"
	"github.com/fivemin/fivemin/quoting/ledger"
)

// switchConfig is Options.Config for a configuration the test replaces.
type switchConfig struct {
	mu      sync.Mutex
	cfg     *config.Config
	changed chan struct{}
}

func (s *switchConfig) get() (*config.Config, <-chan struct{}) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.cfg, s.changed
}

func (s *switchConfig) set(c *config.Config) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.cfg = c
	close(s.changed)
	s.changed = make(chan struct{})
}

// poisonTiers breaks on some senders, as a bug would.
type poisonTiers struct{}

func (poisonTiers) TierOf(addr string) string {
	if strings.HasPrefix(addr, "odd") {
		panic("tier lookup broke on " + addr)
	}
	return ""
}
func (poisonTiers) Organisation(string) string { return "" }

func question(n int, from, subject string) []byte {
	return []byte(fmt.Sprintf("From: %s\r\nTo: %s\r\nSubject: %s\r\nMessage-ID: <q-%d@client.test>\r\n"+
		"Date: Mon, 23 Nov 2026 10:00:00 +0000\r\n\r\nHi Carla,\r\n\r\nCould you prepare my amended return for last year?\r\n\r\nThanks\r\n", from, rep, subject, n))
}

// startApp runs an App over d with cfg and returns it and its ledger state.
func startApp(t *testing.T, d *mailtest.Dovecot, conf func() (*config.Config, <-chan struct{}), tiers TierSource) *App {
	t.Helper()
	cfg, _ := conf()
	led := openLedger(t, cfg.State.Path)
	a, err := New(Options{
		Config: conf, Ledger: led, Logger: testLogger(t), Tiers: tiers,
		TLSConfig: &tls.Config{RootCAs: d.CertPool},
		Account: func(acct *mailbox.Account) {
			acct.CommandTimeout = 10 * time.Second
			acct.MaxBackoff = 200 * time.Millisecond
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	runApp(t, a)
	waitFor(t, "the mailbox running", 10*time.Second, func() bool { return a.RunningMailbox(rep) != nil })
	return a
}

// runApp runs a until the test ends, and fails the test if Run fails.
func runApp(t *testing.T, a *App) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
	})
}

// TestPoisonMessagesOnDovecot: five messages that trip a bug in handling,
// then a good one. The good one is drafted on the first connection, each
// poison message is handled once and recorded as failed with its reason.
func TestPoisonMessagesOnDovecot(t *testing.T) {
	t.Parallel()
	d := mailtest.StartDovecot(t)
	d.AddUser(t, rep, "pw-carla")
	cfg := testConfig(t, d.IMAPPort, 587, filepath.Join(t.TempDir(), "state.db"))
	a := startApp(t, d, Static(cfg), poisonTiers{})
	mb := a.RunningMailbox(rep)
	var poison []string
	for i := 1; i <= 5; i++ {
		raw := question(i, fmt.Sprintf("Odd Sender <odd%d@client.test>", i), "amended return")
		d.Deliver(t, rep, raw)
		poison = append(poison, mailbox.Token(rep, raw))
	}
	good := question(6, "Dana Kim <dana@kimscorner.test>", "amended return")
	d.Deliver(t, rep, good)
	waitDrafted(t, mb, mailbox.Token(rep, good))
	for i, tok := range poison {
		r, err := mb.Lookup(tok)
		if err != nil || r == nil || r.Outcome != mailbox.OutcomeFailed || r.Reason != reasonInternal {
			t.Errorf("poison %d recorded as %+v (%v)", i+1, r, err)
		}
	}
	if s := mb.Stats().Sessions; s != 1 {
		t.Errorf("%d connections; a message that cannot be handled must not cost a reconnection", s)
	}
}

// TestConfigFailureRetriedAfterReload: mail that fails because the
// configuration in force cannot draft (its templates are missing) is
// recorded as a "config" failure and drafted once a fixed configuration
// is loaded. The broken one names a template variant that does not exist
// for the client's tier.
func TestConfigFailureRetriedAfterReload(t *testing.T) {
	t.Parallel()
	d := mailtest.StartDovecot(t)
	d.AddUser(t, rep, "pw-carla")
	good := testConfig(t, d.IMAPPort, 587, filepath.Join(t.TempDir(), "state.db"))
	conf := &switchConfig{cfg: good, changed: make(chan struct{})}
	a := startApp(t, d, conf.get, fakeTiers{"dana@kimscorner.test": "A"})
	mb := a.RunningMailbox(rep)

	broken := *good
	broken.Tiers.A.Template = "no-such-variant"
	conf.set(&broken)
	raw := question(1, "Dana Kim <dana@kimscorner.test>", "amended return")
	d.Deliver(t, rep, raw)
	tok := mailbox.Token(rep, raw)
	waitFor(t, "the config failure recorded", 10*time.Second, func() bool {
		r, _ := mb.Lookup(tok)
		return r != nil && r.Outcome == mailbox.OutcomeFailed && r.Reason == reasonConfig
	})
	fixed := *good
	conf.set(&fixed)
	waitDrafted(t, mb, tok)
	if got := d.Messages(t, rep, "Drafts"); len(got) != 1 || got[0].Header.Get(mailbox.HeaderSource) != tok {
		t.Errorf("Drafts holds %d messages, want the one draft", len(got))
	}
}

// TestLedgerErrorsClassified: what the ledger refuses as invalid fails the
// message for good; other ledger errors are retried.
func TestLedgerErrorsClassified(t *testing.T) {
	for _, tc := range []struct {
		err       error
		permanent bool
	}{
		{fmt.Errorf("quote Q-1: %w: client too long", ledger.ErrInvalid), true},
		{errors.New("state file: input/output error"), false},
	} {
		err := ledgerErr("recording", tc.err)
		if mailbox.IsPermanent(err) != tc.permanent || !errors.Is(err, tc.err) {
			t.Errorf("%v: permanent %v, want %v", err, mailbox.IsPermanent(err), tc.permanent)
		}
	}
}

// TestDraftRecordBounded: what a draft's record keeps of the client's
// header is capped, however large the header.
func TestDraftRecordBounded(t *testing.T) {
	refs := make([]string, 500)
	for i := range refs {
		refs[i] = fmt.Sprintf("<ref-%d@client.test>", i)
	}
	refs = append(refs, "<"+strings.Repeat("x", 5000)+"@client.test>")
	m := &draftMeta{Subject: strings.Repeat("é", 10000), ClientName: strings.Repeat("n", 10000), References: refs}
	m.bound()
	if len(m.Subject) > maxMetaText || len(m.ClientName) > maxMetaText || !utf8.ValidString(m.Subject) {
		t.Errorf("subject %d bytes, name %d bytes", len(m.Subject), len(m.ClientName))
	}
	if len(m.References) > maxMetaReferences || m.References[0] != "<ref-0@client.test>" || m.References[len(m.References)-1] != "<ref-499@client.test>" {
		t.Errorf("references %d: first %s last %s", len(m.References), m.References[0], m.References[len(m.References)-1])
	}
}

func TestNotClientReason(t *testing.T) {
	cfg := testConfig(t, 143, 587, filepath.Join(t.TempDir(), "state.db"))
	for _, tc := range []struct{ from, want string }{
		{"", skipNoSender},
		{"undisclosed-recipients", skipNoSender},
		{"ben@tidewaterbooks.test", skipOwnDomain},
		{"alerts@billing.tidewaterbooks.test", skipOwnDomain},
		{"noreply@bank.test", skipNotClient},
	} {
		if got := notClientReason(cfg, tc.from); got != tc.want {
			t.Errorf("%q: %s, want %s", tc.from, got, tc.want)
		}
	}
}
