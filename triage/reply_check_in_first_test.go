package triage

import "testing"

// TestReplyCheckInFirst: a go-ahead with an instruction not to take an
// extra step without checking back ("don't order more without asking
// me") is a go-ahead; "without" sets no condition and the negated verb no
// no. A negated start ("don't start without asking") still waits.
// Sentences written for the test.
func TestReplyCheckInFirst(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"without checking", "Go ahead. Please don't order any extra parts without checking with me.", Accepted, "go ahead"},
		{"without my ok", "Fine by me, go ahead. Just don't buy anything else without my OK.", Accepted, "go ahead"},
		{"go beyond without ringing", "Yes please proceed, but do not go beyond the three hours without ringing me first.", Accepted, "proceed"},
		{"without talking", "Happy for you to proceed, but please don't book the skip without talking to me.", Accepted, "proceed"},
		{"never without asking", "Lovely, please go ahead. Don't add a second coat without asking us.", Accepted, "go ahead"},
		// Guards: a negated start waits; a no without "without" stays a no.
		{"guard: don't start", "Go ahead. Don't start without asking me.", Unclear, "conditional"},
		{"guard: manage without", "Don't bother, we'll manage without asking the landlord.", Declined, "don't bother"},
		{"guard: plain no", "Please don't book it in, we've changed our minds.", Declined, "book"},
	})
}
