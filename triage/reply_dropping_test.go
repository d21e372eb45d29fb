package triage

import "testing"

// TestReplyDroppingIt: answers written for the "drop it" idioms of the
// it/fr/es/pt decline lists in their infinitive and first-person forms
// (none is a sentence of any labelled set), with the guards that must not
// fire.
func TestReplyDroppingIt(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"dropping it", "Meglio lasciar stare per quest'anno, grazie.", Declined, "lasciar stare"},
		{"dropping it", "Lascio perdere, grazie lo stesso.", Declined, "lascio perdere"},
		{"dropping it", "Merci, mais je préfère laisser tomber.", Declined, "laisser tomber"},
		{"dropping it", "Laissons tomber pour cette fois.", Declined, "laissons tomber"},
		{"dropping it", "Gracias, pero prefiero dejarlo.", Declined, "prefiero dejarlo"},
		{"dropping it", "Deixa pra lá, obrigada.", Declined, "deixa pra lá"},
		{"dropping it guard", "Procedi pure, non lasciar perdere il resto.", Accepted, "procedi"},
		{"dropping it guard", "Ne laissez pas tomber le dossier, allez-y.", Accepted, "allez y"},
		{"dropping it guard", "Pode avançar, não deixe pra lá.", Accepted, "pode avançar"},
		{"dropping it guard", "Ich lasse es Sie wissen.", Unclear, ""},
	})
}
