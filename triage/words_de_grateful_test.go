package triage

import "testing"

// TestGermanGratitudeWithAdverb: "Ich wäre Ihnen außerdem dankbar, wenn
// Sie …": an adverb or two between the person thanked and "dankbar"
// keeps the conditional gratitude a request. A past regret ("dankbar
// gewesen, wenn …") and thanks for what was done ask nothing.
func TestGermanGratitudeWithAdverb(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"außerdem", "Ich wäre Ihnen außerdem dankbar, wenn Sie die Nebenkostenabrechnung prüfen könnten.",
			[]string{"paid: Ich wäre Ihnen außerdem dankbar, wenn Sie die Nebenkostenabrechnung prüfen könnten."}},
		{"zudem, du", "Ich wäre dir zudem dankbar, wenn du die Steuererklärung vorbereiten könntest.",
			[]string{"paid: Ich wäre dir zudem dankbar, wenn du die Steuererklärung vorbereiten könntest."}},
		{"wirklich", "Ich wäre Ihnen wirklich dankbar, wenn Sie den Termin bestätigen könnten.",
			[]string{"quick: Ich wäre Ihnen wirklich dankbar, wenn Sie den Termin bestätigen könnten."}},
		{"ebenfalls, ihr", "Wir wären euch ebenfalls dankbar, wenn ihr das Angebot anpassen könntet.",
			[]string{"paid: Wir wären euch ebenfalls dankbar, wenn ihr das Angebot anpassen könntet."}},
		{"noch", "Wir wären Ihnen noch dankbar, wenn Sie die Gehaltsabrechnungen korrigieren könnten.",
			[]string{"paid: Wir wären Ihnen noch dankbar, wenn Sie die Gehaltsabrechnungen korrigieren könnten."}},
		// Guards: a past regret; thanks for help given.
		{"guard: regret", "Ich wäre Ihnen sehr dankbar gewesen, wenn Sie früher angerufen hätten.", nil},
		{"guard: thanks", "Wir sind Ihnen außerdem dankbar für die schnelle Hilfe.", nil},
	})
}
