package triage

import "testing"

// TestWhyEverythingOvercosts: a why-question sweeping over everything
// that says it all costs or takes a multiple vents; a multiple after
// another verb, or about one thing, still asks.
func TestWhyEverythingOvercosts(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"everything costs twice", "Why does everything on a boat cost twice what the brochure says? Could you send the invoice?",
			[]string{"quick: Could you send the invoice?"}},
		{"every job takes forever", "Why does every council job take forever? Has the permit come through yet?",
			[]string{"quick: Has the permit come through yet?"}},
		{"everyone charges double", "Why does everyone in this town cost double in December? Is the fitting date still the 9th?",
			[]string{"quick: Is the fitting date still the 9th?"}},
		{"all the parts take ages", "Why do all the spare parts take ages to arrive? Has the new pump been ordered?",
			[]string{"quick: Has the new pump been ordered?"}},
		{"everything costs at least twice", "Why does everything for the wedding cost at least twice as much? Can we move the tasting to Friday?",
			[]string{"quick: Can we move the tasting to Friday?"}},
		// Guards: a fault shown twice; one thing costing double.
		{"guard: listed twice", "Why is every line on the statement listed twice?",
			[]string{"quick: Why is every line on the statement listed twice?"}},
		{"guard: one bill double", "Why does our March bill cost double the February one?",
			[]string{"quick: Why does our March bill cost double the February one?"}},
	})
}
