package triage

import "testing"

// TestCheckLeadIn: "just to (double) check, …" is the client checking a
// fact with the firm (quick); a check asked of the firm stays paid.
func TestCheckLeadIn(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"double check, keys", "Just to double check, the keys go back to the letting agent?",
			[]string{"quick: Just to double check, the keys go back to the letting agent?"}},
		{"check, an address", "Just to check, the invoice goes to the Bristol office?",
			[]string{"quick: Just to check, the invoice goes to the Bristol office?"}},
		{"double-check, a name", "Just to double-check, the van insurance is in my name now?",
			[]string{"quick: Just to double-check, the van insurance is in my name now?"}},
		{"no comma", "just to check the boiler service is booked for tuesday?",
			[]string{"quick: just to check the boiler service is booked for tuesday?"}},
		{"quickly", "Just to quickly check, the skip hire is on our account?",
			[]string{"quick: Just to quickly check, the skip hire is on our account?"}},
		{"guard: can you check", "Could you check the rota for next week?",
			[]string{"paid: Could you check the rota for next week?"}},
		{"guard: a check asked after a lead-in", "Just to be sure, can you check the figures on the VAT return again?",
			[]string{"paid: Just to be sure, can you check the figures on the VAT return again?"}},
		{"guard: need you to check", "I need you to check the wording of the lease.",
			[]string{"paid: I need you to check the wording of the lease."}},
	})
}
