package triage

import "testing"

// TestLostUmlautFrames: German request frames typed on a phone without the
// umlaut ("Konnten Sie …", "konntest du …") still open a request when
// they open the clause; the past "leider konnten Sie mich nicht
// erreichen" tells. Danish "sammensætte"/"sammenstille" (compile) name
// work as "udarbejde" does.
func TestLostUmlautFrames(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"de: Konnten Sie, work", "Konnten Sie uns bis Freitag einen Entwurf für die neue Gartenmauer erstellen",
			[]string{"paid: Konnten Sie uns bis Freitag einen Entwurf für die neue Gartenmauer erstellen"}},
		{"de: konntest du, telling", "konntest du mir Bescheid geben wann der Monteur kommt",
			[]string{"quick: konntest du mir Bescheid geben wann der Monteur kommt"}},
		{"da: sammensætte", "Vil I sammensætte et forslag til ny belysning i butikken?",
			[]string{"paid: Vil I sammensætte et forslag til ny belysning i butikken?"}},
		{"guard de: the past tells", "Leider konnten Sie mich gestern nicht erreichen.", nil},
	}, askListInLanguage)
}
