package triage

import "testing"

// TestPassedOnTaskKind: a task the firm only passes on to a third party
// ("could you ask the builder to send his invoice?") is one message,
// quick, whatever work the third party will do. Guards: asking the
// firm's own people or "someone" (the firm's visit), asking a question
// of the third party, and the work asked of the firm itself.
func TestPassedOnTaskKind(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "Could you ask the gardener to cut back the hedge by the car park?", Quick},
		{"en", "Please tell the tenants to put their recycling out on Tuesdays.", Quick},
		{"en", "Can you remind the caterers to bring the vegan menu for the launch?", Quick},
		{"en", "Could you please ask the roofer to redo the flashing on the porch?", Quick},
		{"en", "Can you ask whoever does the survey to measure the loft as well?", Quick},
		{"en", "Would you ask the bank's relationship manager to prepare the facility letter?", Quick},
		{"en", "Could you ask your engineer to rebuild the server over the weekend?", Paid},
		{"en", "Could you ask someone to come out and repair the alarm panel?", Paid},
		{"en", "Please redo the flashing calculations for the porch roof.", Paid},
		{"en", "Could you ask the landlord to sign the licence and draft the side letter for us?", Paid},
		{"en", "Please ask the printers to send the proofs and our invoice by Friday.", Quick},
	})
}
