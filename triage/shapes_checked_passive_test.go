package triage

import "testing"

// TestCheckedPastPassive: checking whether something was done to a thing
// ("check that the skips were emptied", "confirm whether the gutters have
// been cleared") is a status, quick, whatever the verb; checking whether
// it was done right ("…were measured correctly") is a review and what a
// rule allows ("…are entitled to") research, both paid. Sentences
// written for the test.
func TestCheckedPastPassive(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "Could you check that the skips behind the depot were actually emptied on Friday?", Quick},
		{"en", "Can you check whether the drain covers in the car park were replaced last week?", Quick},
		{"en", "Please check that the stair carpet was shampooed before the tenants moved in.", Quick},
		{"en", "Could you verify that the old hard drives were wiped before they left site?", Quick},
		{"en", "Can you check if the lockers in the changing room have been repainted yet?", Quick},
		{"en", "Could you check that the kitchen extension plans were drawn correctly?", Paid},
		{"en", "Could you check whether the overtime in the March payroll was worked out correctly for all forty staff?", Paid},
		{"en", "Could you check whether we are entitled to the energy grant for the warehouse?", Paid},
	})
}
