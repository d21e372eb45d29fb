package app

import (
	"context"
	"crypto/tls"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/fivemin/fivemin/cmd/fivemin/internal/config"
	"github.com/fivemin/fivemin/mailbox"
	"github.com/fivemin/fivemin/mailbox/mailtest"
	"github.com/fivemin/fivemin/quoting/ledger"
)

const rep = "carla@tidewaterbooks.test"

// testLogger routes logs to the test while it runs.
func testLogger(t testing.TB) *slog.Logger { return mailtest.Logger(t) }

func corpus(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "..", "..", "triage", "testdata", "corpus", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func waitFor(t testing.TB, what string, timeout time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(25 * time.Millisecond)
	}
}

// waitDrafted waits until the mailbox has recorded tok's draft as stored
// (the ledger records the quote just before the APPEND).
func waitDrafted(t testing.TB, mb *mailbox.Mailbox, tok string) {
	t.Helper()
	waitFor(t, "the draft recorded", 10*time.Second, func() bool {
		r, _ := mb.Lookup(tok)
		return r != nil && r.Outcome == mailbox.OutcomeDrafted
	})
}

// testConfig is a firm with one rep on the given servers.
func testConfig(t testing.TB, imapPort, smtpPort int, statePath string) *config.Config {
	t.Helper()
	return firmConfig(t, statePath, `timezone = "UTC"`, `
[rates]
default = "85.00"
[rates.category]
tax = "120.00"
[quote]
validity_days = 30
follow_up_business_days = 3`, fmt.Sprintf(`
signature = "Carla"
first_run = "all"
[rep.imap]
host = "127.0.0.1"
port = %d
tls = "starttls"
password_env = "PW"
[rep.smtp]
host = "127.0.0.1"
port = %d
tls = "starttls"
password_env = "PW"`, imapPort, smtpPort), "pw-carla")
}

// handleConfig is a firm with one rep whose mailbox is never opened (for
// tests of Handle alone), its state at statePath. firm is added to the
// [firm] table; sections (rates, tiers) follow [state].
func handleConfig(t testing.TB, statePath, firm, sections string) *config.Config {
	t.Helper()
	return firmConfig(t, statePath, firm, sections, `
[rep.imap]
host = "127.0.0.1"
tls = "none"
password_env = "PW"`, "pw")
}

