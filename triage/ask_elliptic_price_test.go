package triage

import "testing"

// TestEllipticPrice: "how much for a/the/two …" is a price question
// with its verb left out, an ask without a question mark, also at the
// head of a run-on; "how much for" that goes on with no thing named
// asks nothing new. Sentences written for this test.
func TestEllipticPrice(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"one-liner", "how much for a full valet on a seven-seater",
			[]string{"quick: how much for a full valet on a seven-seater"}},
		{"counted goods", "hi there how much for 200 tote bags with our logo",
			[]string{"quick: how much for 200 tote bags with our logo"}},
		{"run-on with a date question", "hi sam how much for a deep clean of the oven and are you free on friday",
			[]string{"quick: how much for a deep clean of the oven", "quick: are you free on friday"}},
		{"guard: a statement", "We paid too much for the old boiler.",
			[]string{}},
	})
}
