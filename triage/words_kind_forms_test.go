package triage

import "testing"

// TestReturnsFilledForm: filling a form in for the client is work; "and
// send it back" after it only says how it comes back. Sending back a thing
// the firm holds, or signing and returning, stays quick.
func TestReturnsFilledForm(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"fill in … and send it back", "Could you fill in the insurer's claims questionnaire and send it back to me?",
			[]string{"paid: Could you fill in the insurer's claims questionnaire and send it back to me?"}},
		{"fill out … and return it", "Can you fill out the grant application and return it to the council?",
			[]string{"paid: Can you fill out the grant application and return it to the council?"}},
		{"complete … and send back", "Please complete the supplier onboarding form and send it back to our buyer.",
			[]string{"paid: Please complete the supplier onboarding form and send it back to our buyer."}},
		{"fill in … and post it back", "Would you fill in the landlord's registration form and post it back to them?",
			[]string{"paid: Would you fill in the landlord's registration form and post it back to them?"}},
		{"populate … and email it back", "Could you populate the vendor onboarding spreadsheet and email it back to procurement?",
			[]string{"paid: Could you populate the vendor onboarding spreadsheet and email it back to procurement?"}},
		// Guards: sending back what the firm holds; signing is no filling.
		{"guard: send back the originals", "Could you send back the original bank statements?",
			[]string{"quick: Could you send back the original bank statements?"}},
		{"guard: sign and send back", "Can you sign the engagement letter and send it back to me?",
			[]string{"quick: Can you sign the engagement letter and send it back to me?"}},
	})
}
