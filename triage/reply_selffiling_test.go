package triage

import "testing"

// TestReplySelfFiling: the client's plan to file the paperwork themselves
// ("I'll reapply myself", "we'll submit it ourselves") declines as "I'll do
// it myself" does; the guards keep a go-ahead, a question or a past fact.
func TestReplySelfFiling(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"self filing", "Thanks, but I'll resubmit the planning form myself.", Declined, "myself"},
		{"self filing", "We've decided to lodge the appeal ourselves.", Declined, "ourselves"},
		{"self filing", "I'm going to apply for the permit myself this time.", Declined, "myself"},
		{"self filing", "We'll complete the grant form ourselves, thank you.", Declined, "ourselves"},
		{"self filing", "I think I'll fill in the census return myself.", Declined, "myself"},
		{"self filing", "On reflection I'm going to reapply myself rather than appeal.", Declined, "myself"},
		{"self filing guard", "I applied myself last year and it failed, so please go ahead.", Unclear, "mixed"},
		{"self filing guard", "Should I submit it myself or will you?", Unclear, ""},
		{"self filing guard", "I myself am happy for you to lodge it.", Unclear, ""},
	})
}
