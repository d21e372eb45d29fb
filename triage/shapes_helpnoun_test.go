package triage

import "testing"

// TestHelpNounAsks: "it would be a great help to have …", "it'd be of
// real help if you could …" ask as "it would be helpful …" does; help
// named without a thing wanted, or a past help, asks nothing.
func TestHelpNounAsks(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"a great help to have a report", "It would be a great help to have the valuation report before the auction.",
			[]string{"paid: It would be a great help to have the valuation report before the auction."}},
		{"of real help if you could", "It would be of real help if you could draft the notice to the tenants this week.",
			[]string{"paid: It would be of real help if you could draft the notice to the tenants this week."}},
		{"a big help if you could", "It'd be a big help if you could check the wiring diagram for the garage.",
			[]string{"paid: It'd be a big help if you could check the wiring diagram for the garage."}},
		{"a huge help to have a copy", "It would be a huge help to have a copy of the signed contract.",
			[]string{"quick: It would be a huge help to have a copy of the signed contract."}},
		{"a real help if someone could", "It would be a real help if someone could look over the menu costings.",
			[]string{"paid: It would be a real help if someone could look over the menu costings."}},
		// Guards: no thing wanted; a help in the past; a wish for the client's own life.
		{"guard: help alone", "It would be a big help to the whole team.", nil},
		{"guard: past help", "Your advice last spring was a great help.", nil},
		{"guard: own life", "It would be a great help to have a quieter January.", nil},
	})
}
