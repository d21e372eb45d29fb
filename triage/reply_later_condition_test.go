package triage

import "testing"

// TestReplyLaterCondition: a no that points to a later time and puts a
// condition on that time ("maybe next spring once …") declines: the
// condition is on taking the work up then. A yes with the same words, a
// condition on the answer itself, or a price in it stays unclear.
func TestReplyLaterCondition(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"later condition", "We'll hold off for now, perhaps in the new year once the grant is confirmed.", Declined, "hold off"},
		{"later condition", "I'll leave it thanks, possibly next summer if the boat's still unsold.", Declined, "leave it"},
		{"later condition", "Not for us at the moment - maybe after Easter once the shop reopens.", Declined, "not for us"},
		{"later condition", "We won't go ahead this time, maybe later this year if sales pick up.", Declined, "not go ahead"},
		{"later condition", "Too pricey for now, maybe next month if things are quieter.", Declined, "too pricey"},
		{"later condition", "We'll skip the valuation for now, perhaps next year if the market turns.", Declined, "skip"},
		// Guards: a yes with a condition, a condition on the answer now,
		// a price in the condition.
		{"later condition guard", "Go ahead in the new year once the grant is confirmed.", Unclear, "conditional: once"},
		{"later condition guard", "We'll pass unless you can do it for less.", Unclear, "conditional: unless"},
		{"later condition guard", "Too expensive for now; next month if you can do it for $300.", Unclear, "conditional: if"},
		{"later condition guard", "No thanks - unless you can start next week.", Unclear, "conditional: unless"},
		{"later condition guard", "Sounds good, next month if possible once the scaffolding is down.", Unclear, "conditional"},
	})
}
