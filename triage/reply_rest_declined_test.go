package triage

import "testing"

// TestReplyRestDeclined: a no to "the rest" (what a fivemin quote calls
// the paid work) with no yes in the reply declines the quote; beside a
// go-ahead or a part chosen it narrows the work. Sentences written for the
// test.
func TestReplyRestDeclined(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"no need", "Cheers, no need for the rest.", Declined, "the rest"},
		{"won't need", "Thanks, that answers it. We won't need the rest of it.", Declined, "the rest"},
		{"skip", "Ok, skip the rest.", Declined, "the rest"},
		{"after thanks", "Brilliant, that's the bit I wanted. No need for the rest.", Declined, "the rest"},
		{"don't need", "Great, thanks - we don't need the rest.", Declined, "the rest"},
		// Guards: a go-ahead or a part chosen beside it, another part.
		{"guard: go ahead", "Lovely, go ahead, but no need for the rest.", Unclear, "mixed"},
		{"guard: part chosen", "Only the first part please, no need for the rest.", Unclear, ""},
		{"guard: second part", "No thanks, we won't need the second part.", Unclear, "part"},
	})
}
