package triage

import "testing"

// TestRoughPrice: a rough or ballpark price or quote for the firm's own
// work is a price asked for, however it is framed (priceQuoteMatch,
// words_kind_billing.go); a price for a job in -ing is still the job.
func TestRoughPrice(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"grateful for", "I'd be grateful for a rough price for the whole kitchen.",
			[]string{"quick: I'd be grateful for a rough price for the whole kitchen."}},
		{"appreciate", "We'd appreciate a rough quote for the full set of curtains.",
			[]string{"quick: We'd appreciate a rough quote for the full set of curtains."}},
		{"ballpark", "Could you send a ballpark price for all three bathrooms?",
			[]string{"quick: Could you send a ballpark price for all three bathrooms?"}},
		{"please", "Please give us a rough price for the entire wedding party.",
			[]string{"quick: Please give us a rough price for the entire wedding party."}},
		{"ballpark quote", "Can we have a ballpark quote for every room on the ground floor?",
			[]string{"quick: Can we have a ballpark quote for every room on the ground floor?"}},
		{"guard: a job in -ing", "I'd be grateful for a rough price for redesigning the whole garden.",
			[]string{"paid: I'd be grateful for a rough price for redesigning the whole garden."}},
		{"guard: a tax estimate", "Can you give me a rough estimate of the tax due on the whole estate?",
			[]string{"paid: Can you give me a rough estimate of the tax due on the whole estate?"}},
	})
}

// TestIdeaOfCost: an idea of what the firm's work costs is its price
// (priceQuoteMatch); an idea of a sum the client owes is a calculation.
// Sentences written for this test.
func TestIdeaOfCost(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"would cost", "Could you give us an idea of what a full rewire would cost?",
			[]string{"quick: Could you give us an idea of what a full rewire would cost?"}},
		{"costs", "Can you give me a rough idea of what an asbestos survey costs?",
			[]string{"quick: Can you give me a rough idea of what an asbestos survey costs?"}},
		{"the cost", "Any idea of the cost of a new consumer unit?",
			[]string{"quick: Any idea of the cost of a new consumer unit?"}},
		{"your fees", "I'd like an idea of your fees for a simple will.",
			[]string{"quick: I'd like an idea of your fees for a simple will."}},
		{"a survey", "Could you give me a rough idea of what a structural survey of a barn would cost?",
			[]string{"quick: Could you give me a rough idea of what a structural survey of a barn would cost?"}},
		{"a redesign", "Any idea of the price of a logo redesign?",
			[]string{"quick: Any idea of the price of a logo redesign?"}},
		{"you charge", "Could you give me an idea of what you charge for a garden design consultation?",
			[]string{"quick: Could you give me an idea of what you charge for a garden design consultation?"}},
		{"guard: the cost of the move", "Can you give us an idea of the cost of the restructure in stamp duty?",
			[]string{"paid: Can you give us an idea of the cost of the restructure in stamp duty?"}},
		{"guard: the work", "Could you give me an idea of how to restructure the shareholdings?",
			[]string{"paid: Could you give me an idea of how to restructure the shareholdings?"}},
	})
}
