package triage

import "testing"

// TestReplyAnswerSufficed: the client says the free answer was all they
// were after ("I only needed the quick answer", "all we needed was the
// deadline"): the quote is declined. A go-ahead beside it still decides.
// Sentences written for the test.
func TestReplyAnswerSufficed(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"only needed", "That's fine, I only needed the quick answer. Thanks!", Declined, "only needed"},
		{"just needed", "Ah no worries - I just needed a rough answer for the bank.", Declined, "just needed"},
		{"only wanted to know", "Thanks Sam, we only wanted to know whether it was allowed.", Declined, "only wanted to know"},
		{"all we needed was", "Cheers, all we needed was the filing deadline.", Declined, "all we needed was"},
		{"just needed to know", "OK thanks. I just needed to know which form to use.", Declined, "just needed to know"},
		// Guards: a go-ahead, and a need that is not the answer.
		{"guard: go ahead", "Please go ahead - I only needed the answer to the first bit before deciding.", Unclear, ""},
		{"guard: needs more", "Yes please go ahead, we need the full calculation for the lender.", Accepted, "go ahead"},
		{"guard: no answer word", "Go ahead, I only needed time to think.", Accepted, "go ahead"},
	})
}
