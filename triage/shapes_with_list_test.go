package triage

import "testing"

// TestWithListJoinsItems: ", with prices and any extras each would
// need?": the "and" adds an item to the "with" list of what the thing
// asked for holds, one ask; a question or a verb after the "and" is not
// an item.
func TestWithListJoinsItems(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"price list", "Could you email the price list, with delivery times and any extras we would need?",
			[]string{"quick: Could you email the price list, with delivery times and any extras we would need?"}},
		{"menu", "Please send over the menu, with prices and any dishes that could be made vegan?",
			[]string{"quick: Please send over the menu, with prices and any dishes that could be made vegan?"}},
		{"tile samples", "Can you send the tile samples, with sizes and any grout each would need?",
			[]string{"quick: Can you send the tile samples, with sizes and any grout each would need?"}},
		{"hire list", "Could you send the hire list, with rates and any deposits each item would need?",
			[]string{"quick: Could you send the hire list, with rates and any deposits each item would need?"}},
		{"rooms", "Could you send me a list of the rooms you have free, with prices and any extras each would need?",
			[]string{"quick: Could you send me a list of the rooms you have free, with prices and any extras each would need?"}},
		// Guards: a question, or a verb, after the "and".
		{"guard question", "Please send the invoice with receipts and could you also confirm the due date?",
			[]string{"quick: Please send the invoice with receipts", "quick: could you also confirm the due date?"}},
		{"guard verb", "Could you help with the VAT return and send me the figures by Friday?",
			[]string{"paid: Could you help with the VAT return and send me the figures by Friday?"}},
	})
}
