package triage

import "testing"

// TestLangHandsOnWork: asking for hands-on work on a thing (repairing,
// fitting, servicing, balancing, finding a fault) in the other languages
// is paid, as English "repair" and "service the …" are (langHandsOn,
// words_langs_kind.go); whether it is done yet, its price and whether the
// firm does such work at all ("Reparieren Sie auch …?") are quick.
func TestLangHandsOnWork(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"de fit and balance", "Könnten Sie an meinem Anhänger neue Räder montieren und auswuchten?",
			[]string{"paid: Könnten Sie an meinem Anhänger neue Räder montieren und auswuchten?"}},
		{"de find the fault", "Können Sie bitte herausfinden, warum die Spülmaschine kein Wasser zieht?",
			[]string{"paid: Können Sie bitte herausfinden, warum die Spülmaschine kein Wasser zieht?"}},
		{"it service", "Potreste fare il tagliando alla caldaia prima di Natale?",
			[]string{"paid: Potreste fare il tagliando alla caldaia prima di Natale?"}},
		{"fr repair", "Pourriez-vous réparer la porte du garage cette semaine ?",
			[]string{"paid: Pourriez-vous réparer la porte du garage cette semaine ?"}},
		{"nl repair", "Kunnen jullie mijn bakfiets repareren voor zaterdag?",
			[]string{"paid: Kunnen jullie mijn bakfiets repareren voor zaterdag?"}},
		{"es fit", "¿Podrían montar la cocina nueva el martes que viene?",
			[]string{"paid: ¿Podrían montar la cocina nueva el martes que viene?"}},
		{"pt paint", "Gostaria que pintassem a sala de reuniões antes da inauguração.",
			[]string{"paid: Gostaria que pintassem a sala de reuniões antes da inauguração."}},
		{"guard: de whether it is fitted yet", "Sind die neuen Reifen schon montiert?",
			[]string{"quick: Sind die neuen Reifen schon montiert?"}},
		{"guard: nl whether it is repaired", "Is mijn fiets al gerepareerd?",
			[]string{"quick: Is mijn fiets al gerepareerd?"}},
		{"guard: it whether it is repaired", "La lavatrice è già stata riparata?",
			[]string{"quick: La lavatrice è già stata riparata?"}},
		{"guard: de whether the firm does the work at all", "Können Sie mir sagen, ob Sie auch alte Lederkoffer reparieren?",
			[]string{"quick: Können Sie mir sagen, ob Sie auch alte Lederkoffer reparieren?"}},
		{"guard: nl whether the firm does the work, verb first", "Repareren jullie ook elektrische steps?",
			[]string{"quick: Repareren jullie ook elektrische steps?"}},
		{"guard: fr whether the firm does the work, verb first", "Réparez-vous aussi les montres anciennes ?",
			[]string{"quick: Réparez-vous aussi les montres anciennes ?"}},
		{"de also, but asked for", "Könnten Sie auch den Wasserhahn in der Küche reparieren?",
			[]string{"paid: Könnten Sie auch den Wasserhahn in der Küche reparieren?"}},
		{"guard: de the price of fitting", "Was kostet es, vier Reifen zu montieren?",
			[]string{"quick: Was kostet es, vier Reifen zu montieren?"}},
	}, askListInLanguage)
}
