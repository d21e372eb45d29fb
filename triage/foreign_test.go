package triage

import (
	"strings"
	"testing"
)

// TestForeignQuote: a message that is itself a quote to its reader (time
// priced at a rate and an offer to go ahead) gets no draft, so two quoting
// firms never price each other's quotes in a loop; a client who mentions a
// price or asks whether to send something still gets one.
func TestForeignQuote(t *testing.T) {
	e := New(DefaultConfig())
	tests := []struct {
		name, body string
		foreign    bool
	}{
		{"plain quote", "Hi Jo,\n\nThe cash-flow forecast will take about 3 hours at $140 per hour, so $420 in all.\nShall I go ahead?\n\nKim", true},
		{"rate first", "Thanks for your note. Redoing the floor plan is 4 hrs @ £75/h. Let me know if you'd like me to go ahead.", true},
		{"euro, lowercase", "bonjour, le bilan: 2 h x 90 eur. would you like us to proceed?", true},
		{"free minutes wording", "Beyond the free five minutes I would need 1.5 hours at €120 an hour.\nPlease let me know if you want me to start.", true},
		{"client quotes the price back", "Your note said 3 hours at $140 per hour. Could you do it in two?", false},
		{"client offers to send", "I can send the invoices at $40 each if that helps. Shall I go ahead and post them?", false},
		{"client asks for work", "Can you prepare the payroll summary? Last year it took about 2 hours.", false},
		{"rate without offer", "We pay our bookkeeper $45 an hour. Can you review her reconciliation?", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := "From: kim@otherfirm.test\nTo: jo@ourfirm.test\nSubject: Re: forecast\nContent-Type: text/plain; charset=utf-8\n\n" + tt.body + "\n"
			r := e.AnalyzeBytes([]byte(raw))
			if got := r.SkipReason == SkipForeignQuote; got != tt.foreign {
				t.Errorf("skip=%v %q, want foreign quote %v (questions %+v)", r.Skip, r.SkipReason, tt.foreign, r.Questions)
			}
			if tt.foreign && (!r.Skip || len(r.Questions) != 0 || r.NeedsQuote) {
				t.Errorf("a foreign quote must get no draft: %+v", r)
			}
		})
	}
}

// TestMayRateByTime: the cheap test never turns away a text ratePrice
// matches (it only spares the expression texts it cannot match), on
// written rows and on random texts built from the pieces the expression
// reads.
func TestMayRateByTime(t *testing.T) {
	rows := []struct {
		text string
		may  bool
	}{
		{"Labour is 3 hours at €45 each.", true},
		{"We charge £70 per hour for site visits.", true},
		{"It comes to $55/hr plus parts.", true},
		{"Allow 2.5h × 80 EUR for the survey.", true},
		{"The fee is 40 CHF an HOUR.", true},
		{"Call me within 24 hours please.", true}, // a unit after a number: read by the expression
		{"The total is €320 including delivery.", false},
		{"Our shop opens at 9 with 3 staff.", false},
		{"Thanks for the brochure, how much is the hedge trim?", false},
		{"See the chart: 4th column, €12 per item.", false},
	}
	for _, r := range rows {
		if got := mayRateByTime(r.text); got != r.may {
			t.Errorf("mayRateByTime(%q) = %v, want %v", r.text, got, r.may)
		}
		if ratePrice.MatchString(r.text) && !mayRateByTime(r.text) {
			t.Errorf("%q: ratePrice matches but mayRateByTime turns it away", r.text)
		}
	}
	pieces := []string{" ", "  ", "\t", "\n", "/", "/ ", "3", "12.5", "1,5", "$", "£", "€", "EUR", "usd", "pounds",
		"h", "H", "hr", "HRS", "hour", "Hours", "hourſ", "per", "an", "a", "each", "paper", "at", "@", "×", "x",
		"_", "é", ".", "?", "-", "cost", "the", "hh", "hours_", "$9", "£40 ", "12€", "7 eur", "80 USD ", "2 ", "at £3",
		"@ $5", "per ", "an ", "/h", " hr", "3h"}
	seed := uint32(7)
	next := func(n int) int {
		seed = seed*1664525 + 1013904223
		return int(seed>>8) % n
	}
	matched := 0
	for range 200000 {
		var b strings.Builder
		for k := 1 + next(8); k > 0; k-- {
			b.WriteString(pieces[next(len(pieces))])
		}
		s := b.String()
		if ratePrice.MatchString(s) {
			matched++
			if !mayRateByTime(s) {
				t.Fatalf("%q: ratePrice matches but mayRateByTime turns it away", s)
			}
		}
	}
	if matched < 1000 {
		t.Fatalf("only %d random texts matched ratePrice: the check tests too little", matched)
	}
}
