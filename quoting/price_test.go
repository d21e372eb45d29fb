package quoting

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/fivemin/fivemin/triage"
)

func usd(s string) Money {
	m, err := MustParseCurrency("USD").ParseAmount(s)
	if err != nil {
		panic(err)
	}
	return m
}

func dec(s string) Decimal {
	d, err := ParseDecimal(s)
	if err != nil {
		panic(err)
	}
	return d
}

// fullRates sets a rate at every level of the precedence rule.
func fullRates() *Rates {
	return &Rates{
		Currency:     MustParseCurrency("USD"),
		Default:      usd("200"),
		Category:     map[string]Money{"tax": usd("300")},
		Rep:          map[string]Money{"ann@firm.example": usd("250")},
		Tier:         map[string]Money{"B": usd("220"), "D": usd("240")},
		Multiplier:   map[string]Decimal{"D": dec("1.25"), "E": dec("1.5")},
		RoundMinutes: 15,
		BlockMinutes: 30,
	}
}

func TestHourlyRatePrecedence(t *testing.T) {
	tests := []struct {
		name                string
		category, rep, tier string
		source              string
		base, hourly        string
	}{
		{"category beats all", "tax", "ann@firm.example", "B", "category:tax", "300", "300"},
		{"category case-insensitive", "TAX", "", "", "category:tax", "300", "300"},
		{"rep beats tier", "bookkeeping", "ann@firm.example", "B", "rep:ann@firm.example", "250", "250"},
		{"rep address case-insensitive", "", "Ann@Firm.Example", "", "rep:ann@firm.example", "250", "250"},
		{"tier beats default", "", "bo@firm.example", "B", "tier:B", "220", "220"},
		{"tier case-insensitive", "", "", "b", "tier:B", "220", "220"},
		{"default when nothing else", "bookkeeping", "bo@firm.example", "A", "default", "200", "200"},
		{"default without tier", "", "", "", "default", "200", "200"},
		{"multiplier on a category rate", "tax", "", "D", "category:tax", "300", "375"},
		{"multiplier on a rep rate", "", "ann@firm.example", "D", "rep:ann@firm.example", "250", "312.50"},
		{"multiplier on a tier rate", "", "", "D", "tier:D", "240", "300"},
		{"multiplier on the default", "", "", "E", "default", "200", "300"},
	}
	r := fullRates()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := r.HourlyRate(tt.category, tt.rep, tt.tier)
			if err != nil {
				t.Fatal(err)
			}
			if got.Source != tt.source || got.Base != usd(tt.base) || got.Hourly != usd(tt.hourly) {
				t.Errorf("got %s base %s hourly %s, want %s base %s hourly %s",
					got.Source, got.Base, got.Hourly, tt.source, tt.base, tt.hourly)
			}
		})
	}
	if _, err := r.HourlyRate("", "", "F"); err == nil || !strings.Contains(err.Error(), "unknown client tier") {
		t.Errorf("tier F: err = %v", err)
	}
}

func TestHourlyRateMultiplierRounding(t *testing.T) {
	r := &Rates{
		Currency:   MustParseCurrency("USD"),
		Default:    usd("333.33"),
		Multiplier: map[string]Decimal{"C": dec("1.1"), "D": dec("1.15")},
	}
	for tier, want := range map[string]string{
		"C": "366.66", // 366.663
		"D": "383.33", // 383.3295
	} {
		got, err := r.HourlyRate("", "", tier)
		if err != nil || got.Hourly != usd(want) {
			t.Errorf("tier %s: %s, %v; want %s", tier, got.Hourly, err, want)
		}
	}
	r.Default = usd("100.10")
	r.Multiplier["C"] = dec("1.25") // 125.125 → 125.13 (half up)
	if got, _ := r.HourlyRate("", "", "C"); got.Hourly != usd("125.13") {
		t.Errorf("half up: got %s, want 125.13", got.Hourly)
	}
}

func paid(minutes int, category string) triage.Question {
	return triage.Question{Text: "ask", Kind: triage.Paid, Minutes: minutes, Category: category}
}

