package triage

import "testing"

// TestReplyChoiceItIs: "<choice> it is" settles on the thing named, a lean
// to yes; "as it is", "what it is" and "I think it is" are no choice.
// Sentences written for the test.
func TestReplyChoiceItIs(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"day", "Great, Tuesday it is then.", Accepted, "tuesday it is"},
		{"material", "Lovely, the oak worktop it is.", Accepted, "worktop it is"},
		{"bigger job", "Right, the bigger survey it is. Thanks.", Accepted, "survey it is"},
		{"colour", "Perfect, sage green it is.", Accepted, "green it is"},
		{"option", "Ok, the full rewire it is then.", Accepted, "rewire it is"},
		// Guards.
		{"guard: as it is", "No thanks, we'll leave it as it is.", Declined, "no thanks"},
		{"guard: how long", "I don't know how long it is.", Unclear, ""},
		{"guard: I think", "Great, I think it is.", Unclear, ""},
		{"guard: what it is", "Thanks, the price is what it is.", Unclear, ""},
	})
}
