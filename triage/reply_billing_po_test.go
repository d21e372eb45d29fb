package triage

import "testing"

// TestBillingAsideHoldsPO: a billing aside that names the client's PO
// ("could you put our PO on the invoice?") after a go-ahead is no
// question back, though the PO alone is a weak yes; a price or a
// counter-offer in the same question still asks, and a no stays a no.
// Sentences written for this test.
func TestBillingAsideHoldsPO(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"po number", "Happy with that, please go ahead. Could you put our PO 7710 on the invoice?", Accepted, "go ahead"},
		{"po reference", "OK, proceed. Can you quote our PO reference on the bill?", Accepted, "proceed"},
		{"po on it", "Yes please. Would you put our PO number on it when you invoice?", Accepted, "yes please"},
		{"po when billing", "Agreed, please start. Could you quote our PO number when you bill us?", Accepted, "please start"},
		{"po for matching", "That works, carry on. Can you put our PO on the invoice so accounts can match it?", Accepted, "carry on"},
		// Guards: a counter-offer beside the PO; the PO question with no
		// answer to the quote; a no before it.
		{"guard: counter", "Sounds fair, go ahead. Could you put our PO on it and knock an hour off?", Unclear, "question back"},
		{"guard: no answer", "Could you put our PO on the invoice when it goes out?", Unclear, ""},
		{"guard: no", "We'll leave it this time, thanks. Could you put our PO on the old invoice though?", Declined, ""},
	})
}
