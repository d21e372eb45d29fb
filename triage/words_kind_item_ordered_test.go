package triage

import "testing"

// TestItemOrderedIn: a shop ordering an item in for a customer, keeping
// one aside, or checking one is in stock is a minute's errand, quick
// (goodsSignals); a stock-take of a whole store, and time set aside for
// work, stay paid. Sentences written for this test.
func TestItemOrderedIn(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"order in", "Could you order in a replacement strap for my watch?",
			[]string{"quick: Could you order in a replacement strap for my watch?"}},
		{"order one in", "If you don't have the charger, can you order one in for me?",
			[]string{"quick: If you don't have the charger, can you order one in for me?"}},
		{"put aside", "Please put two tins of the gloss paint aside for me until Saturday.",
			[]string{"quick: Please put two tins of the gloss paint aside for me until Saturday."}},
		{"stock check on", "We need a stock check on the 15 mm copper elbows before Monday's job.",
			[]string{"quick: We need a stock check on the 15 mm copper elbows before Monday's job."}},
		{"in stock", "Do you have the oak veneer in stock at the moment?",
			[]string{"quick: Do you have the oak veneer in stock at the moment?"}},
		// Guards.
		{"guard: stock-take", "We need a full stock check of both warehouses before the year end.",
			[]string{"paid: We need a full stock check of both warehouses before the year end."}},
		{"guard: time set aside", "Could you set aside a day to review the fire risk assessment?",
			[]string{"paid: Could you set aside a day to review the fire risk assessment?"}},
	})
}
