package triage

import "testing"

// TestRuleAppliesAsks: whether a rule applies to the client's case
// ("van toepassing", "gilt … auch, wenn", "s'applique", "se aplica") is
// research into the rule, paid, as "are we eligible" is. Whether a
// discount was applied, or a date still holds, is a status.
func TestRuleAppliesAsks(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"nl: van toepassing", "Zijn de nieuwe energie-eisen ook van toepassing op ons pand?",
			[]string{"paid: Zijn de nieuwe energie-eisen ook van toepassing op ons pand?"}},
		{"de: gilt auch, wenn", "Gilt die Meldepflicht auch, wenn wir die Wohnung nur zwei Wochen vermieten?",
			[]string{"paid: Gilt die Meldepflicht auch, wenn wir die Wohnung nur zwei Wochen vermieten?"}},
		{"fr: s'applique", "La nouvelle taxe s'applique-t-elle aux locations saisonnières ?",
			[]string{"paid: La nouvelle taxe s'applique-t-elle aux locations saisonnières ?"}},
		{"es: se aplica", "¿Se aplica el recargo de equivalencia a nuestras facturas de 2025?",
			[]string{"paid: ¿Se aplica el recargo de equivalencia a nuestras facturas de 2025?"}},
		{"pt: se aplica", "A nova regra se aplica às nossas filiais no Porto?",
			[]string{"paid: A nova regra se aplica às nossas filiais no Porto?"}},
		// Guards: a status of an applied discount; a date that holds.
		{"guard: nl applied", "Kun je bevestigen dat de korting is toegepast?",
			[]string{"quick: Kun je bevestigen dat de korting is toegepast?"}},
		{"guard: de date holds", "Gilt der Termin am Montag noch?",
			[]string{"quick: Gilt der Termin am Montag noch?"}},
		{"guard: es applied", "¿Se aplicó el descuento a la última factura?",
			[]string{"quick: ¿Se aplicó el descuento a la última factura?"}},
	})
}
