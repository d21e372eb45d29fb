package triage

import "testing"

// TestRecordAddKind: adding one person as a contact, to the contacts, or
// to a distribution list in another language is quick admin. Guards:
// building the list or the contact records is work.
func TestRecordAddKind(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "Please add my brother Tom as a contact on the account so he can call about the van leases.", Quick},
		{"en", "Can you add our new site manager to the emergency contacts for the depot?", Quick},
		{"en", "Could you add Mrs Patel to the contact list for the quarterly statements?", Quick},
		{"en", "Please add the finance director as an authorised contact for the bank mandate queries.", Quick},
		{"de", "Können Sie bitte Frau Berger in die Verteilerliste für den Newsletter aufnehmen?", Quick},
		{"fr", "Pourriez-vous ajouter notre comptable à la liste de diffusion du projet ?", Quick},
		{"es", "¿Puedes añadir a Lucía a la lista de distribución de compras?", Quick},
		{"it", "Potete aggiungere il nuovo magazziniere alla lista di distribuzione degli ordini?", Quick},
		{"en", "Could you build a contact database for our 400 customers and import the old spreadsheet?", Paid},
		{"en", "Please add up the mileage claims for the team and check them against the logs.", Paid},
	})
}

// TestPaymentAccountChangeKind: switching the account payments go to is
// one field on file, quick. Guards: the bank account's books and moving
// the software are work.
func TestPaymentAccountChangeKind(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "Could you change the account for the service charge payments to our new business account?", Quick},
		{"en", "Please update our bank details for the supplier refunds, the new sort code is below.", Quick},
		{"en", "Can you amend the payment account on the direct debit to the one ending 4410?", Quick},
		{"en", "Please change the bank account the deposit goes back to, as we've closed the old one.", Quick},
		{"en", "Could you update the payment details you hold for the quarterly rent?", Quick},
		{"en", "Please reconcile the bank account for the last two quarters.", Paid},
		{"en", "Can you change our accounting software over to the new cloud package and move the history?", Paid},
	})
}
