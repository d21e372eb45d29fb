package triage

import "testing"

// TestLikewiseFiller: "également", "ebenfalls", "eveneens" ("likewise",
// used as "also") slip into a request frame as "also" does, so the work
// verb after them still sets the kind; statements with them ask nothing.
func TestLikewiseFiller(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"fr vous charger du dépôt", "Pourriez-vous également vous charger du dépôt des comptes annuels ?",
			[]string{"paid: Pourriez-vous également vous charger du dépôt des comptes annuels ?"}},
		{"fr vous occuper de", "Pourriez-vous également vous occuper de la déclaration annuelle de la société ?",
			[]string{"paid: Pourriez-vous également vous occuper de la déclaration annuelle de la société ?"}},
		{"de erstellen", "Könnten Sie ebenfalls die Jahresabrechnung für die Wohnung erstellen?",
			[]string{"paid: Könnten Sie ebenfalls die Jahresabrechnung für die Wohnung erstellen?"}},
		{"nl herberekenen", "Kunt u eveneens de offerte voor het dak herberekenen?",
			[]string{"paid: Kunt u eveneens de offerte voor het dak herberekenen?"}},
		{"fr me confirmer stays quick", "Pourriez-vous également me confirmer la date du rendez-vous ?",
			[]string{"quick: Pourriez-vous également me confirmer la date du rendez-vous ?"}},
		{"de bestätigen stays quick", "Könnten Sie ebenfalls den Termin am Freitag bestätigen?",
			[]string{"quick: Könnten Sie ebenfalls den Termin am Freitag bestätigen?"}},
		// Guards: statements.
		{"guard: fr statement", "Nous avons également reçu votre facture, merci.", nil},
		{"guard: de statement", "Wir haben ebenfalls die Unterlagen geschickt.", nil},
	})
}
