package triage

import "testing"

// TestSoftenedCheckingIsStatus: "just checking that …", "quickly
// checking …" ask for a status as an opening "checking" does; the
// client checking their own work, or checking in, asks nothing.
func TestSoftenedCheckingIsStatus(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"just checking that, reached you", "Just checking that the deposit for the hall reached you, as I paid it on Tuesday.",
			[]string{"quick: Just checking that the deposit for the hall reached you, as I paid it on Tuesday."}},
		{"just checking whether", "Just checking whether the gas engineer is still coming on Thursday.",
			[]string{"quick: Just checking whether the gas engineer is still coming on Thursday."}},
		{"quickly checking that, went through", "Quickly checking that the booking for the minibus went through.",
			[]string{"quick: Quickly checking that the booking for the minibus went through."}},
		{"just checking you got", "Just checking you got the meter photos I sent last night.",
			[]string{"quick: Just checking you got the meter photos I sent last night."}},
		{"also just checking, arrived", "Also just checking the parcel of samples arrived.",
			[]string{"quick: Also just checking the parcel of samples arrived."}},
		// Guards: the client's own check; checking in.
		{"guard: own check", "Just checking the figures myself before I send them.", nil},
		{"guard: checking in", "Just checking in to say the new kitchen looks wonderful.", nil},
	})
}
