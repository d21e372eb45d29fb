package triage

import "testing"

// TestRomancePossibleWork: "would it be possible to <work>" in French,
// Spanish, Italian and Portuguese asks for work as the English frame does
// (shapes_possible_romance.go); with a verb of telling or sending, or the
// client's own act or a slot, it asks for an answer or leave. Sentences
// written for the test (a printer, a bakery, a boat yard, a dentist, a
// cabinet maker, a music school).
func TestRomancePossibleWork(t *testing.T) {
	t.Run("work: paid", func(t *testing.T) {
		runLangCases(t, []langCase{
			{"fr", "Serait-il possible de refaire l'étiquette des pots de confiture avec le nouveau logo ?", Paid},
			{"fr", "Et serait-il possible de repeindre la coque du voilier avant avril ?", Paid},
			{"es", "¿Sería posible rediseñar la carta del restaurante para la temporada de verano?", Paid},
			{"it", "Sarebbe possibile restaurare le ante della credenza della nonna?", Paid},
			{"pt", "Seria possível reorganizar o horário das aulas de piano do segundo semestre?", Paid},
		})
	})
	t.Run("guards: telling, sending, paying, meeting: quick", func(t *testing.T) {
		runLangCases(t, []langCase{
			{"fr", "Serait-il possible de m'envoyer la facture du mois dernier ?", Quick},
			{"fr", "Serait-il possible de payer en deux fois ?", Quick},
			{"es", "¿Sería posible confirmar la hora de la cita del martes?", Quick},
			{"it", "Sarebbe possibile spostare l'appuntamento a giovedì?", Quick},
			{"pt", "Seria possível marcar a consulta para sexta de manhã?", Quick},
		})
	})
}
