package triage

import "testing"

// TestReplyYesToAnswer: answers written for dropYesToAnswer (none is a
// sentence of any labelled set), with the guards that must not fire.
func TestReplyYesToAnswer(t *testing.T) {
	runReplyRows(t, []replyRow{
		// A yes that goes on to say the free answer did its job takes
		// the answer, not the quote: the no after it decides.
		{"yes to the answer", "Yes, thanks, that answers it. We won't need anything more.", Declined, "won't need"},
		{"yes to the answer", "Yep - that's all I needed to know. No need to take it further.", Declined, "no need"},
		{"yes to the answer", "Yes that makes sense, thanks. We'll leave it there.", Declined, "leave it"},
		{"yes to the answer", "Yes, thank you, that's clear. Not necessary to go further.", Declined, "not necessary"},
		{"yes to the answer", "Yeah, that's helpful, cheers. I'll handle the rest myself.", Declined, "myself"},
		{"yes to the answer", "Yes, that helps a lot - we don't need the full report.", Declined, "don't need"},
		{"yes to the answer", "Yes, thanks, that answers it.", Unclear, "no answer"},
		{"yes to the answer guard", "Yes, that makes sense - go ahead.", Accepted, "go ahead"},
		{"yes to the answer guard", "Yes, that's clear. Please proceed.", Accepted, "proceed"},
		{"yes to the answer guard", "That answers my question, yes go ahead.", Accepted, "go ahead"},
		{"yes to the answer guard", "Yes, thanks.", Accepted, "yes"},
		{"yes to the answer guard", "Yes, I'd like you to go ahead, that answers my worry about the fee.", Accepted, "go ahead"},
	})
}
