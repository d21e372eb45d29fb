package triage

import "testing"

// TestCheckingQuestionOrder: "just checking" followed by a question in
// its own word order, without a question mark, is a status check.
func TestCheckingQuestionOrder(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"checking did", "just checking did the parcel of tiles arrive yesterday",
			[]string{"quick: just checking did the parcel of tiles arrive yesterday"}},
		{"checking has", "Just checking has the deposit come through to you",
			[]string{"quick: Just checking has the deposit come through to you"}},
		{"checking is it", "also checking is it still ok to drop the dog off at 8",
			[]string{"quick: also checking is it still ok to drop the dog off at 8"}},
		// Guards: a greeting and the client's own checking.
		{"guard: checking in", "Just checking in, hope the move went well.",
			nil},
		{"guard: own diary", "Just checking my diary for next week.",
			nil},
	})
}
