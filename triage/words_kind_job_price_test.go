package triage

import "testing"

// TestJobPrice: a price, figure or quote for a job named by a verb in
// -ing with its own object is estimating the job, paid; a price for
// goods, a bare -ing noun or counted goods added stays a price asked
// for. Sentences written for this rule, none from a labelled set.
func TestJobPrice(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"figure for relining", "Can you give me a figure for relining the chimney in the back bedroom?",
			[]string{"paid: Can you give me a figure for relining the chimney in the back bedroom?"}},
		{"price for refurbishing", "Could you give us a price for refurbishing the bar stools after the flood?",
			[]string{"paid: Could you give us a price for refurbishing the bar stools after the flood?"}},
		{"quote with a particle", "Can you give me a quote for stripping out the old shower room?",
			[]string{"paid: Can you give me a quote for stripping out the old shower room?"}},
		{"estimate for regrading", "We'd like an estimate for regrading the whole car park.",
			[]string{"paid: We'd like an estimate for regrading the whole car park."}},
		{"guard: goods", "Can you give me a price for 200 branded mugs?",
			[]string{"quick: Can you give me a price for 200 branded mugs?"}},
		{"guard: a bare -ing noun", "Could you give me a price for flooring per square metre?",
			[]string{"quick: Could you give me a price for flooring per square metre?"}},
		{"guard: counted goods added", "Can you give me a price for adding two more cameras to the system?",
			[]string{"quick: Can you give me a price for adding two more cameras to the system?"}},
		{"guard: an item added", "What's your price for adding a gift-wrap option to the order?",
			[]string{"quick: What's your price for adding a gift-wrap option to the order?"}},
		{"guard: something similar", "Could you give us a quote for something similar in oak?",
			[]string{"quick: Could you give us a quote for something similar in oak?"}},
	})
}
