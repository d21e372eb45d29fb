package triage

import (
	"strings"
	"testing"
)

// TestGermanOrdinalSentences: a number after a German article,
// possessive or preposition is an ordinal ("im 3. Quartal"); the capital
// noun after its period does not open a sentence. A number after other
// words still ends one.
func TestGermanOrdinalSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"after a possessive", "Reicht das Kapital bis zu meinem 90. Geburtstag? Danke.",
			[]string{"Reicht das Kapital bis zu meinem 90. Geburtstag?", "Danke."}},
		{"after im", "Können Sie die Zahlen für das im 3. Quartal gekaufte Fahrzeug prüfen?",
			[]string{"Können Sie die Zahlen für das im 3. Quartal gekaufte Fahrzeug prüfen?"}},
		{"after zum", "Wir feiern zum 25. Jubiläum der Praxis. Kommen Sie auch?",
			[]string{"Wir feiern zum 25. Jubiläum der Praxis.", "Kommen Sie auch?"}},
		{"after an article", "Die Rechnung für den 2. Bauabschnitt fehlt noch.",
			[]string{"Die Rechnung für den 2. Bauabschnitt fehlt noch."}},
		{"after ab", "Gilt die neue Miete ab 1. Januar oder später?",
			[]string{"Gilt die neue Miete ab 1. Januar oder später?"}},
		// Guards: English "am" and a count still end the sentence.
		{"English am before an age", "I am 85. Next year I want to stop work.",
			[]string{"I am 85.", "Next year I want to stop work."}},
		{"a count after a noun", "We ordered boxes 12. Can you send more?",
			[]string{"We ordered boxes 12.", "Can you send more?"}},
		{"a year after a preposition in English", "We moved in 2019. Then the rent went up.",
			[]string{"We moved in 2019.", "Then the rent went up."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentences(tt.text)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("sentences(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}
