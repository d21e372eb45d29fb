package triage

import "testing"

// TestStatusLookupWordedAsResearch: a work verb ("investigate",
// "research", "look into", "find out") put to whether something was
// sent, billed or still holds only looks a status up: quick. Put to a
// rule, a cause or a duty it stays research: paid.
func TestStatusLookupWordedAsResearch(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"investigate posted", "Could you investigate whether the replacement keys have been posted to us?",
			[]string{"quick: Could you investigate whether the replacement keys have been posted to us?"}},
		{"research billed", "Can you research whether we were billed for the cancelled session in May?",
			[]string{"quick: Can you research whether we were billed for the cancelled session in May?"}},
		{"look into dispatched", "Could you look into whether the spare filters have been dispatched?",
			[]string{"quick: Could you look into whether the spare filters have been dispatched?"}},
		{"find out still have", "Would you find out if we still have the deposit sitting on our account?",
			[]string{"quick: Would you find out if we still have the deposit sitting on our account?"}},
		{"investigate still valid", "Can you investigate whether the voucher is still valid for next month?",
			[]string{"quick: Can you investigate whether the voucher is still valid for next month?"}},
		{"research invoiced", "Could you research if the council was invoiced for the September clear-out?",
			[]string{"quick: Could you research if the council was invoiced for the September clear-out?"}},
		// Guards: a rule, a cause or a duty stays research.
		{"guard research rule", "Could you research whether we can claim relief on the new boiler?",
			[]string{"paid: Could you research whether we can claim relief on the new boiler?"}},
		{"guard investigate cause", "Can you investigate why the alarm keeps tripping at night?",
			[]string{"paid: Can you investigate why the alarm keeps tripping at night?"}},
		{"guard still have to", "Could you find out if we still have to register the trailer with the agency?",
			[]string{"paid: Could you find out if we still have to register the trailer with the agency?"}},
		{"guard still need", "Could you look into whether we still need a permit for the crane?",
			[]string{"paid: Could you look into whether we still need a permit for the crane?"}},
		{"guard research market", "Please research which suppliers still stock the older valves.",
			[]string{"paid: Please research which suppliers still stock the older valves."}},
	})
}
