package triage

import (
	"strings"
	"testing"
)

// TestReplyTimeCap: a go-ahead that caps the hours is reported with the
// cap for the quote's hours to settle; a cap with a price, a condition, a
// question or a no is read as before. Sentences written for the test.
func TestReplyTimeCap(t *testing.T) {
	e := New(DefaultConfig())
	tests := []struct {
		text   string
		want   Decision
		cap    int
		reason string
	}{
		{"Go for it, but keep it under 3 hours please.", Unclear, 180, "capped at 3 h"},
		{"Happy for you to proceed, just keep it below two hours.", Unclear, 120, "capped at 2 h"},
		{"Yes, go ahead - no more than 1.5 hours though.", Unclear, 90, "capped at 1.5 h"},
		{"OK please go ahead and cap it at an hour.", Unclear, 60, "capped at 1 h"},
		{"Sounds good, go ahead. Four hours max.", Unclear, 240, "capped at 4 h"},
		{"Please proceed, but not more than 6 hrs.", Unclear, 360, "capped at 6 h"},
		// Guards: what a cap is not.
		{"Go ahead, we're under a lot of pressure from the bank.", Accepted, 0, "go ahead"},
		{"Yes please go ahead, I need it within two weeks.", Accepted, 0, "go ahead"},
		{"Go ahead but keep it under 2 hours and under $300.", Unclear, 0, "amount"},
		{"If you can keep it under 2 hours, go ahead.", Unclear, 0, "conditional"},
		{"No thanks, not even for 2 hours.", Declined, 0, "no thanks"},
		{"Could you keep it under 2 hours?", Unclear, 0, ""},
		{"Go ahead, but I'd rather pay a flat fee.", Unclear, 0, "counter-offer"},
	}
	for _, tt := range tests {
		got := e.ReadReply(tt.text)
		if got.Decision != tt.want || got.CapMinutes != tt.cap || !strings.Contains(got.Reason, tt.reason) {
			t.Errorf("ReadReply(%q) = %s (%s) cap %d, want %s (%s…) cap %d", tt.text, got.Decision, got.Reason, got.CapMinutes, tt.want, tt.reason, tt.cap)
		}
	}
}

// TestReplyCapSettledByQuotedQuote: when the reply quotes the quote, its
// hours settle a capped go-ahead: a cap at or above them accepts, below
// them is a counter-offer; with no quote quoted the cap waits for the
// ledger.
func TestReplyCapSettledByQuotedQuote(t *testing.T) {
	e := New(DefaultConfig())
	quote := "\n\nOn Mon, 7 Dec 2026 at 09:12, Dana Price <dana@firm.test> wrote:\n> Hi Omar,\n>\n> Reworking the cash-flow forecast is more than a quick look.\n" +
		"> If you want me to spend more than the free 5 minutes I will need 3 hours at $95 per hour.\n> Please let me know if you'd like me to go ahead?\n>\n> Dana\n"
	listed := "\n\n-----Original Message-----\nFrom: Dana Price <dana@firm.test>\n\n- Forecast rework\n  about 1 h: $95\n- Loan covenant check\n  about 2 h: $190\n" +
		"Beyond the free 5 minutes I will need 3 hours at $95 per hour (total $285).\nPlease let me know if you'd like me to go ahead.\n"
	tests := []struct {
		name, body string
		want       Decision
		reason     string
	}{
		{"cap above the quote", "Go ahead, just keep it under 4 hours.\n\nOmar" + quote, Accepted, "at or above the quoted 3 h"},
		{"cap equal to the quote", "Fine, go ahead, three hours max.\nOmar" + quote, Accepted, "at or above"},
		{"cap below the quote", "Go ahead but no more than 2 hours please.\nOmar" + quote, Unclear, "below the quoted 3 h"},
		{"total after listed asks", "OK go ahead, keep it under 3.5 hours.\n" + listed, Accepted, "quoted 3 h"},
		{"no quote quoted", "Go ahead, just keep it under 4 hours.\n\nOmar\n", Unclear, "capped at 4 h"},
		{"guard: a plain yes", "Yes please, go ahead.\nOmar" + quote, Accepted, "go ahead"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msg := "From: Omar <omar@client.test>\nTo: dana@firm.test\nSubject: Re: Forecast\nIn-Reply-To: <q1@firm.test>\nContent-Type: text/plain; charset=utf-8\n\n" + tt.body
			res := e.Analyze(strings.NewReader(msg))
			if res.ReplyDecision != tt.want || !strings.Contains(res.ReplyReason, tt.reason) {
				t.Fatalf("decision %s (%s), want %s (%s…)", res.ReplyDecision, res.ReplyReason, tt.want, tt.reason)
			}
		})
	}
}

func TestSettleCap(t *testing.T) {
	for _, tt := range []struct {
		capM, quoted int
		want         Decision
	}{{240, 120, Accepted}, {120, 120, Accepted}, {60, 120, Unclear}, {90, 91, Unclear}} {
		if got, why := SettleCap(tt.capM, tt.quoted); got != tt.want || why == "" {
			t.Errorf("SettleCap(%d, %d) = %s %q, want %s with a reason", tt.capM, tt.quoted, got, why, tt.want)
		}
	}
}

// TestReplyCapVerbs: a go-ahead that holds the work to a number of hours
// with a verb of limiting ("keep it to", "limit it to") is a capped
// go-ahead; the verb without hours, or hours without the verb, is not.
func TestReplyCapVerbs(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"keep it to", "OK, go ahead, but keep it to one hour.", Unclear, "capped at 1 h"},
		{"limit it to", "Please proceed and limit it to three hours.", Unclear, "capped at 3 h"},
		{"keep it within", "Fine, crack on - try to keep it within an hour.", Unclear, "capped at 1 h"},
		{"restrict it to", "Go ahead, restrict it to 90 minutes... sorry, 1.5 hours.", Unclear, "capped at 1.5 h"},
		{"hold it under", "Yes, go ahead but hold it under two hrs.", Unclear, "capped at 2 h"},
		{"guard: keep me posted", "Go ahead and keep me posted.", Accepted, "go ahead"},
		{"guard: no hours", "Yes go ahead, keep it to the essentials.", Accepted, ""},
		{"guard: keep open to", "Go ahead, I'll keep the shop open to six.", Accepted, "go ahead"},
	})
}
