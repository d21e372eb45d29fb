package triage

import "testing"

// TestProviderChoice: whether the firm takes a job on or the client stays
// with the current provider is a question about services (quick,
// words_kind_provider.go); advice on which option to choose, and a plain
// request for the work, stay paid. Sentences written for the test.
func TestProviderChoice(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "Can you take over the payroll or do we stay with the bureau?", Quick},
		{"en", "Would you do the annual accounts or should I stick with my old bookkeeper?", Quick},
		{"en", "Could you look after the VAT returns or do I keep him on for those?", Quick},
		{"en", "Can you handle the tenancy deposits or do we go back to the letting agent?", Quick},
		{"en", "are you able to do the site survey or do we keep using the firm from last year", Quick},
		{"en guard: advice on a choice", "Should we stick with the old till software or switch to the new one?", Paid},
		{"en guard: the work asked", "Can you move our payroll over from the bureau?", Paid},
		{"en guard: the work asked", "Please take over the bookkeeping from our old accountant from April.", Paid},
	})
}
