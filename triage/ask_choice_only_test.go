package triage

import "testing"

// TestChoiceOnly: picking one of the firm's options ("Yes, go with the
// Thursday.", "OK, go for the oak veneer.") asks nothing new; going with
// a person, a further verb after the choice, and a question still ask.
// Sentences written for the test (a joiner, a marquee firm, a boat yard,
// a piano mover).
func TestChoiceOnly(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"go with the day", "Yes, go with the Thursday.", nil},
		{"go for the finish", "OK, go for the oak veneer.", nil},
		{"go with option", "Fine, go with option B.", nil},
		{"guard: further verb", "Go with the surveyor to the loft and check the joists.",
			[]string{"Go with the surveyor to the loft and check the joists."}},
		{"guard: a person", "Go with them to the boat yard on Monday.",
			[]string{"Go with them to the boat yard on Monday."}},
		{"guard: a question", "Can you go with the removal crew to the new house?",
			[]string{"Can you go with the removal crew to the new house?"}},
	}, askTextsInLanguage)
}
