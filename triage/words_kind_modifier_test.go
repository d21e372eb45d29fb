package triage

import "testing"

// TestGerundModifier: a word of work in -ing before a noun it qualifies
// ("building regs", "printing cost") names a kind of thing; the question
// about it asks for no work. The same word as a verb still names work.
func TestGerundModifier(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"building regs", "Does the new staircase change the building regs submission?",
			[]string{"quick: Does the new staircase change the building regs submission?"}},
		{"building control officer", "Has the building control officer been out to see the foundations?",
			[]string{"quick: Has the building control officer been out to see the foundations?"}},
		{"printing cost", "Is the printing cost for the leaflets in the quote you sent?",
			[]string{"quick: Is the printing cost for the leaflets in the quote you sent?"}},
		{"building insurance", "Do we need to tell the building insurance company about the loft?",
			[]string{"quick: Do we need to tell the building insurance company about the loft?"}},
		{"building society", "Did the building society send you the redemption figure?",
			[]string{"quick: Did the building society send you the redemption figure?"}},
		// Guards: the -ing word as a verb of work.
		{"guard: building a page", "Could you start building the booking page for the new website?",
			[]string{"paid: Could you start building the booking page for the new website?"}},
		{"guard: printing the flyers", "Can you get on with printing the flyers for the open day?",
			[]string{"paid: Can you get on with printing the flyers for the open day?"}},
	})
}
