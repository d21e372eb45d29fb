package triage

import "testing"

// TestOnSiteServiceDe: staffing an occasion on site ("mit Aufbau und
// Betreuung vor Ort", "vor Ort betreuen", "Aufbau und Abbau") is the
// chargeable service, though the verb of the ask alone would read as a
// yes/no. Guard: asking whether someone is on site is a fact.
func TestOnSiteServiceDe(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"de: Betreuung vor Ort", "Könnt ihr beim Firmenlauf die Getränkestation stellen, mit Aufbau und Betreuung vor Ort?",
			[]string{"paid: Könnt ihr beim Firmenlauf die Getränkestation stellen, mit Aufbau und Betreuung vor Ort?"}},
		{"de: vor Ort betreuen", "Können Sie die Hüpfburg am Sonntag auch vor Ort betreuen?",
			[]string{"paid: Können Sie die Hüpfburg am Sonntag auch vor Ort betreuen?"}},
		{"guard de: whether someone is there", "Ist morgen früh jemand vor Ort, der das Tor aufschließt?",
			[]string{"quick: Ist morgen früh jemand vor Ort, der das Tor aufschließt?"}},
	}, askListInLanguage)
}
