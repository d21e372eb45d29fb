package triage

// Reply cues per language beyond the English lists (words.go) and the
// strong accept/decline/hedge words of each language's file: one-word
// agreements, work no longer needed, and putting the work off. Phrases
// are word tokens, the way the lexicon sees the text.
func init() {
	for lang, lx := range map[string]Lexicon{
		"de": {
			Words: Words{Decline: []string{"nicht mehr nötig", "nicht mehr notwendig", "hat sich erledigt",
				"verschieben wir", "stellen wir zurück"}},
			Reply: replyCueLists{WeakAccept: []string{"gern", "klar", "natürlich", "passt", "machen wir so"}},
		},
		"es": {
			Words: Words{Decline: []string{"ya no hace falta", "ya no es necesario", "lo dejamos para más adelante",
				"lo aplazamos"}},
			Reply: replyCueLists{WeakAccept: []string{"claro", "por supuesto", "me parece bien"}},
		},
		"fr": {
			Words: Words{Decline: []string{"plus nécessaire", "plus besoin", "on en reparlera", "remettre à plus tard",
				"on reporte"}},
			Reply: replyCueLists{WeakAccept: []string{"volontiers", "avec plaisir", "ça marche", "ça me va", "bien sûr"}},
		},
		"it": {
			Words: Words{Decline: []string{"non è più necessario", "non serve più", "rimandiamo", "ne riparliamo più avanti"}},
			Reply: replyCueLists{WeakAccept: []string{"certo", "volentieri", "certamente", "mi sta bene"}},
		},
		"nl": {
			Words: Words{Decline: []string{"niet meer nodig", "stellen het uit", "schuiven het door"}},
			Reply: replyCueLists{WeakAccept: []string{"graag", "uiteraard", "natuurlijk"}, Conditions: []string{"als het", "als je", "als u", "indien"}},
		},
		"pt": {
			Words: Words{Decline: []string{"já não é necessário", "já não precisamos", "fica para depois",
				"deixamos para depois", "adiamos"}},
			Reply: replyCueLists{WeakAccept: []string{"claro", "com certeza", "combinado", "fechado"}},
		},
	} {
		registerLexicon(lang, lx)
	}
}
