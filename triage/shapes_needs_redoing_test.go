package triage

import "testing"

// TestNeedsRedoing: a thing that "needs re-<doing>" (a redo written with
// a hyphen) or "needs labelling" asks for the job as "needs replacing"
// does; "re-" words that are not a job in -ing, and a need reported
// with a clause after it, do not. Sentences written for this test.
func TestNeedsRedoing(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"re-labelling", "The fuse board in the garage needs re-labelling after the new circuits.",
			[]string{"paid: The fuse board in the garage needs re-labelling after the new circuits."}},
		{"re-painting", "The shop sign needs re-painting before the reopening.",
			[]string{"paid: The shop sign needs re-painting before the reopening."}},
		{"re-pointing", "Our chimney stack needs re-pointing on the north side.",
			[]string{"paid: Our chimney stack needs re-pointing on the north side."}},
		{"re-laying", "The meeting room carpet needs re-laying after the flood.",
			[]string{"paid: The meeting room carpet needs re-laying after the flood."}},
		{"labelling", "The new storage boxes need labelling by year.",
			[]string{"paid: The new storage boxes need labelling by year."}},
		// Guards: a "re-" word that is not a job in -ing; a need the
		// speaker goes on to deal with.
		{"guard: re-entry", "The car park needs re-entry tickets from Monday.", nil},
		{"guard: own clause", "The hedge needs re-trimming but we can do it ourselves.", nil},
	})
}
