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
