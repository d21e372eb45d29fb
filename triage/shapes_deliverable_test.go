package triage

import "testing"

// TestWishForLongNamedDeliverable: "it would be helpful to have a <few
// describing words> <thing the firm makes>" asks for that thing however
// many words describe it; a wish whose noun phrase names no such thing, or
// names one only after the phrase has ended, asks nothing.
func TestWishForLongNamedDeliverable(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"template", "It would be really helpful to have a simple weekly stock template that the shop staff can use.",
			[]string{"paid: It would be really helpful to have a simple weekly stock template that the shop staff can use."}},
		{"budget report", "It would be useful to have a plain-English quarterly budget report for the parish council.",
			[]string{"paid: It would be useful to have a plain-English quarterly budget report for the parish council."}},
		{"spreadsheet", "It would be great to have a single shared mileage spreadsheet for all four drivers.",
			[]string{"paid: It would be great to have a single shared mileage spreadsheet for all four drivers."}},
		{"cash forecast", "It would be very helpful to have a rolling twelve-month cash forecast for the bakery.",
			[]string{"paid: It would be very helpful to have a rolling twelve-month cash forecast for the bakery."}},
		{"floor plan", "It would be helpful to have a fully dimensioned ground floor plan before the builders quote.",
			[]string{"paid: It would be helpful to have a fully dimensioned ground floor plan before the builders quote."}},
		// Guards: no thing made, or the thing named only beyond the phrase.
		{"guard: a quieter month", "It would be nice to have a much quieter run-up to Christmas this year.", nil},
		{"guard: a word with someone", "It would be good to have a quick word with the landlord about the lease.", nil},
		{"guard: a bit of the report", "It would be lovely to have a bit of time off after the report.", nil},
	})
}
