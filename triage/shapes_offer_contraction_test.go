package triage

import "testing"

// TestOfferWithContractedPronoun: a closing offer reads the same whether
// the pronoun after "if" is written out or contracted with "is"
// ("let me know if anything's unclear"), and after a softening "just":
// it asks nothing. A request to
// report a fact still asks.
func TestOfferWithContractedPronoun(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"anything's missing", "Let me know if anything's missing from the pack.", nil},
		{"anything's not clear", "Let us know if anything's not clear on the wiring diagram.", nil},
		{"something's wrong", "Please let me know if something's wrong with the file.", nil},
		{"anything's off", "Let me know if anything's off with the stock figures.", nil},
		{"something's confusing", "Just let us know if something's confusing in the menu costings.", nil},
		{"just, then the offer", "Just let me know if you need the keys for the unit.", nil},
		{"do just, then the offer", "Do just let us know if anything else comes up with the van.", nil},
		{"guard: a fact to report", "Let me know if the deposit has cleared.",
			[]string{"quick: Let me know if the deposit has cleared."}},
		{"guard: just, then a request", "Just let me know when the parts arrive.",
			[]string{"quick: Just let me know when the parts arrive."}},
		{"guard: a question about a meeting", "Is Tuesday's tasting still on?",
			[]string{"quick: Is Tuesday's tasting still on?"}},
	})
}
