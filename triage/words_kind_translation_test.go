package triage

import "testing"

// TestTranslationWork: asking for a text to be translated, localised or
// subtitled, in any language, is paid work; a status, receipt or price
// question about a translation, a past translation and a tool named by a
// compound stay quick.
func TestTranslationWork(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"en verb", "Could you translate the tenancy agreement into Polish for our new tenant?",
			[]string{"paid: Could you translate the tenancy agreement into Polish for our new tenant?"}},
		{"en localise", "Can you localise the booking widget for the Swedish market?",
			[]string{"paid: Can you localise the booking widget for the Swedish market?"}},
		{"nl verb", "Kunt u de folder over de verbouwing naar het Engels vertalen?",
			[]string{"paid: Kunt u de folder over de verbouwing naar het Engels vertalen?"}},
		{"de noun", "Könnten Sie uns eine Übersetzung der Geburtsurkunde ins Englische anfertigen?",
			[]string{"paid: Könnten Sie uns eine Übersetzung der Geburtsurkunde ins Englische anfertigen?"}},
		{"nl verb with naar", "Kunnen jullie de nieuwsbrief vertalen naar het Duits?",
			[]string{"paid: Kunnen jullie de nieuwsbrief vertalen naar het Duits?"}},
		{"fr noun sent", "Pourriez-vous nous envoyer une traduction du bail en anglais ?",
			[]string{"paid: Pourriez-vous nous envoyer une traduction du bail en anglais ?"}},
		{"es noun sent", "¿Podrían enviarnos la traducción del contrato al alemán?",
			[]string{"paid: ¿Podrían enviarnos la traducción del contrato al alemán?"}},
		{"fr verb", "Pourriez-vous traduire notre règlement intérieur en anglais ?",
			[]string{"paid: Pourriez-vous traduire notre règlement intérieur en anglais ?"}},
		{"it verb", "Potreste tradurre il listino prezzi in tedesco entro lunedì?",
			[]string{"paid: Potreste tradurre il listino prezzi in tedesco entro lunedì?"}},
		{"pt verb", "Você poderia traduzir o contrato de arrendamento para inglês?",
			[]string{"paid: Você poderia traduzir o contrato de arrendamento para inglês?"}},
		{"es verb", "¿Nos podéis traducir el folleto del congreso al francés?",
			[]string{"paid: ¿Nos podéis traducir el folleto del congreso al francés?"}},
		// Guards: status, receipt and price of a translation, work done, a tool.
		{"guard: status", "Is the translation of the lease ready yet?",
			[]string{"quick: Is the translation of the lease ready yet?"}},
		{"guard: receipt", "Did you get the translations I sent on Monday?",
			[]string{"quick: Did you get the translations I sent on Monday?"}},
		{"guard: price", "What's your fee for a translation of about 2,000 words?",
			[]string{"quick: What's your fee for a translation of about 2,000 words?"}},
		{"guard: done", "Has the brochure been translated already?",
			[]string{"quick: Has the brochure been translated already?"}},
		{"guard: es price", "¿Cuánto cobráis por una traducción jurada?",
			[]string{"quick: ¿Cuánto cobráis por una traducción jurada?"}},
		{"guard: nl price", "Wat kost een vertaling van een diploma ongeveer?",
			[]string{"quick: Wat kost een vertaling van een diploma ongeveer?"}},
		{"guard: de date", "Wann ist die Übersetzung fertig?",
			[]string{"quick: Wann ist die Übersetzung fertig?"}},
		{"guard: compound", "Werken jullie met een vertaalgeheugen?",
			[]string{"quick: Werken jullie met een vertaalgeheugen?"}},
		{"guard: nl receipt", "Hebben jullie de vertaling al ontvangen?",
			[]string{"quick: Hebben jullie de vertaling al ontvangen?"}},
	}, askListInLanguage)
}

// askListInLanguage is askList with the signals gated by the text's
// detected language, as a message's are.
func askListInLanguage(e *Engine, text string) []string {
	return askList(e.forLanguage(detectLanguage(text, "")), text)
}
