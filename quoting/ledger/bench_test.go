package ledger

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"testing"
	"time"
)

// BenchmarkReport measures reports over ledgers of 100,000 and 1,000,000
// entries (an entry is an email or a quote; about 3 emails to 2 quotes,
// spread over two years, 20 reps, 2,000 clients, with sent, decided,
// expired and withdrawn quotes and draft usage). Each ledger is built once,
// through the same write path the service uses, in large transactions.
//
//	go test -run '^$' -bench Report -benchtime 5x ./quoting/ledger/
//
// B/op and allocs/op should not grow from 100k to 1M: memory depends on
// the number of groups, not of entries.
func BenchmarkReport(b *testing.B) {
	for _, n := range []int{100_000, 1_000_000} {
		b.Run(fmt.Sprintf("entries=%d", n), func(b *testing.B) {
			l := buildBenchLedger(b, n)
			ctx := context.Background()
			for _, tc := range []struct {
				name string
				f    Filter
				by   []GroupBy
			}{
				{"totals", Filter{}, nil},
				{"by-rep-and-month", Filter{}, []GroupBy{ByRep, ByMonth}},
				{"by-client", Filter{}, []GroupBy{ByClient}},
				{"one-rep-one-year", Filter{Reps: []string{"rep07@firm.example"}, Since: benchBase.AddDate(1, 0, 0), Until: benchBase.AddDate(2, 0, 0)}, []GroupBy{ByMonth}},
			} {
				b.Run(tc.name, func(b *testing.B) {
					b.ReportAllocs()
					var r *Report
					for b.Loop() {
						var err error
						if r, err = l.Report(ctx, tc.f, tc.by...); err != nil {
							b.Fatal(err)
						}
					}
					if tc.f.Reps == nil && r.Entries != int64(n) {
						b.Fatalf("report read %d entries, want %d", r.Entries, n)
					}
					b.ReportMetric(float64(r.Entries), "entries")
				})
			}
		})
	}
}

var benchBase = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)

// benchAnswer records what the rep did with the draft for tok (deleted it,
// or sent it as it was or edited) and, for some sent quotes, the client's
// answer.
func benchAnswer(t *Tx, rng *rand.Rand, tok string, at time.Time, withQuote bool, draft string, edits []string) error {
	switch k := rng.IntN(10); {
	case k == 0:
		if err := t.DraftDeleted(tok, "", at.Add(time.Hour)); err != nil {
			return err
		}
	case k < 9:
		sent := edits[rng.IntN(len(edits))]
		d := SentDraft{SourceToken: tok, MessageID: "<s" + tok + "@firm.example>", At: at.Add(time.Hour)}
		if sent != "" {
			d.Draft, d.Sent = draft, sent
		}
		if _, err := t.DraftSent(d); err != nil {
			return err
		}
		if withQuote && k < 6 {
			dec := []Decision{DecisionAccepted, DecisionDeclined, DecisionUnclear}[rng.IntN(3)]
			if _, err := t.ApplyReply(Reply{MessageID: "<r" + tok + ">", InReplyTo: []string{"<s" + tok + "@firm.example>"}, Decision: dec, At: at.Add(48 * time.Hour)}); err != nil {
				return err
			}
		}
	}
	return nil
}

// buildBenchLedger writes n entries into a new ledger in b.TempDir.
func buildBenchLedger(b *testing.B, n int) *Ledger {
	b.Helper()
	start := time.Now()
	path := filepath.Join(b.TempDir(), "bench.db")
	db, err := Open(path, OpenOptions{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	now := benchBase
	l, err := New(context.Background(), db, Options{Now: func() time.Time { return now }, Location: time.UTC})
	if err != nil {
		b.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 1))
	span := 2 * 365 * 24 * time.Hour
	step := span / time.Duration(n*3/5+1)
	const draft = "Hi, yes we can. If you want me to spend more than the free 5 minutes I will need 2 hours at $250 per hour."
	edits := []string{draft, draft + " Thanks!", "Sure, call me.", ""}
	entries, msg := 0, 0
	const perTx = 5000
	for entries < n {
		err := l.Update(context.Background(), func(t *Tx) error {
			for i := 0; i < perTx && entries < n; i++ {
				msg++
				tok := fmt.Sprintf("imap:INBOX/%d", msg)
				at := benchBase.Add(time.Duration(msg) * step)
				rep := fmt.Sprintf("rep%02d@firm.example", rng.IntN(20))
				c := rng.IntN(2000)
				client := fmt.Sprintf("client%04d@org%03d.example", c, c%500)
				e := Email{SourceToken: tok, Rep: rep, Client: client, ReceivedAt: at, DraftedAt: at.Add(time.Duration(rng.IntN(300)) * time.Second),
					Questions: 1 + rng.IntN(4), FreeMinutes: rng.IntN(6)}
				withQuote := entries+2 <= n && rng.IntN(3) < 2
				if withQuote {
					e.QuoteID = NewQuoteID(tok)
					minutes, tier := 30*(1+rng.IntN(8)), rng.IntN(5)
					q := Quote{ID: e.QuoteID, Rep: rep, Client: client, SourceToken: tok, MessageID: "<q" + tok + "@firm.example>", CreatedAt: e.DraftedAt,
						Asks: []Ask{{Text: "prepare the return", Minutes: minutes, BilledMinutes: minutes, Amount: int64(minutes) * 25000 / 60}},
						Rate: 25000, Total: int64(minutes) * 25000 / 60, Currency: "USD", Tier: "ABCDE"[tier : tier+1]}
					if _, err := t.CreateQuote(q); err != nil {
						return err
					}
					entries++
				}
				if _, err := t.RecordEmail(e); err != nil {
					return err
				}
				entries++
				if err := benchAnswer(t, rng, tok, at, withQuote, draft, edits); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	now = benchBase.Add(span)
	if _, err := l.Sweep(context.Background(), now.Add(-30*24*time.Hour), Policy{Validity: 30 * 24 * time.Hour}); err != nil {
		b.Fatal(err)
	}
	b.Logf("built %d entries (%d emails) in %v", entries, msg, time.Since(start).Round(time.Millisecond))
	return l
}
