package triage

import "testing"

// TestHandedIn: a thing handed in for the firm to look over is a
// diagnosis, work whoever carries it (handedInSignals,
// words_kind_handed_in.go); a fact checked or the client calling in stays
// quick.
func TestHandedIn(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"a fault then a drop-off", "The gate motor is buzzing again. Can I bring it in for you to look at?",
			[]string{"paid: Can I bring it in for you to look at?"}},
		{"a machine to check over", "Can I drop the old sewing machine off for you to check over?",
			[]string{"paid: Can I drop the old sewing machine off for you to check over?"}},
		{"an amplifier to test", "could i send the amp back for you to test?",
			[]string{"paid: could i send the amp back for you to test?"}},
		{"a lawnmower to have a look at", "Can we bring the mower round for you to have a look at?",
			[]string{"paid: Can we bring the mower round for you to have a look at?"}},
		{"guard: a document checked for a fact", "Can I bring my passport in for you to check?",
			[]string{"quick: Can I bring my passport in for you to check?"}},
		{"guard: the client calls in", "Can I pop in for you to check my details?",
			[]string{"quick: Can I pop in for you to check my details?"}},
		{"guard: signed forms handed in", "Can I drop the signed forms in for you to check?",
			[]string{"quick: Can I drop the signed forms in for you to check?"}},
	})
}
