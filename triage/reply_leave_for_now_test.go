package triage

import "testing"

// TestReplyOwnPlanToLeave: the client's own plan to leave the named work
// for now, said with "have to" or "going to", declines as "we'll leave …
// for now" does, and outweighs a promise to come back later. Said to the
// firm ("you'll have to leave …") it is an instruction.
func TestReplyOwnPlanToLeave(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"own plan to leave", "Cash is tight so we'll have to leave the rewiring for now.", Declined, "have to leave"},
		{"own plan to leave", "I'm going to leave the valuation for the time being, thanks.", Declined, "going to leave"},
		{"own plan to leave", "We have to leave the brochure reprint for the moment. Will be in touch next quarter.", Declined, "have to leave"},
		{"own plan to leave", "Thanks for the quote - we are going to leave the garden design for now.", Declined, "going to leave"},
		{"own plan to leave", "Sadly I will have to leave the extension drawings for now; the builder has let us down.", Declined, "have to leave"},
		// Guards: an instruction to the firm, or something left somewhere,
		// is no no.
		{"own plan to leave guard", "Go ahead. You'll have to leave your van on the street though.", Accepted, "go ahead"},
		{"own plan to leave guard", "Please go ahead, we'll have to leave the keys with you.", Accepted, "go ahead"},
		{"own plan to leave guard", "We're going to leave for Spain on Friday, so please start before then.", Accepted, "please start"},
	})
}
