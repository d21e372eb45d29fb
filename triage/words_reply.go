package triage

// Reply cues per language beyond the English lists (words.go) and the
// strong accept/decline/hedge words of each language's file: one-word
// agreements, work no longer needed, and putting the work off. Phrases
// are word tokens, the way the lexicon sees the text.
func init() {
	for lang, lx := range map[string]Lexicon{
		"de": {
			Words: Words{
				Accept: []string{"bitte machen"},
				Decline: []string{"nicht mehr nötig", "nicht mehr notwendig", "hat sich erledigt",
					"verschieben wir", "stellen wir zurück", "zu teuer für", "uns ... zu teuer", "lieber selbst",
					"machen das selbst", "machen es selbst", "warten sie noch", "warten sie bitte noch",
					"noch nicht anfangen"},
			},
			Reply: replyCueLists{WeakAccept: []string{"gern", "klar", "natürlich", "passt", "machen wir so"},
				WeakDecline: []string{"zu teuer"}},
		},
		"es": {
			Words: Words{
				Decline: []string{"ya no hace falta", "ya no es necesario", "lo dejamos para más adelante",
					"lo aplazamos", "demasiado caro para", "muy caro para", "ahora mismo no", "por ahora no"},
				Hedge: []string{"tengo que consultar", "consultarlo", "tengo que hablarlo"},
			},
			Reply: replyCueLists{WeakAccept: []string{"claro", "por supuesto", "me parece bien"},
				WeakDecline: []string{"demasiado caro", "muy caro"}},
		},
		"fr": {
			Words: Words{Decline: []string{"plus nécessaire", "plus besoin", "on en reparlera", "remettre à plus tard",
				"on reporte", "trop cher pour", "pas pour l'instant", "pas tout de suite"}},
			Reply: replyCueLists{WeakAccept: []string{"volontiers", "avec plaisir", "ça marche", "ça me va", "bien sûr"},
				WeakDecline: []string{"trop cher"}},
		},
		"it": {
			Words: Words{
				Decline: []string{"non è più necessario", "non serve più", "rimandiamo", "ne riparliamo più avanti",
					"troppo caro per", "per il momento no", "al momento no", "per adesso no", "per ora no"},
				Hedge: []string{"devo sentire", "ne devo parlare", "devo parlarne"},
			},
			Reply: replyCueLists{WeakAccept: []string{"certo", "volentieri", "certamente", "mi sta bene"},
				WeakDecline: []string{"troppo caro"}},
		},
		"nl": {
			Words: Words{
				Accept: []string{"ga uw gang", "gaat u uw gang"},
				Decline: []string{"niet meer nodig", "stellen het uit", "schuiven het door", "laat maar $", "te duur voor",
					"doen het zelf", "doen we zelf"},
				Hedge: []string{"overleggen"},
			},
			Reply: replyCueLists{WeakAccept: []string{"graag", "uiteraard", "natuurlijk"}, Conditions: []string{"als het", "als je", "als u", "indien"},
				WeakDecline: []string{"te duur"}},
		},
		"pt": {
			Words: Words{
				Decline: []string{"já não é necessário", "já não precisamos", "fica para depois",
					"deixamos para depois", "adiamos", "caro demais para", "muito caro para"},
				Hedge: []string{"tenho de falar", "tenho que falar", "preciso falar", "preciso de falar"},
			},
			Reply: replyCueLists{WeakAccept: []string{"claro", "com certeza", "combinado", "fechado"},
				WeakDecline: []string{"caro demais", "muito caro"}},
		},
	} {
		registerLexicon(lang, lx)
	}
}
