package triage

import "testing"

// TestReplyNotWorthOpinion: "I don't think it's worth it" refuses the
// quoted work; with a go-ahead for something else in the same reply the
// answer is mixed, never a yes. Sentences written for the test.
func TestReplyNotWorthOpinion(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"don't think it's worth", "Thanks Ana, but I don't think it's worth it for a van we'll sell next year.", Declined, "worth"},
		{"dont, no apostrophe", "I have had a think and I dont think it is worth it for one year.", Declined, "worth"},
		{"do not think", "Having discussed it, we do not think it is worth the cost this year.", Declined, "worth"},
		{"that's not", "Honestly I don't think that's worth paying for, we'll leave it.", Declined, "worth"},
		{"this is", "I don't think this is worth doing before the sale.", Declined, "worth"},
		{"mixed with a go-ahead for another thing", "I don't think it's worth it at that price. Do go ahead with the filing though.", Unclear, "mixed"},
		{"guard: well worth it", "Go ahead, it sounds well worth it.", Accepted, ""},
		{"guard: a question whether it's worth it", "Do you think it's worth it?", Unclear, ""},
	})
}
