package triage

import "testing"

// TestWorkVerbIngForms: after "would you mind" a work verb comes in its
// -ing form ("putting together", "drawing up", "having a little think",
// "running your eye over"): still work, paid. Quick -ing asks stay quick.
func TestWorkVerbIngForms(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"putting together", "Would you mind putting together a packing list for the exhibition crates?",
			[]string{"paid: Would you mind putting together a packing list for the exhibition crates?"}},
		{"drawing up", "Would you mind drawing up a cleaning schedule for the three kitchens?",
			[]string{"paid: Would you mind drawing up a cleaning schedule for the three kitchens?"}},
		{"writing up", "Would you mind writing up the notes from Tuesday's site walk?",
			[]string{"paid: Would you mind writing up the notes from Tuesday's site walk?"}},
		{"little think", "Would you mind having a little think about how we could cut the delivery costs?",
			[]string{"paid: Would you mind having a little think about how we could cut the delivery costs?"}},
		{"running eye over", "Would you mind running your eye over the tender document and flagging anything weak?",
			[]string{"paid: Would you mind running your eye over the tender document and flagging anything weak?"}},
		{"cast an eye", "Could you cast an eye over the volunteers' handbook and mark anything out of date?",
			[]string{"paid: Could you cast an eye over the volunteers' handbook and mark anything out of date?"}},
		// Guards: sending, writing back and calling back stay quick.
		{"guard sending", "Would you mind sending over the delivery note again?",
			[]string{"quick: Would you mind sending over the delivery note again?"}},
		{"guard writing back", "Would you mind writing back to confirm the Thursday slot?",
			[]string{"quick: Would you mind writing back to confirm the Thursday slot?"}},
		{"guard calling back", "Would you mind calling me back this afternoon?",
			[]string{"quick: Would you mind calling me back this afternoon?"}},
	})
}
