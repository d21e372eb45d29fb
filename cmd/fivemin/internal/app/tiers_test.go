package app

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/fivemin/fivemin/cmd/fivemin/internal/config"
	"github.com/fivemin/fivemin/quoting/ledger"
	"github.com/fivemin/fivemin/quoting/tiers"
)

// TestTiersNeverPenaliseNewClients: with the example configuration, a new
// client with no history gets the firm's standard terms (no tier: the rate
// and free minutes a stranger gets), and an established client never pays
// more per hour than a new one unless their own record (high maintenance)
// says so.
func TestTiersNeverPenaliseNewClients(t *testing.T) {
	ctx := context.Background()
	cfg, err := config.Load(filepath.Join("..", "..", "..", "..", "config.example.toml"),
		config.Options{Getenv: func(string) string { return "secret" }})
	if err != nil {
		t.Fatal(err)
	}
	led := openLedger(t, filepath.Join(t.TempDir(), "state.db"))
	at := time.Now().Add(-24 * time.Hour)
	n := 0
	email := func(client string, free int) {
		n++
		tok := fmt.Sprintf("tok-%d", n)
		if _, err := led.RecordEmail(ctx, ledger.Email{SourceToken: tok, Rep: "ann@smithlee.example", Client: client, ReceivedAt: at, Questions: 1, FreeMinutes: free}); err != nil {
			t.Fatal(err)
		}
	}
	email("nina@newco.test", 4) // one email: new
	for range 5 {
		email("ed@quietco.test", 2) // five emails, nothing bought: a low producer
	}
	for range 40 {
		email("max@chattyco.test", 5) // high maintenance, nothing bought
	}
	// A client with $6,000 of accepted work.
	q := ledger.Quote{ID: "Q-BIG1", Rep: "ann@smithlee.example", Client: "cfo@bigco.test", SourceToken: "big", MessageID: "<big@firm>",
		CreatedAt: at, Asks: []ledger.Ask{{Text: "audit", Minutes: 1200, BilledMinutes: 1200, Amount: 600000}}, Rate: 30000, Total: 600000, Currency: "USD"}
	if _, err := led.Record(ctx, ledger.Entry{Email: ledger.Email{SourceToken: "big", Rep: q.Rep, Client: q.Client, ReceivedAt: at, Questions: 1}, Quote: &q}); err != nil {
		t.Fatal(err)
	}
	for _, st := range []ledger.Status{ledger.Sent, ledger.Accepted} {
		if _, err := led.Mark(ctx, q.ID, st, ledger.ActorRep, ""); err != nil {
			t.Fatal(err)
		}
	}

	cache, err := tiers.NewCache(tiers.New(led, tiers.Options{}), TierSettings(cfg))
	if err != nil {
		t.Fatal(err)
	}
	if err := cache.Refresh(ctx, TierSettings(cfg)); err != nil {
		t.Fatal(err)
	}
	pr := cfg.Pricing()
	stranger, err := pr.HourlyRate("", "", cache.TierOf("nobody@unknown.test"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		client, tier string
		dearer       bool // may pay more than a stranger
	}{
		{"nobody@unknown.test", "", false},
		{"nina@newco.test", "", false},
		{"ed@quietco.test", "C", false},
		{"cfo@bigco.test", "A", false},
		{"max@chattyco.test", "E", true},
	}
	for _, tt := range tests {
		tier := cache.TierOf(tt.client)
		rate, err := pr.HourlyRate("", "", tier)
		if err != nil {
			t.Fatal(err)
		}
		if tier != tt.tier {
			t.Errorf("%s: tier %q, want %q", tt.client, tier, tt.tier)
		}
		if !tt.dearer && rate.Hourly.Minor() > stranger.Hourly.Minor() {
			t.Errorf("%s (tier %q) pays %s an hour, more than a stranger's %s", tt.client, tier, rate.Hourly, stranger.Hourly)
		}
		if tier == "" && cfg.FreeMinutes(tier) != cfg.Firm.FreeMinutes {
			t.Errorf("%s: %d free minutes, want the firm's %d", tt.client, cfg.FreeMinutes(tier), cfg.Firm.FreeMinutes)
		}
	}
}