// firmConfig is the test firm's configuration with its one rep, Carla:
// firm is added to the [firm] table, sections (rates, tiers, quote)
// follow [state], and repTail follows the rep's name and address. Every
// secret reads as secret.
func firmConfig(t testing.TB, statePath, firm, sections, repTail, secret string) *config.Config {
	t.Helper()
	toml := fmt.Sprintf(`
[firm]
name = "Tidewater Books"
domain = "tidewaterbooks.test"
currency = "USD"
%s
[state]
path = %q
%s
[[rep]]
name = "Carla Nunes"
address = %q
%s
`, firm, statePath, sections, rep, repTail)
	cfg, err := config.Parse("test.toml", []byte(toml), config.Options{Getenv: func(string) string { return secret }})
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

func openLedger(t testing.TB, path string) *ledger.Ledger {
	t.Helper()
	db, err := ledger.Open(path, ledger.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	l, err := ledger.New(context.Background(), db, ledger.Options{Location: time.UTC})
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// TestPipelineOnDovecot runs the whole pipeline against a real Dovecot
// (IMAP, LMTP delivery) and Postfix (SMTP submission): a client email
// becomes a quote draft in Drafts and the ledger, a newsletter gets none,
// the rep sends the draft, the client's "go ahead" accepts the quote.
func TestPipelineOnDovecot(t *testing.T) {
	d := mailtest.StartDovecot(t)
	d.AddUser(t, rep, "pw-carla")
	p := mailtest.StartPostfix(t, d)
	pool := d.CertPool
	if p.CertPool != nil && p.CertPool != d.CertPool {
		t.Fatal("postfix and dovecot use different test CAs; the test trusts one pool")
	}
	state := filepath.Join(t.TempDir(), "state.db")
	cfg := testConfig(t, d.IMAPPort, p.Port, state)
	led := openLedger(t, state)
	a, err := New(Options{
		Config: Static(cfg), Ledger: led, Logger: testLogger(t),
		TLSConfig: &tls.Config{RootCAs: pool},
		Account: func(acct *mailbox.Account) {
			acct.WatchInterval = 100 * time.Millisecond
			acct.CommandTimeout = 10 * time.Second
			acct.MaxBackoff = 200 * time.Millisecond
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	runApp(t, a)
	ctx := context.Background()

	mail := corpus(t, "triage/001.eml") // 2 quick asks, 1 paid
	news := corpus(t, "triage/016.eml") // newsletter
	d.Deliver(t, rep, mail)
	d.Deliver(t, rep, news)
	tok := mailbox.Token(rep, mail)
	newsTok := mailbox.Token(rep, news)

	var draft mailtest.Message
	waitFor(t, "the draft in Drafts", 20*time.Second, func() bool {
		for _, m := range d.Messages(t, rep, "Drafts") {
			if m.Header.Get(mailbox.HeaderSource) == tok {
				draft = m
				return true
			}
		}
		return false
	})
	if !draft.HasFlag("\\Draft") {
		t.Errorf("draft flags %v lack \\Draft", draft.Flags)
	}
	quoteID := draft.Header.Get(mailbox.HeaderQuoteID)
	if !strings.HasPrefix(quoteID, "Q-") || !strings.Contains(draft.Header.Get("Subject"), "["+quoteID+"]") {
		t.Fatalf("draft quote ID %q, subject %q", quoteID, draft.Header.Get("Subject"))
	}
	body := string(draft.Raw)
	for _, want := range []string{"Did you get the bank statements", "reconcile the card", "go ahead", "> Hi Carla,"} {
		if !strings.Contains(strings.ReplaceAll(body, "=\r\n", ""), want) {
			t.Errorf("draft lacks %q", want)
		}
	}
	em, err := led.Email(ctx, tok)
	if err != nil || em.QuoteID != quoteID || em.Questions != 3 || em.FreeMinutes < 1 {
		t.Fatalf("ledger email = %+v, %v", em, err)
	}
	q, err := led.Quote(ctx, quoteID)
	if err != nil || q.Status != ledger.Drafted || q.Total <= 0 || len(q.Asks) != 1 {
		t.Fatalf("ledger quote = %+v, %v", q, err)
	}
	// The newsletter got no draft, for the right reason.
	mb := a.RunningMailbox(rep)
	waitFor(t, "the newsletter's outcome", 10*time.Second, func() bool {
		r, _ := mb.Lookup(newsTok)
		return r != nil && r.Outcome == mailbox.OutcomeSkipped
	})
	if r, _ := mb.Lookup(newsTok); r.Reason != "bulk" {
		t.Errorf("newsletter skipped as %q, want bulk", r.Reason)
	}
	// The client's own mail stays unread for the rep.
	for _, m := range d.Messages(t, rep, "INBOX") {
		if m.HasFlag("\\Seen") {
			t.Errorf("fivemin marked the client's mail seen")
		}
	}

	// The rep sends it as it is (its answer placeholders unfilled, hence
	// force); the quote is sent.
	waitDrafted(t, mb, tok)
	if _, err := mb.Send(ctx, tok, true); err != nil {
		t.Fatalf("send: %v", err)
	}
	waitFor(t, "the quote marked sent", 10*time.Second, func() bool {
		q, _ := led.Quote(ctx, quoteID)
		return q != nil && q.Status == ledger.Sent
	})

	// The client says yes.
	reply := fmt.Sprintf("From: Dana Kim <dana@kimscorner.test>\r\nTo: %s\r\nSubject: Re: Statements [%s]\r\n"+
		"Message-ID: <yes-1@kimscorner.test>\r\nIn-Reply-To: <%s>\r\nDate: Mon, 23 Nov 2026 12:00:00 +0000\r\n\r\n"+
		"Yes please, go ahead.\r\n\r\nDana\r\n", rep, quoteID, q.MessageID)
	d.Deliver(t, rep, []byte(reply))
	waitFor(t, "the quote accepted", 15*time.Second, func() bool {
		q, _ := led.Quote(ctx, quoteID)
		return q != nil && q.Status == ledger.Accepted
	})
	// A bare yes needs no new draft.
	waitFor(t, "the reply's outcome", 10*time.Second, func() bool {
		r, _ := mb.Lookup(mailbox.Token(rep, []byte(reply)))
		return r != nil && r.Outcome == mailbox.OutcomeSkipped
	})
	rep, err := led.Report(ctx, ledger.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Totals.Accepted != 1 || rep.Totals.ValueAccepted != q.Total || rep.Totals.Emails != 2 {
		t.Errorf("report totals %+v", rep.Totals)
	}
}

// fakeTiers is a TierSource made of function fields' worth of maps.
type fakeTiers map[string]string

func (f fakeTiers) TierOf(addr string) string       { return f[addr] }
func (f fakeTiers) Organisation(addr string) string { return "" }

// TestTierPolicyOnDraft: a client's tier changes the free minutes, the
// rate and the wording of the draft, through the pipeline's Handle.
func TestTierPolicyOnDraft(t *testing.T) {
	state := filepath.Join(t.TempDir(), "state.db")
	cfg := handleConfig(t, state, `free_minutes = 5`, `
[rates]
default = "100.00"
round_minutes = 15
block_minutes = 0
[tiers.A]
free_minutes = 15
template = "warm"
[tiers.E]
free_minutes = 0
rate_multiplier = "1.5"
template = "upfront"`)
	led := openLedger(t, state)
	tiersOf := fakeTiers{"dana@kimscorner.test": "A"}
	a, err := New(Options{Config: Static(cfg), Ledger: led, Tiers: tiersOf, Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	raw := corpus(t, "triage/011.eml") // six quick asks, four paid
	raw = []byte(strings.Replace(string(raw), "jill@carvercreative.test", "dana@kimscorner.test", -1))
	handle := func(tok string) (string, *ledger.Quote) {
		res, err := a.Handle(context.Background(), rep, &mailbox.Message{Account: rep, Raw: raw, Token: tok, InternalDate: time.Now()})
		if err != nil || res.Draft == nil {
			t.Fatalf("Handle: %v %+v", err, res)
		}
		em, err := led.Email(context.Background(), tok)
		if err != nil {
			t.Fatal(err)
		}
		q, err := led.Quote(context.Background(), em.QuoteID)
		if err != nil {
			t.Fatal(err)
		}
		return strings.ReplaceAll(string(res.Draft), "=\r\n", ""), q
	}

	draftA, qA := handle(strings.Repeat("a", 64))
	if !strings.Contains(draftA, "Thank you for getting in touch") || qA.Tier != "A" {
		t.Errorf("tier A: warm wording and tier expected:\n%s", draftA)
	}
	if len(qA.Asks) != 4 || qA.Rate != 10000 {
		t.Errorf("tier A: 15 free minutes keep all six quick asks free, 4 paid at $100: %d asks, rate %d", len(qA.Asks), qA.Rate)
	}

	tiersOf["dana@kimscorner.test"] = "E"
	draftE, qE := handle(strings.Repeat("e", 64))
	if !strings.HasPrefix(strings.SplitN(draftE, "\r\n\r\n", 2)[1], "Hi Jill,\r\n\r\nThis will need ") {
		t.Errorf("tier E: the quote comes first:\n%s", draftE)
	}
	// No free minutes, but six one-line questions are still answered, not
	// billed one by one (issue 9): the four paid asks are quoted at $150.
	if len(qE.Asks) != 4 || qE.Rate != 15000 || qE.Tier != "E" {
		t.Errorf("tier E: four paid asks quoted at $150, the quick ones answered: %d asks, rate %d", len(qE.Asks), qE.Rate)
	}
}

// TestFollowUpAndExpiry: a sent quote without an answer gets one
// follow-up draft, threaded to it, after the configured business days,
// and expires after its validity.
func TestFollowUpAndExpiry(t *testing.T) {
	d := mailtest.StartDovecot(t)
	d.AddUser(t, rep, "pw-carla")
	p := mailtest.StartPostfix(t, d)
	state := filepath.Join(t.TempDir(), "state.db")
	cfg := testConfig(t, d.IMAPPort, p.Port, state)
	led := openLedger(t, state)
	var mu sync.Mutex
	now := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC) // a Friday
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	a, err := New(Options{
		Config: Static(cfg), Ledger: led, Logger: testLogger(t), Now: clock,
		TLSConfig: &tls.Config{RootCAs: d.CertPool}, SweepInterval: time.Hour,
		Account: func(acct *mailbox.Account) { acct.WatchInterval = 100 * time.Millisecond },
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { _ = a.Run(ctx); close(done) }() // ends by cancellation
	defer func() { cancel(); <-done }()

	mail := corpus(t, "triage/023.eml") // one paid ask
	d.Deliver(t, rep, mail)
	tok := mailbox.Token(rep, mail)
	waitFor(t, "the draft", 20*time.Second, func() bool {
		e, err := led.Email(ctx, tok)
		return err == nil && e.QuoteID != ""
	})
	e, _ := led.Email(ctx, tok)
	waitFor(t, "the mailbox", 10*time.Second, func() bool { return a.RunningMailbox(rep) != nil })
	waitDrafted(t, a.RunningMailbox(rep), tok)
	if _, err := a.RunningMailbox(rep).Send(ctx, tok, false); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "sent", 10*time.Second, func() bool { q, _ := led.Quote(ctx, e.QuoteID); return q.Status == ledger.Sent })

	// Two business days later (Tuesday): not due yet.
	mu.Lock()
	now = now.AddDate(0, 0, 4)
	mu.Unlock()
	if err := a.Sweep(ctx); err != nil {
		t.Fatal(err)
	}
	if q, _ := led.Quote(ctx, e.QuoteID); q.FollowedUp {
		t.Fatal("follow-up made before it was due")
	}
	// Wednesday: three business days.
	mu.Lock()
	now = now.AddDate(0, 0, 1)
	mu.Unlock()
	for i := 0; i < 2; i++ { // a second sweep must not make a second one
		if err := a.Sweep(ctx); err != nil {
			t.Fatal(err)
		}
	}
	q, _ := led.Quote(ctx, e.QuoteID)
	if !q.FollowedUp {
		t.Fatal("no follow-up recorded")
	}
	var followUps []mailtest.Message
	for _, m := range d.Messages(t, rep, "Drafts") {
		if m.Header.Get(mailbox.HeaderQuoteID) == e.QuoteID && m.Header.Get(mailbox.HeaderSource) != tok {
			followUps = append(followUps, m)
		}
	}
	if len(followUps) != 1 {
		t.Fatalf("%d follow-up drafts, want 1", len(followUps))
	}
	fu := followUps[0]
	if !strings.Contains(fu.Header.Get("In-Reply-To"), q.MessageID) || !strings.Contains(string(fu.Raw), "Just checking whether you'd like me to go ahead") {
		t.Errorf("follow-up not threaded to the quote or wrong wording:\n%s", fu.Raw)
	}
	// After the 30 days of validity the quote expires.
	mu.Lock()
	now = now.AddDate(0, 0, 30)
	mu.Unlock()
	if err := a.Sweep(ctx); err != nil {
		t.Fatal(err)
	}
	if q, _ := led.Quote(ctx, e.QuoteID); q.Status != ledger.Expired {
		t.Errorf("status %s after validity, want expired", q.Status)
	}
}

// TestHandleSurvivesPanics: a message that trips a bug is an error for the
// mailbox to retry and record, not a crash of the service.
func TestHandleSurvivesPanics(t *testing.T) {
	state := filepath.Join(t.TempDir(), "state.db")
	cfg := testConfig(t, 143, 587, state)
	led := openLedger(t, state)
	a, err := New(Options{Config: Static(cfg), Ledger: led, Logger: testLogger(t), Tiers: panicTiers{}})
	if err != nil {
		t.Fatal(err)
	}
	res, err := a.Handle(context.Background(), rep, &mailbox.Message{Raw: corpus(t, "triage/001.eml"), Token: strings.Repeat("c", 64)})
	if err == nil || !strings.Contains(err.Error(), "internal error") || res.Draft != nil {
		t.Fatalf("Handle = %+v, %v; want an internal error", res, err)
	}
}

type panicTiers struct{}

func (panicTiers) TierOf(string) string       { panic("tier lookup broke") }
func (panicTiers) Organisation(string) string { return "" }

// TestDraftNotStoredLeavesNoQuote: when the mailbox cannot store a draft
// (here: larger than the account's message size limit, which the mailbox
// checks before its APPEND), the quote the pipeline recorded for it is
// withdrawn and the email no longer counts as drafted, so nothing waits in
// the ledger as drafted for a draft that does not exist.
func TestDraftNotStoredLeavesNoQuote(t *testing.T) {
	d := mailtest.StartDovecot(t)
	d.AddUser(t, rep, "pw-carla")
	state := filepath.Join(t.TempDir(), "state.db")
	cfg := testConfig(t, d.IMAPPort, 25, state)
	led := openLedger(t, state)
	mail := corpus(t, "triage/001.eml") // 2 quick asks, 1 paid: a quote
	// The draft's size, from a scratch pipeline: the limit is set just
	// under it, so the client's email fits and the draft, which quotes it,
	// does not.
	scratch, err := New(Options{Config: Static(cfg), Ledger: openLedger(t, filepath.Join(t.TempDir(), "scratch.db"))})
	if err != nil {
		t.Fatal(err)
	}
	res, err := scratch.Handle(context.Background(), rep, &mailbox.Message{Account: rep, Raw: mail, Token: mailbox.Token(rep, mail), InternalDate: time.Now()})
	if err != nil || res.Draft == nil {
		t.Fatalf("scratch draft: %v", err)
	}
	limit := int64(len(res.Draft)) - 50
	a, err := New(Options{
		Config: Static(cfg), Ledger: led, Logger: testLogger(t),
		TLSConfig: &tls.Config{RootCAs: d.CertPool},
		Account: func(acct *mailbox.Account) {
			acct.WatchInterval = 100 * time.Millisecond
			acct.CommandTimeout = 10 * time.Second
			acct.MaxMessageSize = limit
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { _ = a.Run(ctx); close(done) }() // ends by cancellation
	defer func() { cancel(); <-done }()

	d.Deliver(t, rep, mail)
	tok := mailbox.Token(rep, mail)
	var mb *mailbox.Mailbox
	waitFor(t, "the mailbox", 10*time.Second, func() bool { mb = a.RunningMailbox(rep); return mb != nil })
	var rec *mailbox.Record
	waitFor(t, "the message's outcome", 20*time.Second, func() bool {
		rec, _ = mb.Lookup(tok)
		return rec != nil && rec.Outcome != mailbox.OutcomePending
	})
	if rec.Outcome != mailbox.OutcomeFailed {
		t.Fatalf("outcome %s (%s), want failed: the limit %d must let the email in and keep the draft out", rec.Outcome, rec.Reason, limit)
	}
	if n := len(d.Messages(t, rep, "Drafts")); n != 0 {
		t.Fatalf("%d drafts in Drafts; the test needs the draft refused", n)
	}
	// The failure is reported to the app right after it is recorded.
	var q *ledger.Quote
	waitFor(t, "the quote withdrawn", 10*time.Second, func() bool {
		em, err := led.Email(ctx, tok)
		if err != nil || em.QuoteID == "" {
			return false
		}
		q, err = led.Quote(ctx, em.QuoteID)
		return err == nil && q.Status != ledger.Drafted
	})
	if q.Status != ledger.Withdrawn {
		t.Errorf("quote %s is %s, want withdrawn", q.ID, q.Status)
	}
	evs, err := led.Events(ctx, q.ID)
	if err != nil || len(evs) == 0 || !strings.Contains(evs[len(evs)-1].Note, "draft not stored") {
		t.Errorf("last event %+v, %v: want the reason in a withdrawal note", evs, err)
	}
	r, err := led.Report(ctx, ledger.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if tot := r.Totals; tot.Drafts != 0 || tot.Drafted != 0 || tot.Withdrawn != 1 || tot.Emails != 1 {
		t.Errorf("report totals: %d drafts, %d emails drafted, %d withdrawn, %d emails; want 0, 0, 1, 1", tot.Drafts, tot.Drafted, tot.Withdrawn, tot.Emails)
	}
}
