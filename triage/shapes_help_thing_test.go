package triage

import "testing"

// TestHelpingThing: whether a thing the client gave helps is a yes/no;
// asking the firm to help with something is still work.
func TestHelpingThing(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"does that help", "Does that help with the valuation?",
			[]string{"quick: Does that help with the valuation?"}},
		{"would these help", "Would these help with the insurance claim?",
			[]string{"quick: Would these help with the insurance claim?"}},
		{"will it help", "Will it help with the planning appeal?",
			[]string{"quick: Will it help with the planning appeal?"}},
		// Guards: the firm or a person is asked to help.
		{"guard: can you help", "Can you help with the planning appeal?",
			[]string{"paid: Can you help with the planning appeal?"}},
		{"guard: could someone help us", "Could someone help us with the stock take on Saturday?",
			[]string{"paid: Could someone help us with the stock take on Saturday?"}},
	})
}
