package triage

import "testing"

// TestKnowUrgencyOnly: "I need to know" with nothing to know after it,
// only a time ("…so I need to know today", "I need to know by Friday"),
// says how soon the ask before it is wanted and is no ask of its own;
// with a thing or a question to know it still asks. Sentences written
// for the test (a ferry office, a choir, a village hall).
func TestKnowUrgencyOnly(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"urgency after a question", "Is the ferry crossing still running on Sunday? Half the choir has rearranged shifts for it so I need to know today.",
			[]string{"quick: Is the ferry crossing still running on Sunday?"}},
		{"bare need to know by a day", "Can you confirm the hall is free on the 3rd? I need to know by Friday.",
			[]string{"quick: Can you confirm the hall is free on the 3rd?"}},
		{"guard: a question to know", "I need to know by Friday whether the hall is free.",
			[]string{"quick: I need to know by Friday whether the hall is free."}},
		{"guard: a thing to know", "We need to know the hire cost by Friday.",
			[]string{"quick: We need to know the hire cost by Friday."}},
	})
}
