package triage

import "testing"

// TestReportedNeedTruthCheck: a need reported from someone else, followed
// by a short question whether it holds ("Is that right?"), is the
// background of that question, not an ask of its own
// (shapes_reported.go, truthChecked). A reported need with an unrelated
// question after it still asks.
func TestReportedNeedTruthCheck(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"neighbour said, is that right", "My neighbour said we need planning permission for a garden office. Is that right?",
			[]string{"quick: Is that right?"}},
		{"bank told me, still the case", "The bank told me I need two years of accounts for the loan. Is that still the case?",
			[]string{"quick: Is that still the case?"}},
		{"guard: an unrelated question", "Our caterer says we need a hygiene certificate. When does the hall open on Saturday?",
			[]string{"paid: Our caterer says we need a hygiene certificate.", "quick: When does the hall open on Saturday?"}},
	})
}
