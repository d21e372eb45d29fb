package triage

import "testing"

// TestOwnPlanWishes: a wish to do something of the client's own with a
// thing asked for ("I'd like to take that into the board meeting"), and
// a wish that the next ask takes up with a pronoun ("We'd like to give
// the staff a bonus. Please add it to the December run."), ask nothing
// beyond the asks around them. A wish to get a thing from the firm, or
// to do something with a thing not named before, still asks.
func TestOwnPlanWishes(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"take that into a meeting", "Could you send the valuation by Friday? I'd like to take that into the board meeting on the 14th.",
			[]string{"quick: Could you send the valuation by Friday?"}},
		{"bring it to a meeting", "Can you prepare the site plan? I'd like to bring it to the planning meeting.",
			[]string{"paid: Can you prepare the site plan?"}},
		{"share it with the partners", "Please draw up the cash-flow forecast. We'd like to share it with the partners before Easter.",
			[]string{"paid: Please draw up the cash-flow forecast."}},
		{"a bonus taken up by add it", "We'd like to give our three staff a Christmas bonus of 200 each. Please add it to the December run.",
			[]string{"quick: Please add it to the December run."}},
		{"a party moved, taken up by book it", "We'd like to hold the team lunch at the harbour on the 20th. Please reserve it for twelve.",
			[]string{"quick: Please reserve it for twelve."}},
		// Guards: a wish to get a thing from the firm; an own plan with a
		// thing not named before.
		{"guard: get a quote", "I'd like to get a quote for the roof. Could you send it by Friday?",
			[]string{"paid: I'd like to get a quote for the roof.", "quick: Could you send it by Friday?"}},
		{"guard: take the van", "I'd like to take the van to the garage myself on Monday.",
			[]string{"paid: I'd like to take the van to the garage myself on Monday."}},
	})
}
