package triage

import (
	"fmt"
	"strings"
	"testing"
)

// TestStatedEffort: only an effort the client states outright sets
// minutes; deadlines and durations that describe the subject never do.
func TestStatedEffort(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		// Effort, stated.
		{"It should take you about two hours.", 120},
		{"it shouldn't take more than an hour", 60},
		{"Shouldn't be more than an hour of your time.", 60},
		{"A couple of hours should do it.", 120},
		{"Please don't spend more than 90 minutes on it.", 90},
		{"Budget three hours for the whole thing.", 180},
		{"I reckon it is maybe half an hour's work.", 30},
		{"Give it an hour and a half of your time at most.", 90},
		{"This will take your team a full day.", 480},
		{"Should take roughly 45 minutes.", 45},
		// Deadlines.
		{"We need it within 2 days.", 0},
		{"Can you get it back to me in 3 hours?", 0},
		{"The bank wants the forms by Friday, two days from now.", 0},
		// Durations that describe the subject.
		{"Chase the customers who are more than 60 days overdue.", 0},
		{"Reconcile the last 90 days of card payments.", 0},
		{"Our shop is open 10 hours a day.", 0},
		{"The transfer takes about 3 days to clear.", 0},
		{"It usually takes five days for the refund to arrive.", 0},
		// Someone else's effort, in the past.
		{"It took me four hours last year and I gave up.", 0},
		{"We spent two days on it already.", 0},
	}
	for _, tt := range tests {
		if got := statedEffort(words(tt.text)); got != tt.want {
			t.Errorf("statedEffort(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

func TestItemCount(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"check the 12 invoices from March", 12},
		{"write three letters to the tenants", 3},
		{"sort the 40 unpaid invoices", 40},
		{"file dozens of receipts", 24},
		{"the 2024 accounts", 0},               // a year
		{"the 1099-NEC forms for the team", 0}, // a form number
		{"the new 401(k) deductions", 0},       // a plan's name
		{"the W-2 corrections", 0},             // a form
		{"customers more than 60 days overdue", 0},
		{"the last 3 years of returns", 0}, // a period: scope weighs it
		{"a $500 fee", 0},
		{"about 800 words each", 0},
	}
	for _, tt := range tests {
		if got := itemCount(words(tt.text)); got != tt.want {
			t.Errorf("itemCount(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

// only returns the one paid ask of text, or fails.
func onlyAsk(t *testing.T, e *Engine, text string) Question {
	t.Helper()
	qs := e.Questions(text)
	if len(qs) != 1 {
		t.Fatalf("%q: %d asks %+v, want 1", text, len(qs), qs)
	}
	return qs[0]
}

// TestEstimates sizes paid asks from the kind of work, scope and stated
// effort, within the floor and the cap, and says when to check.
func TestEstimates(t *testing.T) {
	e := New(DefaultConfig())
	tests := []struct {
		name     string
		text     string
		min, max int
		estimate Estimate
		check    bool
	}{
		{"a letter is sized as writing, whatever its subject's dates", "Could you write chaser letters to the customers who are more than 60 days overdue?", 30, 90, EstimateDefault, false},
		{"a period scales a reconciliation, it is not its length", "Please reconcile the last 90 days of card payments.", 121, 360, EstimateScaled, false},
		{"stated effort wins", "Can you review the lease for the new unit? It should take you about two hours.", 120, 120, EstimateStated, false},
		{"stated effort in the same sentence", "Please fix the VAT codes on the supplier bills, an hour of your time at most.", 60, 60, EstimateStated, false},
		{"a count of items scales, bounded", "Can you check the 12 invoices from the printers?", 46, 180, EstimateScaled, false},
		{"all and a period scale together", "Could you redo all the payroll journals for the last 3 years?", 91, 360, EstimateScaled, true},
		{"a big scope is flagged", "Please prepare every return for all 40 of our subsidiaries for the last five years.", 241, 480, EstimateScaled, true},
		{"the cap holds a huge scope", "Could you catch up on all the books for the last three years for all 12 companies?", 480, 480, EstimateCapped, true},
		{"the cap holds a stated effort", "Can you audit the books? It will take you about three days.", 480, 480, EstimateCapped, true},
		{"nothing names the work: a guess to check", "We would like you to handle the Henderson matter.", 60, 60, EstimateDefault, true},
		{"the category sizes an ask without an act", "We'd like your help with the tax side of the sale.", 90, 90, EstimateDefault, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var q Question
			found := false
			for _, x := range e.Questions(tt.text) {
				if x.Kind == Paid {
					q, found = x, true
				}
			}
			if !found {
				t.Fatalf("%q: no paid ask in %+v", tt.text, e.Questions(tt.text))
			}
			if q.Minutes < tt.min || q.Minutes > tt.max || q.Estimate != tt.estimate || q.CheckEstimate != tt.check {
				t.Errorf("%q: %d min, %s, check %v; want %d..%d, %s, check %v", tt.text, q.Minutes, q.Estimate, q.CheckEstimate, tt.min, tt.max, tt.estimate, tt.check)
			}
		})
	}
}

// TestDeadlineIsNotAnAsk: "we need it within 2 days" dates the ask before
// it; it is not a paid item of its own.
func TestDeadlineIsNotAnAsk(t *testing.T) {
	e := New(DefaultConfig())
	for _, text := range []string{
		"Can you set up the new payroll? We need it within 2 days.",
		"Please update the fee schedule. I'd like it back by Thursday.",
		"Could you redo the cash flow sheet? We need it done before the board meets.",
	} {
		qs := e.Questions(text)
		if len(qs) != 1 || qs[0].Kind != Paid || qs[0].Minutes > 120 {
			t.Errorf("%q: %+v, want one paid ask of at most 2 hours", text, qs)
		}
	}
	// Work named after the pronoun is an ask.
	if qs := e.Questions("Here are the card statements. I need them reconciled before the audit."); len(qs) != 1 {
		t.Errorf("a request for work after a pronoun was dropped: %+v", qs)
	}
}

// TestKindOfWork: a letter is not a reconciliation.
func TestKindOfWork(t *testing.T) {
	e := New(DefaultConfig())
	letter := onlyAsk(t, e, "Please write a letter to the landlord about the deposit.")
	rec := onlyAsk(t, e, "Please reconcile the savings account.")
	if letter.Kind != Paid || rec.Kind != Paid || letter.Minutes >= rec.Minutes {
		t.Errorf("letter %s %d min, reconciliation %s %d min: want both paid and the letter smaller", letter.Kind, letter.Minutes, rec.Kind, rec.Minutes)
	}
	made := onlyAsk(t, e, "Please prepare the reminder letters for the three tenants in arrears.")
	if made.Kind != Paid || made.Act != "write" || made.Minutes > 2*letter.Minutes {
		t.Errorf("letters prepared: %+v, want paid writing, at most %d min", made, 2*letter.Minutes)
	}
	short := onlyAsk(t, e, "Could you do a short letter for the landlord about the break clause?")
	if short.Kind != Paid || short.Act != "write" || short.Minutes != letter.Minutes {
		t.Errorf("a new letter asked for: %+v, want paid, written like %d min", short, letter.Minutes)
	}
}

// TestEstimateConfig: the tables, cap, floor and scale bound come from
// [triage].
func TestEstimateConfig(t *testing.T) {
	tests := []struct {
		name string
		set  func(*Config)
		text string
		want int
	}{
		{"act table", func(c *Config) { c.Minutes.Act = map[string]int{"write": 30} }, "Please write a letter to the landlord about the deposit.", 30},
		{"act names are matched in lower case", func(c *Config) { c.Minutes.Act = map[string]int{"Reconcile": 200} }, "Please reconcile the savings account.", 200},
		{"category table", func(c *Config) { c.Minutes.Category = map[string]int{"tax": 75} }, "We'd like your help with the tax side of the sale.", 75},
		{"floor", func(c *Config) { c.Minutes.Act = map[string]int{"write": 5}; c.MinAskMinutes = 20 }, "Please write a letter to the landlord about the deposit.", 20},
		{"cap", func(c *Config) { c.MaxAskMinutes = 100 }, "Please reconcile the savings account.", 100},
		{"no scaling", func(c *Config) { c.MaxScale = 1 }, "Please reconcile the last 90 days of card payments.", 120},
		{"a signal's own minutes", func(c *Config) {
			c.Signals = []Signal{{Match: "ledger cleanup", Kind: "paid", Weight: 3, Minutes: 150, Act: "fix"}}
		}, "Please do the ledger cleanup.", 150},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := DefaultConfig()
			tt.set(&cfg)
			if err := cfg.Validate(); err != nil {
				t.Fatal(err)
			}
			q := onlyAsk(t, New(cfg), tt.text)
			if q.Kind != Paid || q.Minutes != tt.want {
				t.Errorf("%s %d min, want paid %d", q.Kind, q.Minutes, tt.want)
			}
		})
	}
}

func TestEstimateConfigValidate(t *testing.T) {
	tests := []struct {
		set  func(*Config)
		want string
	}{
		{func(c *Config) { c.MaxAskMinutes = 0 }, "triage.max_ask_minutes"},
		{func(c *Config) { c.MinAskMinutes = 600 }, "triage.min_ask_minutes"},
		{func(c *Config) { c.MaxScale = 0 }, "triage.max_scale"},
		{func(c *Config) { c.Minutes.Act = map[string]int{"write": 0} }, "triage.minutes.act.write"},
		{func(c *Config) { c.Minutes.Category = map[string]int{"tax": 99999} }, "triage.minutes.category.tax"},
	}
	for _, tt := range tests {
		cfg := DefaultConfig()
		tt.set(&cfg)
		err := cfg.Validate()
		if err == nil || !strings.Contains(err.Error(), tt.want+":") {
			t.Errorf("error %v, want one naming %s", err, tt.want)
		}
	}
}

// TestIssueEstimates: the estimates reported in the issue stay within sane
// bounds, whatever the subject's own durations.
func TestIssueEstimates(t *testing.T) {
	e := New(DefaultConfig())
	for _, text := range []string{
		"Could you draft reminder letters for everyone on the aged debtors list who is more than 60 days overdue?",
		"I'd like you to reconcile the last 90 days of card payments against the bank feed.",
		"Can you sort out the VAT registration? We need it within 2 days.",
		"Please look into the 30 day payment terms our supplier wants and whether we can push them to 45 days.",
		"Could you chase every customer who hasn't paid in the last 120 days?",
	} {
		for _, q := range e.Questions(text) {
			if q.Kind == Paid && (q.Minutes < 15 || q.Minutes > 8*60) {
				t.Errorf("%q: %d minutes, want 15 to 480", q.Text, q.Minutes)
			}
			if q.Kind == Paid && q.Minutes >= 6*60 && !q.CheckEstimate {
				t.Errorf("%q: %d minutes without asking the rep to check", q.Text, q.Minutes)
			}
		}
	}
}

// TestQuickOverflow: kind never changes with the allowance; only many
// quick asks well past it are billed, together, and never a single one.
func TestQuickOverflow(t *testing.T) {
	quick := func(n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "Did the parcel number %d arrive?\n", i+1)
		}
		return b.String()
	}
	tests := []struct {
		name      string
		free      int
		threshold int
		policy    string
		asks      string
		wantKinds string
		overflow  int
		billed    int
		mode      string
		quote     bool
	}{
		{"within the free minutes", 5, 30, "", "Did you get the form? When is it due? Is the office open Monday?", "qqq", 0, 0, "", false},
		{"a little past the allowance: answered free, kind unchanged", 2, 30, "", "Did you get the form? When is it due? Is the office open Monday?", "qqq", 1, 0, "", false},
		{"no free minutes and one quick ask: never billed", 0, 0, "", "Did you get the form?", "q", 1, 0, "", false},
		{"paid asks do not use the allowance and are billed", 1, 30, "", "Please prepare the return. Did you get the form?", "pq", 0, 1, "", true},
		{"well past the allowance: the rest on one line", 2, 3, "", quick(8), "qqqqqqqq", 6, 6, OverflowLine, false},
		{"well past the allowance: a call", 2, 3, OverflowCall, quick(8), "qqqqqqqq", 6, 6, OverflowCall, false},
		{"policy none: all free", 2, 3, OverflowNone, quick(8), "qqqqqqqq", 6, 0, "", false},
		{"not past allowance plus threshold", 2, 30, "", quick(8), "qqqqqqqq", 6, 0, "", false},
		{"mixed: paid billed, quick rest on one line", 1, 2, "", "Please prepare the return.\n" + quick(5), "pqqqqq", 4, 5, OverflowLine, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := DefaultConfig()
			cfg.FreeMinutes, cfg.OverflowMinutes, cfg.QuickOverflow = tt.free, tt.threshold, tt.policy
			r := New(cfg).AnalyzeBytes([]byte("From: a@client.test\nContent-Type: text/plain\n\n" + tt.asks + "\n"))
			kinds, over, billed := "", 0, 0
			for _, q := range r.Questions {
				kinds += string(q.Kind[0])
				if q.Overflow {
					over++
				}
				if q.Billed {
					billed++
				}
			}
			if kinds != tt.wantKinds || over != tt.overflow || billed != tt.billed || r.QuickOverflow != tt.mode || r.NeedsQuote != tt.quote {
				t.Errorf("kinds %q overflow %d billed %d mode %q quote %v; want %q %d %d %q %v",
					kinds, over, billed, r.QuickOverflow, r.NeedsQuote, tt.wantKinds, tt.overflow, tt.billed, tt.mode, tt.quote)
			}
			if r.FreeMinutes != tt.free {
				t.Errorf("FreeMinutes = %d, want %d", r.FreeMinutes, tt.free)
			}
			if n := len(r.BilledQuick()); n == 1 {
				t.Error("a single quick ask is billed")
			}
		})
	}
}

func TestFreeQuickMinutes(t *testing.T) {
	r := &Result{Questions: []Question{
		{Kind: Quick, Minutes: 2}, {Kind: Quick, Minutes: 1, Overflow: true},
		{Kind: Quick, Minutes: 2, Overflow: true, Billed: true}, {Kind: Paid, Minutes: 60, Billed: true},
	}}
	if got := r.FreeQuickMinutes(); got != 3 {
		t.Errorf("FreeQuickMinutes = %d, want 3 (billed quick asks and paid asks are not free)", got)
	}
	if got := r.QuickMinutes(); got != 5 {
		t.Errorf("QuickMinutes = %d, want 5", got)
	}
}
