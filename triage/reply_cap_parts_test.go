package triage

import (
	"strings"
	"testing"
)

// TestQuoteMinutesAddsParts: a quote that prices two parts on its
// go-ahead line ("3 hours for the survey and another 2 hours for the
// report") charges for their sum, so a cap between one part and the whole
// is a counter-offer; a line that restates or totals its hours keeps the
// last of them. Sentences written for the test (a locksmith, a piano
// tuner, a sign-language interpreter, a tiler).
func TestQuoteMinutesAddsParts(t *testing.T) {
	rl := New(DefaultConfig()).replyCues()
	for _, tt := range []struct {
		line string
		want int
	}{
		{"Fitting the new locks is 3 hours at £60 per hour, and rekeying the outbuildings another 2 hours at the same rate.", 300},
		{"Tuning is 2 hours plus 1 hour for regulating the action, all at £50 an hour.", 180},
		{"Preparing the glossary takes 1.5 hours, with a further 2 hours for the rehearsal, at €70 per hour.", 210},
		{"Grouting the wet room is 4 hours and re-sealing the shower tray an additional 1 hour.", 300},
		{"Clearing the chimney is 2 hours, and a new cowl another 1 hour, at 40 euros an hour.", 180},
		// Guards: one amount; a rate said "an hour"; a total after the parts; a range; a restatement.
		{"Beyond the free 5 minutes I'd need 3 hours at £45 per hour.", 180},
		{"A full inspection would need 3 hours at £95 an hour.", 180},
		{"It takes an hour, maybe two hours with the callout.", 120},
		{"Re-pinning is 2 hours and the new barrel 1 hour, so 3 hours in all at £60 per hour.", 180},
		{"It should be 2 hours, 3 hours at most, at £55 per hour.", 180},
		{"Retuning after the move is 2 hours; call it 2 hours at £50 an hour.", 120},
	} {
		if got := rl.quoteMinutesIn(tt.line); got != tt.want {
			t.Errorf("quoteMinutesIn(%q) = %d, want %d", tt.line, got, tt.want)
		}
	}
}

// TestReplyCapAgainstTwoPartQuote: a capped go-ahead settled against a
// quoted quote of two priced parts compares the cap with the whole.
func TestReplyCapAgainstTwoPartQuote(t *testing.T) {
	e := New(DefaultConfig())
	quote := "\n\nOn Tue, 8 Dec 2026 at 10:02, Ola Berg <ola@bergtiling.test> wrote:\n> Hi Mel,\n>\n" +
		"> Tiling the splashback is 3 hours at £40 per hour, and regrouting the floor another 2 hours at the same rate. Shall I go ahead?\n>\n> Ola\n"
	for _, tt := range []struct {
		name, body string
		want       Decision
		reason     string
	}{
		{"cap between a part and the whole", "Go ahead, but keep it under 4 hours.\nMel" + quote, Unclear, "below the quoted 5 h"},
		{"cap above the whole", "Fine, go ahead, no more than 6 hours.\nMel" + quote, Accepted, "at or above the quoted 5 h"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			msg := "From: Mel <mel@client.test>\nTo: ola@bergtiling.test\nSubject: Re: Kitchen\nIn-Reply-To: <q9@bergtiling.test>\nContent-Type: text/plain; charset=utf-8\n\n" + tt.body
			res := e.Analyze(strings.NewReader(msg))
			if res.ReplyDecision != tt.want || !strings.Contains(res.ReplyReason, tt.reason) {
				t.Fatalf("decision %s (%s), want %s (%s…)", res.ReplyDecision, res.ReplyReason, tt.want, tt.reason)
			}
		})
	}
}
