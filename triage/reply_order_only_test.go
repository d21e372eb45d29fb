package triage

import "testing"

// TestReplyOrderReferenceOnly: a reply whose answer is only the client's
// order reference ("PO 55102") accepts, as a bare yes does
// (reply_order_only.go); the reference with more said, a PO box, a
// question about the PO or a no beside it does not. Sentences written
// for the test.
func TestReplyOrderReferenceOnly(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"po alone", "PO 55102", Accepted, "order reference"},
		{"po with thanks", "PO 30817, thanks.", Accepted, ""},
		{"our po number is", "Our PO number is 20931-B.", Accepted, ""},
		{"purchase order", "Purchase order: 7781", Accepted, ""},
		{"here's the po", "Here's the PO: CP 2026 0041", Accepted, ""},
		{"order number", "Order number 66120.", Accepted, ""},
		{"po and a name", "PO 88104\n\nHelga Stiles\nOffice Manager", Accepted, ""},
		// Guards: a PO box, an old order, a question, a no beside it, a
		// delivery order, a PO with a counter-offer.
		{"guard: po box", "PO Box 41", Unclear, ""},
		{"guard: old po", "PO 4410 was for the last job.", Unclear, ""},
		{"guard: which po", "Which PO number should I use?", Unclear, ""},
		{"guard: no beside it", "PO 7712. Actually, we'll leave it for now, sorry.", Declined, ""},
		{"guard: delivery order", "Order 5512 hasn't arrived yet.", Unclear, ""},
		{"guard: counter", "PO 3391 - but can you do it in two hours?", Unclear, ""},
	})
}
