package triage

import "testing"

// TestReplyPriceQuestionLanguages: a question back about hours, price or
// what is included, in German, Spanish, French, Italian, Dutch or
// Portuguese, leaves a go-ahead beside it unclear, as "3 hours instead of
// 5?" does in English; a question about when to start does not.
// Sentences written for the test.
func TestReplyPriceQuestionLanguages(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"de hours instead", "Geht es auch mit 4 Stunden statt 6? Dann gerne los.", Unclear, "question back"},
		{"es price includes", "¿El precio incluye el IVA? Si es así, adelante.", Unclear, ""},
		{"fr hours instead", "Pourriez-vous le faire en 2 heures au lieu de 3 ? Allez-y dans ce cas.", Unclear, "question back"},
		{"it discount", "C'è uno sconto se facciamo tutte e due le pratiche? Procedete pure.", Unclear, "question back"},
		{"nl fewer hours", "Kan het ook in minder uren, bijvoorbeeld drie? Ga je gang.", Unclear, "question back"},
		{"pt instead", "Dá para fazer em 3 horas em vez de 5? Se sim, avancem.", Unclear, ""},
		// Guards: a go-ahead with a question about when, or none.
		{"de start question", "Ja, legen Sie los. Wann können Sie anfangen?", Accepted, ""},
		{"it plain yes", "Va bene, procedete pure con il bilancio.", Accepted, ""},
	})
}
