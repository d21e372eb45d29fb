package triage

import "testing"

// TestProposedWorkGotDone: the client proposing that a thing of theirs
// be got done ("we should get the … repainted", "we ought to get the …
// redrawn") asks the firm for that work; proposing to get something
// back, or to do the work oneself, asks nothing. Sentences written for
// the test (a loft converter, a sash-window joiner, a boat painter, a
// clinic, a decorator).
func TestProposedWorkGotDone(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"thinking we should get it redone", "Honestly I'm thinking we should get the whole hull repainted this year.",
			[]string{"paid: Honestly I'm thinking we should get the whole hull repainted this year."}},
		{"we ought to get plans redrawn", "We ought to get the loft conversion drawings redrawn before we apply.",
			[]string{"paid: We ought to get the loft conversion drawings redrawn before we apply."}},
		{"I should get it refitted", "I should get the old sash windows refitted before the winter.",
			[]string{"paid: I should get the old sash windows refitted before the winter."}},
		{"guard: getting something back", "We should get the blood test results back by Friday.",
			nil},
		{"guard: done by the client", "We should get the hallway repainted ourselves over Easter.",
			nil},
	})
}
