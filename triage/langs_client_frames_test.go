package triage

import "testing"

// TestClientFramesLangs: a question about the client's own act ("do we
// need to provide …?") in other languages asks for a yes or no; a request
// to the firm in the same language is still work.
func TestClientFramesLangs(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"fr faut-il", "Faut-il vous fournir une traduction certifiée des statuts ?",
			[]string{"quick: Faut-il vous fournir une traduction certifiée des statuts ?"}},
		{"de müssen wir", "Müssen wir Ihnen eine Übersetzung der Verträge schicken?",
			[]string{"quick: Müssen wir Ihnen eine Übersetzung der Verträge schicken?"}},
		{"nl moeten we", "Moeten we zelf een vertaling van de statuten aanleveren?",
			[]string{"quick: Moeten we zelf een vertaling van de statuten aanleveren?"}},
		// Guards: the firm is asked to do the work.
		{"guard fr pourriez-vous", "Pourriez-vous traduire les statuts en anglais pour la banque ?",
			[]string{"paid: Pourriez-vous traduire les statuts en anglais pour la banque ?"}},
		{"guard de können Sie", "Können Sie die Verträge für die Bank ins Englische übersetzen?",
			[]string{"paid: Können Sie die Verträge für die Bank ins Englische übersetzen?"}},
	}, askListInLanguage)
}
