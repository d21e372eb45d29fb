package triage

import "testing"

// TestReplyYesThenNeed: a yes and then the client's need for the work
// done accepts; a need to do something first, a negated need, a
// condition or a question keeps it open.
func TestReplyYesThenNeed(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"yes, we need … sorted", "Yes, we need the payroll codes sorted before April.", Accepted, "yes with a need"},
		{"sure, I need … done", "Sure, I need the damp report done for the buyer.", Accepted, "yes with a need"},
		{"definitely, we really need … fixed", "Definitely, we really need the VPN fixed this week.", Accepted, "yes with a need"},
		{"absolutely, we want … finished", "Absolutely, we want the brand guide finished by the 12th.", Accepted, "yes with a need"},
		{"yep, we need … filed", "Yep, we need the charity return filed before the deadline.", Accepted, "yes with a need"},
		{"guard: need to check", "Yes, we need to run it past the partners.", Unclear, ""},
		{"guard: negated", "Yes, we don't need the valuation done now.", Unclear, ""},
		{"guard: question", "Sure, we need it done by Friday - is that possible?", Unclear, ""},
		{"guard: condition", "Yes, we need it sorted, as long as it stays under budget.", Unclear, "conditional"},
	})
}
