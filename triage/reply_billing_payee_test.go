package triage

import "testing"

// TestBillingAsidePayee: after a go-ahead, asking that the bill go to
// another payee of the client's side (head office, the parent company,
// the trust) is a billing aside, not a question back; a price question
// or a no stays what it is.
func TestBillingAsidePayee(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"head office", "Approved, please go ahead. Could you invoice head office rather than the branch?", Accepted, "go ahead"},
		{"the head office", "Fine, carry on. Can you bill the head office in Leeds for this one?", Accepted, "carry on"},
		{"parent company", "Yes please proceed. Would you invoice our parent company directly?", Accepted, "proceed"},
		{"the trust", "Happy for you to go ahead. Can you bill the trust rather than the school?", Accepted, "go ahead"},
		{"the charity", "OK, go ahead. Could you invoice the charity rather than me personally?", Accepted, "go ahead"},
		{"guard: price question", "Go ahead. Could you invoice head office, and how much will it come to in total?", Unclear, ""},
		{"guard: no", "We'll leave it, thanks. Could you invoice head office for the last job though?", Declined, ""},
	})
}
