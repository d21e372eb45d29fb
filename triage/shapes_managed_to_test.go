package triage

import "testing"

// TestManagedToDone: work named after "managed to", "were able to" or
// "got round to" inside a check or a lookup reports what was done, a
// status; the same verbs asked of the firm stay work (managedToDone).
// Sentences written for this test.
func TestManagedToDone(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"check whether managed to", "Can you check whether the engineer managed to replace the valve on Tuesday?",
			[]string{"quick: Can you check whether the engineer managed to replace the valve on Tuesday?"}},
		{"check if were able to", "Could you check if the crew were able to repaint the railings before the rain?",
			[]string{"quick: Could you check if the crew were able to repaint the railings before the rain?"}},
		{"got round to", "Can you see if Marek got round to servicing the generator?",
			[]string{"quick: Can you see if Marek got round to servicing the generator?"}},
		// Guards: the same verbs asked of the firm are work.
		{"guard: are you able to", "Are you able to repaint the railings before the rain?",
			[]string{"paid: Are you able to repaint the railings before the rain?"}},
		{"guard: could you manage to", "Could you manage to replace the valve by Friday?",
			[]string{"paid: Could you manage to replace the valve by Friday?"}},
	})
}

// TestAppreciateConfirmation: a confirmation or comments wanted with
// "appreciate" is an ask; thanks for patience or cooperation is not
// (words.go). Sentences written for this test.
func TestAppreciateConfirmation(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"your confirmation that", "I would appreciate your confirmation that the samples have been dispatched.",
			[]string{"quick: I would appreciate your confirmation that the samples have been dispatched."}},
		{"confirmation of", "We'd appreciate confirmation of the new opening hours.",
			[]string{"quick: We'd appreciate confirmation of the new opening hours."}},
		{"guard: patience", "We appreciate your patience while the new system beds in.", nil},
		{"guard: cooperation", "Thank you, we appreciate your cooperation.", nil},
	})
}
