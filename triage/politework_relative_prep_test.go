package triage

import "testing"

// TestGermanicPoliteWorkPrepRelative: a German polite request for work
// whose object has a relative clause opened by a preposition ("…
// zeichnen, auf dem … eingezeichnet ist") or a Dutch "waar-" relative
// ("… maken waarop … te zien zijn") asks for work, as one with a bare
// relative pronoun does (relativeAfterVerb in shapes_politework.go).
// Guards: the same clause after an infinitive of sending or telling, and
// a preposition inside the request itself. Sentences written for the
// test.
func TestGermanicPoliteWorkPrepRelative(t *testing.T) {
	t.Run("work: paid", func(t *testing.T) {
		runLangCases(t, []langCase{
			{"de", "Könnten Sie uns einen Schnitt zeichnen, auf dem die Höhe der Mauer eingetragen ist?", Paid},
			{"de", "Können Sie eine Tabelle erstellen, in der alle Lieferanten aufgeführt sind?", Paid},
			{"de", "Würden Sie einen Entwurf anfertigen, mit dem wir zur Gemeinde gehen können?", Paid},
			{"nl", "Kunt u een plattegrond tekenen waarop de nieuwe leidingen te zien zijn?", Paid},
		})
	})
	t.Run("guards: quick", func(t *testing.T) {
		runLangCases(t, []langCase{
			{"de", "Könnten Sie uns den Plan schicken, auf dem die Leitungen eingezeichnet sind?", Quick},
			{"de", "Können Sie mir sagen, an welchem Tag der Kran kommt?", Quick},
			{"nl", "Kunt u mij de tekening sturen waarop de meterkast staat?", Quick},
		})
	})
}
