package triage

import "testing"

// TestDueManner: "due" of manner or cause is no deadline; "due" for a
// date still is.
func TestDueManner(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"due diligence", "Could you carry out due diligence on the caravan park we are buying?",
			[]string{"paid: Could you carry out due diligence on the caravan park we are buying?"}},
		{"fr due forme", "Pourriez-vous établir le constat et nous envoyer un procès-verbal en bonne et due forme ?",
			[]string{"paid: Pourriez-vous établir le constat et nous envoyer un procès-verbal en bonne et due forme ?"}},
		// Guards: "due" as a date.
		{"guard: when due", "When is the insurance renewal due?",
			[]string{"quick: When is the insurance renewal due?"}},
		{"guard: due date", "Can you remind me of the due date for the rates bill?",
			[]string{"quick: Can you remind me of the due date for the rates bill?"}},
	}, askListInLanguage)
}
