package ledger

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/fivemin/fivemin/mailbox/mailtest/fakeclock"
)

// testLogger routes the ledger's logs to t.Log.
func testLogger(t testing.TB) *slog.Logger {
	return slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// t0 is a Monday, 09:00 UTC.
var t0 = time.Date(2025, 3, 3, 9, 0, 0, 0, time.UTC)

// newTestLedger opens a fresh ledger in a temp dir with a clock at t0 and
// months and business days in UTC.
func newTestLedger(t testing.TB) (*Ledger, *fakeclock.Clock) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "state.db")
	db, err := Open(path, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	c := fakeclock.New(t0)
	l, err := New(context.Background(), db, Options{Now: c.Now, Logger: testLogger(t), Location: time.UTC})
	if err != nil {
		t.Fatal(err)
	}
	return l, c
}

func openLedger(t testing.TB, db *bolt.DB, c *fakeclock.Clock) *Ledger {
	t.Helper()
	l, err := New(context.Background(), db, Options{Now: c.Now, Logger: testLogger(t), Location: time.UTC})
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// sampleQuote is a valid quote for source token tok.
func sampleQuote(tok string, at time.Time) Quote {
	return Quote{
		ID:              NewQuoteID(tok),
		Rep:             "ann@firm.example",
		Client:          "Bob <bob@client.example>",
		SourceMessageID: "<src-" + tok + "@client.example>",
		SourceToken:     tok,
		MessageID:       "<quote-" + tok + "@firm.example>",
		CreatedAt:       at,
		Asks: []Ask{
			{Text: "Prepare the 2024 return", Category: "tax", Minutes: 100, BilledMinutes: 120, Amount: 50000},
		},
		Rate:        25000,
		Total:       50000,
		Currency:    "USD",
		FreeMinutes: 5,
		Tier:        "B",
	}
}

func sampleEmail(tok string, at time.Time) Email {
	return Email{
		SourceToken: tok,
		MessageID:   "<src-" + tok + "@client.example>",
		Rep:         "ann@firm.example",
		Client:      "bob@client.example",
		ReceivedAt:  at,
		DraftedAt:   at.Add(30 * time.Second),
		Questions:   2,
		FreeMinutes: 5,
	}
}

// mustCreate records an email with its quote and returns the quote ID.
func mustCreate(t testing.TB, l *Ledger, tok string, at time.Time) string {
	t.Helper()
	q := sampleQuote(tok, at)
	if _, err := l.Record(context.Background(), Entry{Email: sampleEmail(tok, at), Quote: &q}); err != nil {
		t.Fatal(err)
	}
	return q.ID
}

// mustSend marks the quote of tok sent at the given time.
func mustSend(t testing.TB, l *Ledger, tok string, at time.Time) {
	t.Helper()
	if _, err := l.DraftSent(context.Background(), SentDraft{SourceToken: tok, MessageID: "<sent-" + tok + "@firm.example>", At: at}); err != nil {
		t.Fatal(err)
	}
}

// checkFold asserts that the cached state of quote id equals the fold of
// its events.
func checkFold(t testing.TB, l *Ledger, id string) {
	t.Helper()
	ctx := context.Background()
	q, err := l.Quote(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	evs, err := l.Events(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	s, err := Fold(evs)
	if err != nil {
		t.Fatalf("quote %s: history does not fold: %v", id, err)
	}
	if !stateEqual(s, q.State) {
		t.Fatalf("quote %s: cached state %s != fold %s", id, fmtState(q.State), fmtState(s))
	}
}

func stateEqual(a, b State) bool {
	return a.Status == b.Status && a.Unclear == b.Unclear && a.FollowedUp == b.FollowedUp &&
		a.SentAt.Equal(b.SentAt) && a.OpenedAt.Equal(b.OpenedAt) && a.DecidedAt.Equal(b.DecidedAt) && a.Events == b.Events &&
		a.Agreed == b.Agreed && a.Answer == b.Answer && a.FlagNote == b.FlagNote
}

func fmtState(s State) string {
	return fmt.Sprintf("{%s unclear=%v followed=%v sent=%v opened=%v decided=%v events=%d agreed=%d answer=%q note=%q}",
		s.Status, s.Unclear, s.FollowedUp, s.SentAt, s.OpenedAt, s.DecidedAt, s.Events, s.Agreed, s.Answer, s.FlagNote)
}
