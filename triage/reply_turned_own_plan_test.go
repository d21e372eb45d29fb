package triage

import "testing"

// TestReplyTurnedOwnPlan: a courtesy turned by "but" into the client's own
// way of getting by ("Thanks, but we'll just keep the old one") declines;
// "but I'll just check with…" or "but we'll just need…" does not, nor a
// go-ahead beside it. Sentences written for the test.
func TestReplyTurnedOwnPlan(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"patch", "Thanks, that's kind of you, but I'll just patch it with filler.", Declined, "own plan"},
		{"keep", "Appreciate the offer, but we'll just keep the old boiler going another winter.", Declined, "own plan"},
		{"buy", "Thanks Jo, but I'll just buy a new frame online.", Declined, "own plan"},
		{"eat out", "Thank you, that's very thoughtful, but we'll just grab a takeaway that night.", Declined, "own plan"},
		{"walk", "Kind of you to offer, but I'll just walk the dog round the long way.", Declined, "own plan"},
		// Guards: a step of deciding, a need, a go-ahead.
		{"guard: check with", "Thanks, but I'll just check with my wife first.", Unclear, "check with"},
		{"guard: think", "Thanks, but I'll just think it over.", Unclear, "think"},
		{"guard: need", "Sounds good, but we'll just need the keys back by six.", Unclear, ""},
		{"guard: go ahead", "Go ahead, but I'll just move the car out of the drive first.", Accepted, "go ahead"},
	})
}
