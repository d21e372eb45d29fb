package triage

import "testing"

// TestGermanicWorkBeforeRelative: a German or Dutch polite request whose
// verb is followed by a relative clause ("…schreiben, das er spielen
// kann") or that opens with "und"/"en" is read by its own verb, the
// infinitive before the relative pronoun (shapes_politework.go).
func TestGermanicWorkBeforeRelative(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"de schreiben, das", "Könnten Sie ein Gedicht schreiben, das wir bei der Taufe vorlesen können?",
			[]string{"paid: Könnten Sie ein Gedicht schreiben, das wir bei der Taufe vorlesen können?"}},
		{"de und komponieren, das", "Und könnten Sie ein kurzes Lied komponieren, das der Chor im Mai singen kann?",
			[]string{"paid: Und könnten Sie ein kurzes Lied komponieren, das der Chor im Mai singen kann?"}},
		{"de malen, das", "Können Sie ein Bild vom Hof malen, das über dem Kamin hängen soll?",
			[]string{"paid: Können Sie ein Bild vom Hof malen, das über dem Kamin hängen soll?"}},
		{"de backen, der", "Könnten Sie einen Kuchen backen, der für vierzig Gäste reicht?",
			[]string{"paid: Könnten Sie einen Kuchen backen, der für vierzig Gäste reicht?"}},
		{"de nähen, das", "Können Sie für meine Tochter ein Kleid nähen, das sie zur Hochzeit tragen kann?",
			[]string{"paid: Können Sie für meine Tochter ein Kleid nähen, das sie zur Hochzeit tragen kann?"}},
		{"de gravieren, die", "Könnten Sie eine Inschrift gravieren, die zum alten Ring passt?",
			[]string{"paid: Könnten Sie eine Inschrift gravieren, die zum alten Ring passt?"}},
		{"de umbauen, die", "Könnten Sie die Garage zu einem Büro umbauen, die Heizung muss aber bleiben?",
			[]string{"paid: Könnten Sie die Garage zu einem Büro umbauen, die Heizung muss aber bleiben?"}},
		// Guards: an article in the middle of the clause, and an
		// answer or a copy asked for, stay what they are.
		{"article after a plural noun", "Könnten Sie den Kunden die Rechnung schicken?",
			[]string{"quick: Könnten Sie den Kunden die Rechnung schicken?"}},
		{"und asks for a date", "Und könnten Sie mir sagen, wann die Stunde beginnt?",
			[]string{"quick: Und könnten Sie mir sagen, wann die Stunde beginnt?"}},
		{"sending a copy with a relative", "Könnten Sie mir die Rechnung schicken, die noch offen ist?",
			[]string{"quick: Könnten Sie mir die Rechnung schicken, die noch offen ist?"}},
	})
}
