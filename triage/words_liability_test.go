package triage

import "testing"

// TestWhoBearsCost: who has to pay for something under a lease or
// contract, and whether a cost may be passed on, is what the agreement
// allows: research (paid), in each language. Who did pay, and when, is a
// status. Sentences written for the test.
func TestWhoBearsCost(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "Could you tell me who has to pay for replacing the broken gate?", Paid},
		{"en", "Please let me know whether the surveyor's fee is recoverable through the service charge.", Paid},
		{"en", "Can the cost of the new lift be recharged to the tenants?", Paid},
		{"nl", "Kunt u nagaan wie de nieuwe dakgoot moet betalen?", Paid},
		{"de", "Können Sie klären, wer die neue Heizung zahlen muss?", Paid},
		{"fr", "Pouvez-vous nous dire qui doit payer le remplacement de la vitrine ?", Paid},
		{"es", "¿Me pueden decir quién tiene que pagar la reparación del ascensor?", Paid},
		{"pt", "Podem dizer-me quem tem de pagar a reparação do portão?", Paid},
		{"en guard: a payment made", "Can you check whether the tenant has paid the March rent?", Quick},
		{"en guard: who to send it to", "Who should I send the signed lease to?", Quick},
	})
}

// TestHolidayOwed: the holiday a worker is owed is worked out from the
// accrual rules (paid); when the holiday year starts is a known fact.
// Sentences written for the test.
func TestHolidayOwed(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "Can you tell me how much holiday Priti is owed now she's leaving?", Paid},
		{"en", "whats the holiday shes owed as she only started in june", Paid},
		{"en", "Please let me know how many days of accrued holiday we should pay Tom.", Paid},
		{"en", "Does any untaken holiday go in his final pay?", Paid},
		{"en", "What holiday are casual staff owed for the summer?", Paid},
		{"en guard: a known date", "When does our holiday year start again?", Quick},
		{"en guard: a booking", "Can you confirm my holiday from the 3rd to the 7th is approved?", Quick},
	})
}
