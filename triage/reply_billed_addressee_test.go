package triage

import "testing"

// TestReplyBilledAddressee: "rather than" after a billing aside and its
// addressee sets one addressee against another ("send the invoice to the
// site office rather than to head office"), not a part of the work.
// Sentences written for the test.
func TestReplyBilledAddressee(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"address on a street", "Perfect, go ahead. Could you send the invoice to the office address on Quarry Lane rather than to the farmhouse?", Accepted, "go ahead"},
		{"named partner", "Go ahead please. Can you address the bill to my business partner Dan Hughes at the depot rather than the shop?", Accepted, "go ahead"},
		{"make out to", "Yes please. Could you make the invoice out to the parish council clerk at the village hall rather than the vicar?", Accepted, "yes please"},
		{"unit", "Go ahead, and send the bill to the management company at Unit 4 rather than to the residents.", Accepted, "go ahead"},
		{"lettings agent", "Book it in. Please send the invoice to the lettings agent on the high street rather than the tenant.", Accepted, "book it"},
		// Guards: "rather than" of the work still narrows it.
		{"guard: part of the work", "Go ahead with the survey rather than the full design.", Unclear, "part of the work"},
		{"guard: part beside a bill", "Send the invoice to my office please. Go ahead with the patio rather than the whole garden.", Unclear, "part of the work"},
	})
}
