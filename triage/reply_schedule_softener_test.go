package triage

import "testing"

// TestReplyScheduleSoftener: a day or time offered for the visit and left
// to the worker's diary ("Thursday suits if you're free", "I'll bring it
// round at 8 if that works") sets no condition on the go-ahead; a real
// condition in the same words' neighbourhood still does.
func TestReplyScheduleSoftener(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"free then", "Sounds fine. Thursday afternoon suits us if you're free then.", Accepted, ""},
		{"available", "Go ahead please, the week of the 9th is good if you are available.", Accepted, "go ahead"},
		{"if that works", "Happy to proceed. I'll leave the van keys with the caretaker at 8 if that works.", Accepted, "proceed"},
		{"works then", "Yes, book it in. Friday at 2 if that works then.", Accepted, ""},
		{"convenient", "Please carry on. The side gate will be open from 7 if that's convenient.", Accepted, ""},
		// Guards: conditions on the work or the price stay conditions.
		{"guard: price if", "Go ahead if it comes in under the estimate.", Unclear, "conditional"},
		{"guard: free of charge", "Happy to go ahead if the callout is free.", Unclear, "conditional"},
		{"guard: works as a fix", "If that works we'll book the rest, otherwise leave it.", Unclear, ""},
		{"guard: free before a date", "Go ahead if you're free before the 3rd.", Unclear, "conditional"},
		{"guard: only if", "Only if you're free before the 3rd, otherwise no.", Unclear, ""},
	})
}