func quick(minutes int) triage.Question {
	return triage.Question{Text: "quick", Kind: triage.Quick, Minutes: minutes}
}

func TestPrice(t *testing.T) {
	type line struct {
		minutes int
		amount  string
	}
	tests := []struct {
		name      string
		rates     func(*Rates)
		questions []triage.Question
		lines     []line
		total     string
		minutes   int
		minimum   bool
	}{
		{
			name:      "no paid asks, no lines",
			questions: []triage.Question{quick(2), quick(3)},
			total:     "0",
		},
		{
			name:      "round up to the quarter hour",
			questions: []triage.Question{paid(50, ""), paid(61, "")},
			lines:     []line{{60, "200.00"}, {75, "250.00"}},
			total:     "450.00", minutes: 135,
		},
		{
			name:      "exact quarters stay",
			questions: []triage.Question{paid(45, "")},
			lines:     []line{{45, "150.00"}},
			total:     "150.00", minutes: 45,
		},
		{
			name:      "minimum block tops up a small quote",
			questions: []triage.Question{paid(10, "")},
			lines:     []line{{30, "100.00"}},
			total:     "100.00", minutes: 30, minimum: true,
		},
		{
			name:      "minimum block is per quote, not per ask",
			questions: []triage.Question{paid(10, ""), paid(10, ""), paid(10, "")},
			lines:     []line{{15, "50.00"}, {15, "50.00"}, {15, "50.00"}}, // per ask it would be 90 minutes
			total:     "150.00", minutes: 45,
		},
		{
			name:      "top-up goes on the first line",
			questions: []triage.Question{paid(5, "tax"), paid(5, "")},
			rates:     func(r *Rates) { r.BlockMinutes = 60 },
			lines:     []line{{45, "225.00"}, {15, "50.00"}},
			total:     "275.00", minutes: 60, minimum: true,
		},
		{
			name:      "quick asks are not billed",
			questions: []triage.Question{quick(2), paid(60, ""), quick(1)},
			lines:     []line{{60, "200.00"}},
			total:     "200.00", minutes: 60,
		},
		{
			name:      "category rate per line",
			questions: []triage.Question{paid(60, "tax"), paid(60, "bookkeeping")},
			lines:     []line{{60, "300.00"}, {60, "200.00"}},
			total:     "500.00", minutes: 120,
		},
		{
			name:      "a zero estimate still bills a step",
			questions: []triage.Question{paid(0, "")},
			rates:     func(r *Rates) { r.BlockMinutes = 0 },
			lines:     []line{{15, "50.00"}},
			total:     "50.00", minutes: 15,
		},
		{
			name:      "no rounding",
			questions: []triage.Question{paid(7, "")},
			rates:     func(r *Rates) { r.RoundMinutes = 1; r.BlockMinutes = 0 },
			lines:     []line{{7, "23.33"}}, // 23.333…
			total:     "23.33", minutes: 7,
		},
		{
			name:      "line amount half up",
			questions: []triage.Question{paid(15, ""), paid(15, "")},
			rates:     func(r *Rates) { r.Default = usd("250.02"); r.BlockMinutes = 0 },
			lines:     []line{{15, "62.51"}, {15, "62.51"}}, // 62.505 each
			total:     "125.02", minutes: 30,
		},
		{
			name:      "below half rounds down",
			questions: []triage.Question{paid(15, "")},
			rates:     func(r *Rates) { r.Default = usd("250.01"); r.BlockMinutes = 0 },
			lines:     []line{{15, "62.50"}}, // 62.5025
			total:     "62.50", minutes: 15,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &Rates{
				Currency:     MustParseCurrency("USD"),
				Default:      usd("200"),
				Category:     map[string]Money{"tax": usd("300")},
				RoundMinutes: 15,
				BlockMinutes: 30,
			}
			if tt.rates != nil {
				tt.rates(r)
			}
			q, err := r.Price(&triage.Result{Questions: tt.questions}, For{Source: "tok-1"})
			if err != nil {
				t.Fatal(err)
			}
			if len(q.Lines) != len(tt.lines) {
				t.Fatalf("%d lines, want %d: %+v", len(q.Lines), len(tt.lines), q.Lines)
			}
			for i, want := range tt.lines {
				got := q.Lines[i]
				if got.Minutes != want.minutes || got.Amount != usd(want.amount) {
					t.Errorf("line %d: %d min %s, want %d min %s", i, got.Minutes, got.Amount, want.minutes, want.amount)
				}
				if got.Amount.Currency() != r.Currency {
					t.Errorf("line %d in %s", i, got.Amount.Currency())
				}
			}
			if q.Total != usd(tt.total) || q.Minutes != tt.minutes || q.MinimumApplied != tt.minimum {
				t.Errorf("total %s, %d min, minimum %v; want %s, %d, %v", q.Total, q.Minutes, q.MinimumApplied, tt.total, tt.minutes, tt.minimum)
			}
			if q.ID != QuoteID("tok-1") {
				t.Errorf("ID %s, want QuoteID(source)", q.ID)
			}
		})
	}
}

