package triage

import "testing"

// TestLightVerbErrands: a light verb over a time to meet or an errand
// asks for a line; over a piece of work it hands the work over.
func TestLightVerbErrands(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "Could you sort out a date for the final walk-round?", Quick},
		{"en", "Can you arrange a time to measure up the windows?", Quick},
		{"en", "Please organise a slot for the photographer next week.", Quick},
		{"en", "Could you take care of sending the signed copy to the buyer's solicitor?", Quick},
		{"en", "Can you handle forwarding the renewal notice to our broker?", Quick},
		{"en", "Could you agree a date with the tenant for the inventory check?", Quick},
		// Guards: the light verb over a piece of work.
		{"en", "Could you sort out the VAT registration for the café?", Paid},
		{"en", "Can you take care of the annual return for the club?", Paid},
		{"en", "Please deal with the tribunal claim from our former chef.", Paid},
	})
}

// TestNeedLightParticiple: "need the X handled / organised / arranged"
// asks for the work as "need the X done" does; the same participles after
// "been" report a status.
func TestNeedLightParticiple(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "We need the licence transfer handled before the new owners take over.", Paid},
		{"en", "I need the volunteers' DBS checks organised before the summer club.", Paid},
		{"en", "We need the pension auto-enrolment arranged for the new starters.", Paid},
		{"en", "I'd like the boundary dispute handled by someone senior.", Paid},
		{"en", "We need the annual gas checks organized for all four houses.", Paid},
		// Guards: status of something already in hand.
		{"en", "Has the transfer been handled yet?", Quick},
		{"en", "Have the gas checks been arranged?", Quick},
		{"en", "Is the courier arranged for Tuesday?", Quick},
	})
}
