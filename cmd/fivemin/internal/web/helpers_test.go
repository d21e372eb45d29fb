package web

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/fivemin/fivemin/mailbox/mailtest/fakeclock"
	"github.com/fivemin/fivemin/quoting"
	"github.com/fivemin/fivemin/quoting/ledger"
)

// testToken is the dashboard token in tests.
const testToken = "s3cret-dashboard-token-for-tests"

// hostile is client text that must come out escaped everywhere.
const (
	hostileClient = `<script>alert("x")</script>@evil.example`
	hostileOrg    = `"><img src=x onerror=alert(1)>`
)

// testLogger routes logs to t.Log.
func testLogger(t testing.TB) *slog.Logger {
	return slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// now is when the tests look at the ledger: mid-April 2025, UTC.
var now = time.Date(2025, 4, 15, 10, 0, 0, 0, time.UTC)

// spec is one seeded email and, when Amount > 0, its quote, with what
// became of it.
type spec struct {
	Tok, Rep, Client, Org string
	At                    time.Time
	FreeMinutes           int
	Billed                int   // minutes
	Amount                int64 // cents; 0: no quote
	Final                 ledger.Status
	Unclear               bool             // a reply flagged it
	SentAt                time.Time        // zero: At + 1h
	Usage                 ledger.EditClass // what the rep did with the draft
}

func day(m time.Month, d int) time.Time { return time.Date(2025, m, d, 9, 30, 0, 0, time.UTC) }

// seedSpecs is the ledger every handler test starts from: two reps, four
// clients (one hostile), quotes in every state, one unclear reply.
var seedSpecs = []spec{
	{Tok: "t1", Rep: "ann@firm.example", Client: "bob@acme.example", At: day(1, 6), FreeMinutes: 5, Billed: 120, Amount: 50000, Final: ledger.Accepted, Usage: ledger.AsIs},
	{Tok: "t2", Rep: "ann@firm.example", Client: "carol@beta.example", At: day(1, 20), FreeMinutes: 5, Billed: 60, Amount: 30000, Final: ledger.Declined, Usage: ledger.LightlyEdited},
	{Tok: "t3", Rep: "ann@firm.example", Client: "bob@acme.example", At: day(2, 10), FreeMinutes: 4, Billed: 180, Amount: 75000, Final: ledger.Sent, Unclear: true, Usage: ledger.Rewritten},
	{Tok: "t4", Rep: "dan@firm.example", Client: hostileClient, Org: hostileOrg, At: day(4, 1), FreeMinutes: 5, Billed: 60, Amount: 25000, Final: ledger.Sent, SentAt: day(4, 10), Usage: ledger.AsIs},
	{Tok: "t5", Rep: "dan@firm.example", Client: "carol@beta.example", At: day(2, 3), FreeMinutes: 3, Billed: 240, Amount: 100000, Final: ledger.Expired, Usage: ledger.AsIs},
	{Tok: "t6", Rep: "dan@firm.example", Client: "erin@gamma.example", At: day(3, 12), FreeMinutes: 5, Billed: 60, Amount: 25000, Final: ledger.Withdrawn, Usage: ledger.Deleted},
	{Tok: "t7", Rep: "dan@firm.example", Client: "bob@acme.example", At: day(3, 14), FreeMinutes: 5, Billed: 120, Amount: 50000, Final: ledger.Accepted, Usage: ledger.LightlyEdited},
	{Tok: "e1", Rep: "ann@firm.example", Client: "erin@gamma.example", At: day(3, 2), FreeMinutes: 5},
	{Tok: "e2", Rep: "dan@firm.example", Client: "bob@acme.example", At: day(3, 20), FreeMinutes: 2},
}

const draftText = "Hi Bob, quick answer below. If you want me to spend more than the free 5 minutes I will need 2 hours at $250 per hour. Please let me know if you'd like me to go ahead?"

// sentText returns a sent text that ClassifyEdit puts in class c.
func sentText(t testing.TB, c ledger.EditClass) string {
	t.Helper()
	var s string
	switch c {
	case ledger.AsIs:
		s = draftText
	case ledger.LightlyEdited:
		s = strings.Replace(draftText, "Hi Bob,", "Hello Bob, thanks for writing,", 1)
	case ledger.Rewritten:
		s = "Sure, let's talk on the phone about the return tomorrow afternoon."
	}
	if got, _ := ledger.ClassifyEdit(draftText, s); got != c {
		t.Fatalf("test text meant to be %s is classified %s", c, got)
	}
	return s
}

// seed writes specs into l through the same API the pipeline uses and
// returns the quote IDs by token.
func seed(t testing.TB, l *ledger.Ledger, clk *fakeclock.Clock, specs []spec) map[string]string {
	t.Helper()
	ctx := context.Background()
	ids := map[string]string{}
	for _, s := range specs {
		clk.Set(s.At)
		if id := seedRecord(t, l, s); id != "" {
			ids[s.Tok] = id
		}
		sentAt := seedUsage(t, l, s, ids[s.Tok])
		seedReply(t, l, clk, s, sentAt)
	}
	clk.Set(now)
	expired, err := l.Sweep(ctx, now, ledger.Policy{Validity: 30 * 24 * time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range specs {
		if s.Amount == 0 {
			continue
		}
		q, err := l.Quote(ctx, ids[s.Tok])
		if err != nil {
			t.Fatal(err)
		}
		if q.Status != s.Final || q.Unclear != s.Unclear {
			t.Fatalf("seeded quote %s is %s (unclear %v), want %s (unclear %v); expired by the sweep: %v", s.Tok, q.Status, q.Unclear, s.Final, s.Unclear, expired)
		}
	}
	return ids
}

// seedRecord records s's email and its quote, if it has one, and returns
// the quote's ID or "".
func seedRecord(t testing.TB, l *ledger.Ledger, s spec) string {
	t.Helper()
	e := ledger.Email{SourceToken: s.Tok, MessageID: "<src-" + s.Tok + "@client.example>", Rep: s.Rep, Client: s.Client, Org: s.Org,
		ReceivedAt: s.At, DraftedAt: s.At.Add(40 * time.Second), Questions: 2, FreeMinutes: s.FreeMinutes}
	entry := ledger.Entry{Email: e}
	if s.Amount > 0 {
		entry.Quote = &ledger.Quote{ID: quoting.QuoteID(s.Tok), Rep: s.Rep, Client: s.Client, Org: s.Org, SourceToken: s.Tok,
			SourceMessageID: e.MessageID, MessageID: "<quote-" + s.Tok + "@firm.example>", CreatedAt: s.At.Add(40 * time.Second),
			Asks: []ledger.Ask{{Text: "Prepare the 2024 return for " + s.Client, Category: "tax", Minutes: s.Billed, BilledMinutes: s.Billed, Amount: s.Amount}},
			Rate: 25000, Total: s.Amount, Currency: "USD", FreeMinutes: s.FreeMinutes}
	}
	if _, err := l.Record(context.Background(), entry); err != nil {
		t.Fatalf("seeding %s: %v", s.Tok, err)
	}
	if entry.Quote == nil {
		return ""
	}
	return entry.Quote.ID
}

// seedUsage records what the rep did with s's draft and returns when.
func seedUsage(t testing.TB, l *ledger.Ledger, s spec, quoteID string) time.Time {
	t.Helper()
	ctx := context.Background()
	sentAt := s.SentAt
	if sentAt.IsZero() {
		sentAt = s.At.Add(time.Hour)
	}
	switch {
	case s.Usage == ledger.Deleted:
		if err := l.DraftDeleted(ctx, s.Tok, quoteID, sentAt); err != nil {
			t.Fatal(err)
		}
	case s.Usage != "":
		if _, err := l.DraftSent(ctx, ledger.SentDraft{SourceToken: s.Tok, QuoteID: quoteID, MessageID: "<sent-" + s.Tok + "@firm.example>",
			At: sentAt, Draft: draftText, Sent: sentText(t, s.Usage)}); err != nil {
			t.Fatal(err)
		}
	}
	return sentAt
}

// seedReply records the client's answer to s's quote, a day after sentAt.
func seedReply(t testing.TB, l *ledger.Ledger, clk *fakeclock.Clock, s spec, sentAt time.Time) {
	t.Helper()
	var d ledger.Decision
	switch {
	case s.Unclear:
		d = ledger.DecisionUnclear
	case s.Final == ledger.Accepted:
		d = ledger.DecisionAccepted
	case s.Final == ledger.Declined:
		d = ledger.DecisionDeclined
	default:
		return
	}
	clk.Set(sentAt.Add(24 * time.Hour))
	if _, err := l.ApplyReply(context.Background(), ledger.Reply{MessageID: "<reply-" + s.Tok + "@client.example>", InReplyTo: []string{"<quote-" + s.Tok + "@firm.example>"},
		Subject: "Re: your question", From: s.Client, Decision: d, At: sentAt.Add(24 * time.Hour),
		Reason: "counter-offer: for less", Text: "Could you do it for less?\nWe were thinking $500."}); err != nil {
		t.Fatalf("reply to %s: %v", s.Tok, err)
	}
}

// newLedger opens a fresh ledger in a temp dir.
func newLedger(t testing.TB) (*ledger.Ledger, *fakeclock.Clock) {
	t.Helper()
	db, err := ledger.Open(filepath.Join(t.TempDir(), "state.db"), ledger.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	clk := fakeclock.New(now)
	l, err := ledger.New(context.Background(), db, ledger.Options{Now: clk.Now, Logger: testLogger(t), Location: time.UTC})
	if err != nil {
		t.Fatal(err)
	}
	return l, clk
}

// fixture is a seeded ledger with the dashboard in front of it.
type fixture struct {
	l   *ledger.Ledger
	clk *fakeclock.Clock
	h   http.Handler
	ids map[string]string
}

func newFixture(t testing.TB, edit ...func(*Options)) *fixture {
	t.Helper()
	l, clk := newLedger(t)
	f := &fixture{l: l, clk: clk}
	f.ids = seed(t, l, clk, seedSpecs)
	opts := Options{Ledger: l, Token: StaticToken(testToken), Now: clk.Now, Logger: testLogger(t), Location: time.UTC, Currency: "USD", Firm: "Acme & Sons <Accounting>"}
	for _, e := range edit {
		e(&opts)
	}
	h, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	f.h = h
	return f
}

// get requests path with the token and returns the response.
func (f *fixture) get(t testing.TB, path string) *httptest.ResponseRecorder {
	t.Helper()
	r := httptest.NewRequest(http.MethodGet, path, nil)
	r.Header.Set("Authorization", "Bearer "+testToken)
	w := httptest.NewRecorder()
	f.h.ServeHTTP(w, r)
	return w
}

// sampleTiers is client tier data for the clients page.
func sampleTiers() *ClientTiers {
	usd := quoting.MustParseCurrency("USD")
	return &ClientTiers{
		Window: "last 90 days", RevenueHigh: usd.Minor(300000), RevenueLow: usd.Minor(50000), FreeMinutesHigh: 60, EmailsHigh: 30,
		Clients: []ClientPoint{
			{Client: "bob@acme.example", Organisation: "acme.example", Tier: "A", PreviousTier: "B", Change: "accepted value doubled", Revenue: usd.Minor(520000), FreeMinutes: 25, Emails: 8, QuotesSent: 6, QuotesAccepted: 5, QuotesDeclined: 1, PaidMinutes: 900, Will: "high", Skill: "high"},
			{Client: "carol@beta.example", Organisation: "beta.example", Tier: "B", Revenue: usd.Minor(120000), FreeMinutes: 30, Emails: 12, QuotesSent: 4, QuotesAccepted: 2, QuotesDeclined: 1, QuotesExpired: 1, PaidMinutes: 240},
			{Client: "erin@gamma.example", Organisation: "gamma.example", Tier: "C", Revenue: usd.Minor(10000), FreeMinutes: 10, Emails: 3, QuotesSent: 2, QuotesDeclined: 2, PaidMinutes: 0},
			{Client: "fred@delta.example", Organisation: "delta.example", Tier: "D", Revenue: usd.Minor(410000), FreeMinutes: 140, Emails: 44, QuotesSent: 9, QuotesAccepted: 6, PaidMinutes: 1200},
			{Organisation: "omega.example", Tier: "B", Change: "new", Revenue: usd.Minor(90000), FreeMinutes: 12, Emails: 5, QuotesSent: 2, QuotesAccepted: 1, PaidMinutes: 120},
			{Client: hostileClient, Organisation: hostileOrg, Tier: "E", PreviousTier: "B", Change: "B → E: free minutes tripled", Override: true, Revenue: usd.Minor(20000), FreeMinutes: 95, Emails: 31, QuotesSent: 5, QuotesDeclined: 4, PaidMinutes: 60},
		},
	}
}
