package triage

import "testing"

// TestPersonReference: a reference for a person is a letter to write; a
// reference for a payment or a file is a number.
func TestPersonReference(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "I need a reference for Priya's rental application.", Paid},
		{"en", "Could you give us a reference for our former cleaner?", Paid},
		{"en", "We need a character reference for him before the hearing.", Paid},
		{"en", "Can we have a reference for the apprentice who left in June?", Paid},
		{"en", "We need a tenancy reference for them by Friday.", Paid},
		// Guards: a reference number.
		{"en", "I need the reference for the BACS payment.", Quick},
		{"en", "What reference should I use for the transfer?", Quick},
		{"en", "Can you send me a reference number for the claim?", Quick},
	})
}
