package tiers

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/fivemin/fivemin/mailbox/mailtest/fakeclock"
	"github.com/fivemin/fivemin/quoting"
	"github.com/fivemin/fivemin/quoting/ledger"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// now is the clock of every test: windows of 90 days end here.
var now = time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)

// daysAgo is a time d days before now (fractions allowed through dur).
func daysAgo(d int) time.Time { return now.AddDate(0, 0, -d) }

var usd = quoting.MustParseCurrency("USD")

func dollars(n int64) quoting.Money { return usd.Minor(n * 100) }

// testSettings: high revenue from $5,000, C below $500, high maintenance
// from 60 free minutes or 30 emails, free minutes valued at $240/h ($4 a
// minute, so leakage is easy to check by hand).
func testSettings() Settings {
	high := dollars(5000)
	return Settings{
		WindowDays:      90,
		RevenueHigh:     &high,
		RevenueLow:      dollars(500),
		FreeMinutesHigh: 60,
		EmailsHigh:      30,
		Currency:        usd,
		Rate:            dollars(240),
	}
}

func testLogger(t testing.TB) *slog.Logger {
	return slog.New(slog.NewTextHandler(tWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

type tWriter struct{ t testing.TB }

func (w tWriter) Write(p []byte) (int, error) { w.t.Helper(); w.t.Log(string(p)); return len(p), nil }

// world builds a ledger state through the ledger's public write API, in a
// temp bbolt file, and commits it in one transaction (one fsync) so tests
// stay fast.
type world struct {
	t     testing.TB
	l     *ledger.Ledger
	clock *fakeclock.Clock
	n     int
	items []item
}

// item is one client email, with a quote when status is set.
type item struct {
	rep, client string
	at          time.Time
	questions   int
	free        int
	skipped     bool
	// quote
	status ledger.Status // "" for no quote
	amount int64         // minor units
	billed int           // minutes
	cur    string
}

func newWorld(t testing.TB) *world {
	t.Helper()
	path := filepath.Join(t.TempDir(), "state.db")
	db, err := ledger.Open(path, ledger.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	c := fakeclock.New(now)
	l, err := ledger.New(context.Background(), db, ledger.Options{Now: c.Now, Logger: testLogger(t), Location: time.UTC})
	if err != nil {
		t.Fatal(err)
	}
	return &world{t: t, l: l, clock: c}
}

// email records a client email with free minutes and no quote.
func (w *world) email(client string, at time.Time, free int) *world {
	w.items = append(w.items, item{rep: "ann@firm.example", client: client, at: at, questions: 1, free: free})
	return w
}

// emails records n emails at at, each with free minutes.
func (w *world) emails(client string, at time.Time, n, free int) *world {
	for range n {
		w.email(client, at, free)
	}
	return w
}

// quote records a client email with no free minutes and a quote for cents
// (USD) and billed minutes, which ends in status.
func (w *world) quote(client string, at time.Time, cents int64, billed int, status ledger.Status) *world {
	w.items = append(w.items, item{rep: "ann@firm.example", client: client, at: at, questions: 1,
		status: status, amount: cents, billed: billed, cur: "USD"})
	return w
}

func (w *world) add(it item) *world { w.items = append(w.items, it); return w }

// commit writes the items: emails and quotes, then sends, decisions and
// expiries, all in one transaction.
func (w *world) commit() *world {
	w.t.Helper()
	ctx := context.Background()
	// Quotes meant to expire are sent long before everything else, then a
	// sweep at that old time expires exactly them.
	old := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	err := w.l.Update(ctx, func(tx *ledger.Tx) error {
		expiring := false
		for _, it := range w.items {
			w.n++
			tok := fmt.Sprintf("tok-%d", w.n)
			e := ledger.Email{SourceToken: tok, Rep: it.rep, Client: it.client, ReceivedAt: it.at,
				Questions: it.questions, FreeMinutes: it.free, Skipped: it.skipped}
			if it.status == "" {
				if _, err := tx.RecordEmail(e); err != nil {
					return err
				}
				continue
			}
			e.DraftedAt = it.at
			q := ledger.Quote{ID: quoting.QuoteID(tok), Rep: it.rep, Client: it.client, SourceToken: tok,
				MessageID: "<q-" + tok + "@firm.example>", CreatedAt: it.at,
				Asks: []ledger.Ask{{Text: "work", Minutes: it.billed, BilledMinutes: it.billed, Amount: it.amount}},
				Rate: 24000, Total: it.amount, Currency: it.cur}
			e.QuoteID = q.ID
			if _, err := tx.CreateQuote(q); err != nil {
				return err
			}
			if _, err := tx.RecordEmail(e); err != nil {
				return err
			}
			if it.status == ledger.Drafted {
				continue
			}
			sentAt := it.at
			if it.status == ledger.Expired {
				sentAt, expiring = old, true
			}
			if _, err := tx.DraftSent(ledger.SentDraft{SourceToken: tok, MessageID: "<s-" + tok + "@firm.example>", At: sentAt}); err != nil {
				return err
			}
			switch it.status {
			case ledger.Accepted, ledger.Declined:
				if _, err := tx.Mark(q.ID, it.status, ledger.ActorRep, ""); err != nil {
					return err
				}
			}
		}
		if expiring {
			if _, err := tx.Sweep(old.Add(2*time.Hour), ledger.Policy{Validity: time.Hour}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		w.t.Fatal(err)
	}
	w.items = nil
	return w
}

func (w *world) ranker() *Ranker {
	return New(w.l, Options{Now: w.clock.Now, Logger: testLogger(w.t)})
}

func (w *world) rank(s Settings) *Ranking {
	w.t.Helper()
	rk, err := w.ranker().Rank(context.Background(), s)
	if err != nil {
		w.t.Fatal(err)
	}
	return rk
}

// account finds an account by organisation.
func account(t testing.TB, rk *Ranking, org string) *Account {
	t.Helper()
	for i := range rk.Accounts {
		if rk.Accounts[i].Organisation == org {
			return &rk.Accounts[i]
		}
	}
	t.Fatalf("no account %q in the ranking (have %v)", org, orgNames(rk))
	return nil
}

func orgNames(rk *Ranking) []string {
	var names []string
	for _, a := range rk.Accounts {
		names = append(names, a.Organisation)
	}
	return names
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(got) != string(want) {
		if err := os.WriteFile(path+".got", got, 0o644); err != nil {
			t.Log(err)
		}
		t.Errorf("%s differs from the golden file; got written to %s.got (go test -update accepts it):\n%s", name, path, got)
	}
}
