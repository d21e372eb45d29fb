package triage

import "testing"

// TestHelpDegreeWish: "it would help (a lot) if you could …" asks the
// firm to act whatever degree comes between (words.go, request frames);
// a wish about the weather or a third party asks nothing.
func TestHelpDegreeWish(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"help a lot if someone could", "It would help a lot if someone could let us know the new delivery date for the pallets.",
			[]string{"quick: It would help a lot if someone could let us know the new delivery date for the pallets."}},
		{"help us enormously", "It would help us enormously if you could check the fire exits before the inspection.",
			[]string{"paid: It would help us enormously if you could check the fire exits before the inspection."}},
		{"help loads", "It'd help loads if you could redo the floor plan with the new kitchen.",
			[]string{"paid: It'd help loads if you could redo the floor plan with the new kitchen."}},
		{"help hugely, a fact", "It would help us hugely if someone could confirm the delivery address for the new printer.",
			[]string{"quick: It would help us hugely if someone could confirm the delivery address for the new printer."}},
		{"help massively", "It'd help massively if you could send over a copy of the signed engagement letter.",
			[]string{"quick: It'd help massively if you could send over a copy of the signed engagement letter."}},
		{"degree word before help", "It would genuinely help if you could confirm the delivery date for the new desks.",
			[]string{"quick: It would genuinely help if you could confirm the delivery date for the new desks."}},
		{"guard: the weather", "It would help a lot if the weather held for the open day.", nil},
		{"guard: a third party", "It would help us a lot if the council replied sooner.", nil},
	})
}
