package triage

import "testing"

// TestReplyAccessOffer: a go-ahead with an offer of access for whoever
// does the job ("the porter has a key if the surveyor needs access") sets
// no condition on the answer (words.go Softeners); a go-ahead only if
// something is needed, or under a price, stays conditional. Sentences
// written for the test.
func TestReplyAccessOffer(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"access offer", "Please go ahead, the porter has a spare key if the surveyor needs access.", Accepted, "go ahead"},
		{"access offer", "Happy to proceed. Reception can sign the engineer in if anyone needs access on Saturday.", Accepted, ""},
		{"access offer", "Yes, crack on - my neighbour is in all day if your fitter needs to get in.", Accepted, ""},
		{"access offer", "Go ahead; ring the bell twice if the valuer needs access to the loft.", Accepted, "go ahead"},
		{"access offer", "Yes please do it, the unit is open from 7 if they need access.", Accepted, ""},
		{"access offer guard", "Go ahead, but only if the bank needs it.", Unclear, "conditional"},
		{"access offer guard", "Yes go ahead, if it stays under £400.", Unclear, "conditional"},
		{"access offer guard", "Proceed if the landlord agrees to pay half.", Unclear, "conditional"},
	})
}
