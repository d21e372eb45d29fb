package triage

import "testing"

// TestExistingVersionIsNoWork: a work noun in "the latest …", "our
// current …", "the most recent …" or "a copy of …" names a document the
// firm already holds: sending or bringing it is quick. Making a new one,
// or working on the existing one, is still paid.
func TestExistingVersionIsNoWork(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"latest forecast", "Could you email me the latest cashflow forecast for the café?",
			[]string{"quick: Could you email me the latest cashflow forecast for the café?"}},
		{"our current projection", "Please send over our current sales projection.",
			[]string{"quick: Please send over our current sales projection."}},
		{"most recent valuation", "Can you forward the most recent valuation of the warehouse to the bank?",
			[]string{"quick: Can you forward the most recent valuation of the warehouse to the bank?"}},
		{"copy of a forecast", "Could I have a copy of the profit forecast you did for the bakery?",
			[]string{"quick: Could I have a copy of the profit forecast you did for the bakery?"}},
		{"the last projection", "Can you resend the last projection you gave the landlord?",
			[]string{"quick: Can you resend the last projection you gave the landlord?"}},
		{"copy of a forecast, request", "Please send me a copy of the revenue forecast from March.",
			[]string{"quick: Please send me a copy of the revenue forecast from March."}},
		{"bring the latest", "Could you bring the latest forecast to Tuesday's meeting?",
			[]string{"quick: Could you bring the latest forecast to Tuesday's meeting?"}},
		{"bring a copy", "Please bring a copy of the cashflow forecast to the bank meeting.",
			[]string{"quick: Please bring a copy of the cashflow forecast to the bank meeting."}},
		{"guard: a new valuation", "Could you prepare a valuation of the business for the sale?",
			[]string{"paid: Could you prepare a valuation of the business for the sale?"}},
		{"guard: working on the latest one", "Please update the latest forecast with the new rent.",
			[]string{"paid: Please update the latest forecast with the new rent."}},
		{"guard: a current one to make", "Can you do a current valuation of the van fleet?",
			[]string{"paid: Can you do a current valuation of the van fleet?"}},
	})
}