func TestPriceKeepsQuestionIndexAndEstimate(t *testing.T) {
	res := &triage.Result{Questions: []triage.Question{
		quick(2),
		{Text: "Can you prepare the 2024 return?", Kind: triage.Paid, Minutes: 100, Category: "tax"},
	}}
	q, err := fullRates().Price(res, For{Source: "s", Rep: "ann@firm.example", Tier: "D"})
	if err != nil {
		t.Fatal(err)
	}
	l := q.Lines[0]
	if l.Question != 1 || l.Text != res.Questions[1].Text || l.EstimatedMinutes != 100 || l.Minutes != 105 || l.Category != "tax" {
		t.Errorf("line = %+v", l)
	}
	// tax 300 × 1.25 (tier D) = 375/h; 105 min = 656.25
	if l.Rate.Source != "category:tax" || l.Rate.Hourly != usd("375") || l.Amount != usd("656.25") {
		t.Errorf("rate %s %s amount %s", l.Rate.Source, l.Rate.Hourly, l.Amount)
	}
}

func TestPriceCurrencies(t *testing.T) {
	tests := []struct {
		cur, rate string
		minutes   int
		want      string
	}{
		{"JPY", "15000", 45, "11250"},
		{"JPY", "15001", 15, "3750"},    // 3750.25
		{"JPY", "15002", 15, "3751"},    // 3750.5 → up
		{"KWD", "75.125", 45, "56.344"}, // 56.34375
		{"KWD", "75.125", 60, "75.125"},
		{"USD", "99.99", 90, "149.99"}, // 149.985
	}
	for _, tt := range tests {
		c := MustParseCurrency(tt.cur)
		rate, _ := c.ParseAmount(tt.rate)
		want, _ := c.ParseAmount(tt.want)
		r := &Rates{Currency: c, Default: rate, RoundMinutes: 15}
		q, err := r.Price(&triage.Result{Questions: []triage.Question{paid(tt.minutes, "")}}, For{})
		if err != nil || q.Total != want {
			t.Errorf("%s %s × %d min = %v, %v; want %s", tt.cur, tt.rate, tt.minutes, q.Total, err, tt.want)
		}
	}
}

func TestPriceErrors(t *testing.T) {
	res := &triage.Result{Questions: []triage.Question{paid(30, "")}}
	if _, err := (&Rates{}).Price(res, For{}); err == nil {
		t.Error("price list without currency accepted")
	}
	r := fullRates()
	if _, err := r.Price(res, For{Tier: "Z"}); err == nil || !strings.Contains(err.Error(), "ask 1") {
		t.Errorf("tier Z: %v", err)
	}
	r.Category["tax"] = MustParseCurrency("EUR").Minor(30000)
	if _, err := r.Price(&triage.Result{Questions: []triage.Question{paid(30, "tax")}}, For{}); err == nil {
		t.Error("EUR rate in a USD price list accepted")
	}
	r = fullRates()
	r.Default = usd("1000000")
	if _, err := r.Price(&triage.Result{Questions: []triage.Question{paid(1<<62, "")}}, For{}); err == nil {
		t.Error("overflow accepted")
	}
}

