package triage

import "testing"

// TestReplyPreparesForWorker: the client's own task that readies the job
// for the firm ("we'll clear the room ourselves so it's ready for you") is
// no plan to do the work; doing the job oneself still declines. Sentences
// written for the test.
func TestReplyPreparesForWorker(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"ready for you", "Go ahead. We'll take the curtains down ourselves so the windows are ready for you.", Accepted, "go ahead"},
		{"so it's clear for you", "Please go ahead, I'll empty the kitchen cupboards myself so it's all clear for you.", Accepted, "go ahead"},
		{"clear for you", "Sounds good, book it in. We'll shift the logs out of the shed ourselves so it's clear for you.", Accepted, "book it"},
		{"so you can", "Happy to proceed. I'll lift the old carpet myself on Sunday so you can get at the boards.", Accepted, "proceed"},
		{"so that you", "Yes please go ahead, we'll switch the alarm off ourselves so that you can get into the loft.", Accepted, "go ahead"},
		// Guards: doing the job oneself, with the reader named or not.
		{"guard: so you don't", "We'll repaint the railings ourselves so you don't need to come out.", Declined, "ourselves"},
		{"guard: no purpose", "Thanks, but we'll lay the slabs ourselves over the weekend.", Declined, "ourselves"},
		{"guard: thanks for your", "I'll sort the leak myself thanks for your help.", Declined, "myself"},
	})
}
