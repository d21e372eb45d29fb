package triage

import "testing"

// TestInsuranceCoverCheck: whether the client's insurance covers a case,
// or whether a change touches it, is what the policy wording allows:
// research (paid). The noun "the cover" inside such rule words is not the
// quick "does the fee cover…" of a price (shapes_rulespan.go). Facts on
// file and a price's scope stay quick. Sentences written for the test.
func TestInsuranceCoverCheck(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "Would taking on an apprentice affect the cover?", Paid},
		{"en", "does the extension on the back affect our cover at all", Paid},
		{"en", "Does putting up scaffolding at the back affect our insurance?", Paid},
		{"en", "Would running yoga classes in the hall change anything on the policy?", Paid},
		{"en", "If we let the spare room to a lodger, would we be covered?", Paid},
		{"en", "Will hiring out the minibus at weekends invalidate our insurance?", Paid},
		{"en guard: a price's scope", "Does the fixed fee cover the bank reconciliation as well?", Quick},
		{"en guard: a document on file", "Can you send me a copy of our insurance certificate?", Quick},
		{"en guard: a date", "When does our policy renew?", Quick},
		{"en guard: a status", "Has the insurer paid out on the claim yet?", Quick},
		{"en guard: a cover page", "Did the cover page go to the printer this morning?", Quick},
	})
}
