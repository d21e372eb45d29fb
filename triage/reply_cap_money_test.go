package triage

import (
	"strings"
	"testing"
)

// TestReplyMoneyCap: a go-ahead that caps the money with a verb of holding
// the work to a limit ("as long as it stays below £300", "keep it under
// $400") is settled against the quote quoted below it, its hours times its
// hourly rate; a cap below is a counter-offer, an amount without such a
// verb, or a quote that names no rate, leaves the reply unclear as before.
// Sentences written for the test (a plasterer, a dog groomer, a
// translator).
func TestReplyMoneyCap(t *testing.T) {
	e := New(DefaultConfig())
	quote := func(line string) string {
		return "\n\nOn Thu, 3 Dec 2026 at 14:20, Bo <bo@firm.test> wrote:\n> Hi Kim,\n>\n> Skimming the hallway ceiling is more than a quick fix.\n> " + line + "\n> Shall I go ahead?\n>\n> Bo\n"
	}
	rated := quote("I will need 4 hours at £60/hour.")
	tests := []struct {
		name, body string
		want       Decision
		reason     string
	}{
		{"cap above the quote", "Go ahead, as long as it stays below £300.\n\nKim" + rated, Accepted, "at or above the quoted 240"},
		{"cap equal, keep under", "OK, keep it under £240 please.\n\nKim" + rated, Accepted, "at or above"},
		{"cap below the quote", "Go ahead as long as it stays below £200.\n\nKim" + rated, Unclear, "below the quoted 240"},
		{"rate said per hour in words", "Fine, keep it within 400 euros.\n\nKim" + quote("That would be 3 hours at 150 euros per hour."), Unclear, "below the quoted 450"},
		{"guard: no rate in the quote", "Go ahead, as long as it stays below £300.\n\nKim" + quote("I will need 4 hours."), Unclear, "capped"},
		{"guard: an amount with no holding verb", "Go ahead, we have £300 set aside.\n\nKim" + rated, Unclear, "amount"},
		{"guard: hours and money", "Go ahead but keep it under 3 hours and under £200.\n\nKim" + rated, Unclear, ""},
		{"guard: a no with a cap", "No thanks, even if it stayed under £100.\n\nKim" + rated, Unclear, "conditional"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := e.AnalyzeBytes([]byte("From: kim@client.test\nIn-Reply-To: <q7@firm.test>\nContent-Type: text/plain; charset=utf-8\n\n" + tt.body))
			if r.ReplyDecision != tt.want || !strings.Contains(r.ReplyReason, tt.reason) {
				t.Errorf("decision %q (%s), want %q (%s…)", r.ReplyDecision, r.ReplyReason, tt.want, tt.reason)
			}
		})
	}
}

// TestQuoteRate: the hourly rate a quote's line names, in its usual forms.
func TestQuoteRate(t *testing.T) {
	rl := New(DefaultConfig()).replyCues()
	for _, tt := range []struct {
		line string
		want float64
	}{
		{"I will need 2 hours at $85/hour.", 85},
		{"about 3 hours at £1,200 per hour", 1200},
		{"roughly 5 hours at €45/h in all", 45},
		{"2 hours at £65 an hour", 65},
		{"2 hours at 90 euros per hour", 90},
		{"2 hours, £130 in total", 0},
		{"a $40 call-out fee and 2 hours", 0},
	} {
		if got := rl.rateIn(tt.line); got != tt.want {
			t.Errorf("rateIn(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
