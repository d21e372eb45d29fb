package triage

import "testing"

// TestApproxWhObject: a softener ("roughly", "approximately") between a
// frame of telling or knowing and its wh-object ("let me know roughly
// what time you'll arrive") keeps the wh-clause as the frame's object,
// one ask (shapes.go, unjoinedBlocked); a run-on whose wh-question opens
// after a statement still splits. Sentences written for the test.
func TestApproxWhObject(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"know roughly", "Could you let me know roughly what time the plumber gets here?",
			[]string{"quick: Could you let me know roughly what time the plumber gets here?"}},
		{"tell approximately", "Can you tell me approximately what day the kitchen fitters start?",
			[]string{"quick: Can you tell me approximately what day the kitchen fitters start?"}},
		{"know around", "Please let us know around what time the delivery is booked for.",
			[]string{"quick: Please let us know around what time the delivery is booked for."}},
		{"know approximately", "Would you let me know approximately which day the skip will be collected?",
			[]string{"quick: Would you let me know approximately which day the skip will be collected?"}},
		{"tell us roughly", "Could you tell us roughly what time the sweep will arrive on Monday?",
			[]string{"quick: Could you tell us roughly what time the sweep will arrive on Monday?"}},
		{"guard: statement then wh", "the boiler is fixed now what time can you come for the annual service",
			[]string{"quick: what time can you come for the annual service"}},
	})
}
