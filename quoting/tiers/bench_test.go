package tiers

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/fivemin/fivemin/quoting"
	"github.com/fivemin/fivemin/quoting/ledger"
)

// fill writes n entries (emails, about a third with a quote, half of those
// accepted) for the given number of clients over the last 180 days, in
// large transactions. Client i is at org i%orgs.
func fill(tb testing.TB, l *ledger.Ledger, seed uint64, n, clients, orgs int) {
	tb.Helper()
	rng := rand.New(rand.NewPCG(seed, seed))
	step := 180 * 24 * time.Hour / time.Duration(n+1)
	const perTx = 5000
	for done := 0; done < n; {
		err := l.Update(context.Background(), func(tx *ledger.Tx) error {
			for i := 0; i < perTx && done < n; i++ {
				done++
				tok := fmt.Sprintf("fill-%d-%d", seed, done)
				at := daysAgo(180).Add(time.Duration(done) * step)
				c := rng.IntN(clients)
				client := fmt.Sprintf("c%05d@org%04d.example", c, c%orgs)
				e := ledger.Email{SourceToken: tok, Rep: "ann@firm.example", Client: client, ReceivedAt: at,
					Questions: 1, FreeMinutes: rng.IntN(6)}
				if rng.IntN(3) == 0 {
					cents := int64(1+rng.IntN(40)) * 5000
					q := ledger.Quote{ID: quoting.QuoteID(tok), Rep: e.Rep, Client: client, SourceToken: tok,
						MessageID: "<q-" + tok + ">", CreatedAt: at, Rate: 24000, Total: cents, Currency: "USD",
						Asks: []ledger.Ask{{Text: "work", Minutes: 60, BilledMinutes: 60, Amount: cents}}}
					e.QuoteID, e.DraftedAt = q.ID, at
					if _, err := tx.CreateQuote(q); err != nil {
						return err
					}
					if _, err := tx.DraftSent(ledger.SentDraft{QuoteID: q.ID, MessageID: "<s-" + tok + ">", At: at}); err != nil {
						return err
					}
					if rng.IntN(2) == 0 {
						if _, err := tx.Mark(q.ID, ledger.Accepted, ledger.ActorRep, ""); err != nil {
							return err
						}
					}
				}
				if _, err := tx.RecordEmail(e); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			tb.Fatal(err)
		}
	}
}

// TestRankMemoryIndependentOfEntries: ranking the same 40 clients costs
// the same allocations whether the ledger holds 400 or 4,400 entries —
// Rank streams the ledger's aggregates and keeps one row per client.
func TestRankMemoryIndependentOfEntries(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a ledger of 4,400 entries")
	}
	w := newWorld(t)
	r := w.ranker()
	s := testSettings()
	allocs := func() float64 {
		return testing.AllocsPerRun(5, func() {
			if _, err := r.Rank(context.Background(), s); err != nil {
				t.Fatal(err)
			}
		})
	}
	fill(t, w.l, 1, 400, 40, 25)
	small := allocs()
	fill(t, w.l, 2, 4000, 40, 25)
	large := allocs()
	t.Logf("allocations per Rank: %.0f with 400 entries, %.0f with 4,400", small, large)
	if large > small*1.1+20 {
		t.Errorf("allocations grew with the ledger: %.0f → %.0f for the same 40 clients", small, large)
	}
}

// BenchmarkRank ranks 2,000 clients in 500 organisations over ledgers of
// 10,000 and 100,000 entries:
//
//	go test -run '^$' -bench Rank -benchtime 5x ./quoting/tiers/
//
// B/op and allocs/op should stay flat from 10k to 100k: memory follows
// the number of clients.
func BenchmarkRank(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("entries=%d", n), func(b *testing.B) {
			w := newWorld(b)
			w.l = quietLedger(b, w)
			fill(b, w.l, 7, n, 2000, 500)
			r := New(w.l, Options{Now: w.clock.Now})
			s := testSettings()
			b.ReportAllocs()
			var rk *Ranking
			for b.Loop() {
				var err error
				if rk, err = r.Rank(context.Background(), s); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(rk.Accounts)), "accounts")
		})
	}
}

// quietLedger reopens the world's ledger without test logging.
func quietLedger(tb testing.TB, w *world) *ledger.Ledger {
	l, err := ledger.New(context.Background(), w.l.DB(), ledger.Options{Now: w.clock.Now, Location: time.UTC})
	if err != nil {
		tb.Fatal(err)
	}
	return l
}
