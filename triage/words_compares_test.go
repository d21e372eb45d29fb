package triage

import "testing"

// TestComparesInflected: "how X compares with Y" asks for a comparison as
// "compare X with Y" does (words.go); "compares" in a statement beside an
// ask, or "compared" in an aside, leaves the ask as it was.
func TestComparesInflected(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"tell us how a rate compares", "Please tell us how the day rate compares to the block booking over a full season.",
			[]string{"paid: Please tell us how the day rate compares to the block booking over a full season."}},
		{"set out how a plan compares", "Could you set out how your basic plan compares with the premium plan for a flat like ours?",
			[]string{"paid: Could you set out how your basic plan compares with the premium plan for a flat like ours?"}},
		{"which compares better", "Can you let me know how the oak floor compares with the engineered one for a busy hallway?",
			[]string{"paid: Can you let me know how the oak floor compares with the engineered one for a busy hallway?"}},
		// Guards: "compares" in a statement, "compared" in an aside.
		{"compares in a statement", "The new quote compares well with last year's. Can you send it to the board?",
			[]string{"quick: Can you send it to the board?"}},
		{"compared as an aside", "Compared with last year the bill looks high. Did you add the callout twice?",
			[]string{"quick: Did you add the callout twice?"}},
	})
}