func TestRoundUp(t *testing.T) {
	tests := []struct{ minutes, step, want int }{
		{1, 15, 15}, {15, 15, 15}, {16, 15, 30}, {0, 15, 15}, {-5, 15, 15},
		{7, 1, 7}, {7, 0, 7}, {59, 30, 60}, {61, 60, 120},
	}
	for _, tt := range tests {
		if got := roundUp(tt.minutes, tt.step); got != tt.want {
			t.Errorf("roundUp(%d, %d) = %d, want %d", tt.minutes, tt.step, got, tt.want)
		}
	}
}

func TestQuoteID(t *testing.T) {
	shape := regexp.MustCompile(`^Q-[0-9A-HJKMNP-TV-Z]{12}$`)
	seen := map[string]string{}
	for _, tok := range []string{"", "a", "b", "src-1", "src-2", "src-10", "\r\nSubject: x", strings.Repeat("x", 10000)} {
		id := QuoteID(tok)
		if !shape.MatchString(id) {
			t.Errorf("QuoteID(%q) = %q: not Q- and 12 Crockford base32 characters", tok, id)
		}
		if QuoteID(tok) != id {
			t.Errorf("QuoteID(%q) not stable", tok)
		}
		if other, dup := seen[id]; dup {
			t.Errorf("QuoteID(%q) = QuoteID(%q) = %s", tok, other, id)
		}
		seen[id] = tok
	}
	// Pinned: quote IDs are stored in the ledger and quoted back by
	// clients, so the derivation must never change between versions.
	if got := QuoteID("src-1"); got != pinnedQuoteID {
		t.Errorf("QuoteID(\"src-1\") = %s, want %s: the derivation changed", got, pinnedQuoteID)
	}
}

const pinnedQuoteID = "Q-SD8Z005D07HF"

func TestQuoteJSON(t *testing.T) {
	q, err := fullRates().Price(&triage.Result{Questions: []triage.Question{paid(60, "tax")}}, For{Source: "s", Tier: "D"})
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(q)
	if err != nil {
		t.Fatal(err)
	}
	var back struct {
		ID       string `json:"id"`
		Currency string `json:"currency"`
		Total    string `json:"total"`
		Minutes  int    `json:"minutes"`
		Lines    []struct {
			Minutes int `json:"minutes"`
			Rate    struct {
				Hourly     string `json:"hourly"`
				Source     string `json:"source"`
				Multiplier string `json:"multiplier"`
			} `json:"rate"`
			Amount string `json:"amount"`
		} `json:"lines"`
	}
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back.ID != q.ID || back.Currency != "USD" || back.Total != "USD 375.00" || back.Minutes != 60 ||
		len(back.Lines) != 1 || back.Lines[0].Rate.Hourly != "USD 375.00" || back.Lines[0].Rate.Source != "category:tax" ||
		back.Lines[0].Rate.Multiplier != "1.25" || back.Lines[0].Amount != "USD 375.00" {
		t.Errorf("json = %s", b)
	}
	// And a quote reads back from its JSON.
	var q2 Quote
	if err := json.Unmarshal(b, &q2); err != nil || q2.Total != q.Total || q2.Lines[0].Rate.Multiplier.Cmp(dec("1.25")) != 0 {
		t.Errorf("round trip: %+v, %v", q2, err)
	}
}

func BenchmarkPrice(b *testing.B) {
	r := fullRates()
	res := &triage.Result{Questions: []triage.Question{quick(2), paid(50, "tax"), paid(10, ""), paid(95, "bookkeeping")}}
	for b.Loop() {
		if _, err := r.Price(res, For{Source: "src", Rep: "ann@firm.example", Tier: "D"}); err != nil {
			b.Fatal(err)
		}
	}
}
