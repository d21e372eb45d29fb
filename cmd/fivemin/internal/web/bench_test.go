package web

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/fivemin/fivemin/quoting"
	"github.com/fivemin/fivemin/quoting/ledger"
)

// BenchmarkPages measures whole requests — ledger report, page building,
// template and SVG rendering — over a ledger of 100,000 entries (two years,
// 20 reps, 2,000 clients; about 3 emails to 2 quotes; one decided reply in
// ten left unclear):
//
//	go test -run '^$' -bench Pages -benchtime 10x ./cmd/fivemin/internal/web/
//
// The ledger's own BenchmarkReport shows what the report costs; the
// difference is the dashboard's.
func BenchmarkPages(b *testing.B) {
	l, clk := newLedger(b)
	n := buildBenchLedger(b, l, 100_000)
	h, err := New(Options{Ledger: l, Token: StaticToken(testToken), Now: clk.Now, Location: time.UTC, Currency: "USD"})
	if err != nil {
		b.Fatal(err)
	}
	for _, path := range []string{"/", "/report/client", "/report/month", "/usage", "/unclear", "/report.csv?by=client", "/api/report?by=rep"} {
		b.Run(path, func(b *testing.B) {
			b.ReportAllocs()
			var size int
			for b.Loop() {
				r := httptest.NewRequest(http.MethodGet, path, nil)
				r.Header.Set("Authorization", "Bearer "+testToken)
				w := httptest.NewRecorder()
				h.ServeHTTP(w, r)
				if w.Code != 200 {
					b.Fatalf("%s: %d", path, w.Code)
				}
				size = w.Body.Len()
			}
			b.ReportMetric(float64(size)/1024, "KB/page")
			b.ReportMetric(float64(n), "entries")
		})
	}
}

// benchAnswer records what the rep did with the draft for tok (deleted
// or sent it) and, for some sent quotes, the client's answer.
func benchAnswer(t *ledger.Tx, rng *rand.Rand, tok, client string, at time.Time, withQuote bool) error {
	k := rng.IntN(10)
	if k == 0 {
		return t.DraftDeleted(tok, "", at.Add(time.Hour))
	}
	if _, err := t.DraftSent(ledger.SentDraft{SourceToken: tok, MessageID: "<s" + tok + "@firm.example>", At: at.Add(time.Hour), Draft: draftText, Sent: draftText}); err != nil {
		return err
	}
	if !withQuote || k >= 7 {
		return nil
	}
	dec := ledger.DecisionAccepted
	switch {
	case k == 1:
		dec = ledger.DecisionUnclear
	case k < 4:
		dec = ledger.DecisionDeclined
	}
	_, err := t.ApplyReply(ledger.Reply{MessageID: "<r" + tok + ">", InReplyTo: []string{"<s" + tok + "@firm.example>"}, From: client, Decision: dec, At: at.Add(48 * time.Hour)})
	return err
}

// buildBenchLedger writes about n entries in large transactions and
// returns how many it wrote.
func buildBenchLedger(b *testing.B, l *ledger.Ledger, n int) int {
	b.Helper()
	start := time.Now()
	rng := rand.New(rand.NewPCG(7, 7))
	base := time.Date(2023, 4, 1, 0, 0, 0, 0, time.UTC)
	step := 2 * 365 * 24 * time.Hour / time.Duration(n*3/5+1)
	entries, msg := 0, 0
	for entries < n {
		err := l.Update(context.Background(), func(t *ledger.Tx) error {
			for i := 0; i < 5000 && entries < n; i++ {
				msg++
				tok := fmt.Sprintf("imap:INBOX/%d", msg)
				at := base.Add(time.Duration(msg) * step)
				rep := fmt.Sprintf("rep%02d@firm.example", rng.IntN(20))
				c := rng.IntN(2000)
				client := fmt.Sprintf("client%04d@org%03d.example", c, c%500)
				e := ledger.Email{SourceToken: tok, Rep: rep, Client: client, ReceivedAt: at, DraftedAt: at.Add(time.Duration(rng.IntN(300)) * time.Second),
					Questions: 1 + rng.IntN(4), FreeMinutes: rng.IntN(6)}
				withQuote := entries+2 <= n && rng.IntN(3) < 2
				if withQuote {
					e.QuoteID = quoting.QuoteID(tok)
					minutes := 30 * (1 + rng.IntN(8))
					q := ledger.Quote{ID: e.QuoteID, Rep: rep, Client: client, SourceToken: tok, MessageID: "<q" + tok + "@firm.example>", CreatedAt: e.DraftedAt,
						Asks: []ledger.Ask{{Text: "prepare the return", Minutes: minutes, BilledMinutes: minutes, Amount: int64(minutes) * 25000 / 60}},
						Rate: 25000, Total: int64(minutes) * 25000 / 60, Currency: "USD"}
					if _, err := t.CreateQuote(q); err != nil {
						return err
					}
					entries++
				}
				if _, err := t.RecordEmail(e); err != nil {
					return err
				}
				entries++
				if err := benchAnswer(t, rng, tok, client, at, withQuote); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.Logf("built %d entries in %v", entries, time.Since(start).Round(time.Millisecond))
	return entries
}

// BenchmarkCharts measures the SVG helpers at the sizes the dashboard
// draws: 36 months of two series, 20 reps, a 500-client tier matrix.
func BenchmarkCharts(b *testing.B) {
	labels := func(n int, f string) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = fmt.Sprintf(f, i)
		}
		return out
	}
	vals := func(n int) []float64 {
		out := make([]float64, n)
		for i := range out {
			out[i] = 1000 + 500*math.Sin(float64(i))
		}
		return out
	}
	months := chart{Labels: labels(36, "M%02d"), Series: []series{{Name: "Quoted", Values: vals(36)}, {Name: "Won", Values: vals(36)}}, Width: halfWidth}
	reps := chart{Labels: labels(20, "rep%02d@firm.example"), Series: []series{{Name: "Quoted", Values: vals(20)}, {Name: "Won", Values: vals(20)}}, Width: halfWidth}
	var pts []point
	for i := range 500 {
		pts = append(pts, point{X: float64(i%37) / 10, Y: float64(i * 13 % 7000), Class: "tier-a", Tip: "client"})
	}
	sc := scatter{Points: pts, XLines: []float64{1}, YLines: []float64{3000}, Width: fullWidth, Height: 480}
	for _, tc := range []struct {
		name string
		fn   func() int
	}{
		{"bars-36-months", func() int { return len(months.Bars()) }},
		{"line-36-months", func() int { return len(months.Line()) }},
		{"hbars-20-reps", func() int { return len(reps.HBars()) }},
		{"stack-20-reps", func() int { return len(reps.Stack()) }},
		{"scatter-500-clients", func() int { return len(sc.SVG()) }},
	} {
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			size := 0
			for b.Loop() {
				size = tc.fn()
			}
			b.ReportMetric(float64(size)/1024, "KB")
		})
	}
}
