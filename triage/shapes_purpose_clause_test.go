package triage

import "testing"

// TestPurposeClauseQuick: a quick word inside a purpose clause after "so
// that" (a meeting, a confirmation, a booking) says why the client wants
// the work and leaves a request for work paid. Guards: a request for an
// answer or a copy stays quick, and a quick word before "so that" counts.
func TestPurposeClauseQuick(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"meeting", "Please build a timber ramp at the side door so that the inspector can sign it off at the meeting on the 4th.",
			[]string{"paid: Please build a timber ramp at the side door so that the inspector can sign it off at the meeting on the 4th."}},
		{"confirm", "Please reframe the large print in oak so that we can confirm the order with the gallery.",
			[]string{"paid: Please reframe the large print in oak so that we can confirm the order with the gallery."}},
		{"appointment", "Please service both boilers so that the tenants can book their appointments with the insurer.",
			[]string{"paid: Please service both boilers so that the tenants can book their appointments with the insurer."}},
		{"deadline", "Please repair the porch roof so that the buyers can meet their mortgage deadline.",
			[]string{"paid: Please repair the porch roof so that the buyers can meet their mortgage deadline."}},
		{"a call", "Please reupholster the waiting-room chairs so that we are ready for the call with the franchise owners.",
			[]string{"paid: Please reupholster the waiting-room chairs so that we are ready for the call with the franchise owners."}},
		// Guards.
		{"guard: a copy", "Could you send me the invoice so that I can confirm the payment?",
			[]string{"quick: Could you send me the invoice so that I can confirm the payment?"}},
		{"guard: quick word first", "Please move my appointment so that I can attend the training day.",
			[]string{"quick: Please move my appointment so that I can attend the training day."}},
	})
}
