package triage

import "testing"

// TestApologiesAsThing: apologies sent, given or received are a thing
// asked about, not the client's own apology, so the run-on goes on past
// them; the client's "sorry for …" after an ask is still cut off.
func TestApologiesAsThing(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"sent apologies then work", "Can you confirm who has sent apologies for the AGM and draft the notice for the spring meeting?",
			[]string{"quick: Can you confirm who has sent apologies for the AGM", "paid: draft the notice for the spring meeting?"}},
		{"received apologies then work", "Could you confirm who gave apologies for tonight and write up the minutes from the recording?",
			[]string{"quick: Could you confirm who gave apologies for tonight", "paid: write up the minutes from the recording?"}},
		// Guards: the client's own apology after an ask.
		{"guard: sorry for the rush", "can you send the signed lease today sorry for the rush",
			[]string{"quick: can you send the signed lease today"}},
		{"guard: apologies for the delay", "could you resend the booking form apologies for the delay",
			[]string{"quick: could you resend the booking form"}},
	})
}
