package triage

import "testing"

// TestGermanWishToKnow: "wir würden gern wissen, ob …", "außerdem würde
// ich gerne wissen, wann …", "wir möchten wissen, …" ask, like "ich würde
// gern wissen"; knowing stated as a fact does not.
func TestGermanWishToKnow(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"wir würden gern wissen ob", "Wir würden gern wissen, ob die Rechnung für die Reparatur schon bezahlt ist.",
			[]string{"quick: Wir würden gern wissen, ob die Rechnung für die Reparatur schon bezahlt ist."}},
		{"verb-second after an adverb", "Außerdem würde ich gerne wissen, wann die Abrechnung für den Verein fällig ist.",
			[]string{"quick: Außerdem würde ich gerne wissen, wann die Abrechnung für den Verein fällig ist."}},
		{"wir möchten wissen", "Wir möchten wissen, wann der Hausmeister am Montag kommt.",
			[]string{"quick: Wir möchten wissen, wann der Hausmeister am Montag kommt."}},
		{"zudem würden wir gerne wissen", "Zudem würden wir gerne wissen, ob der Termin am Freitag noch steht.",
			[]string{"quick: Zudem würden wir gerne wissen, ob der Termin am Freitag noch steht."}},
		{"ich möchte gern wissen", "Ich möchte gern wissen, bis wann die Unterlagen für die Steuer bei Ihnen sein müssen.",
			[]string{"quick: Ich möchte gern wissen, bis wann die Unterlagen für die Steuer bei Ihnen sein müssen."}},
		// Guards: knowing as a fact, or the wish about someone else.
		{"we know already", "Wir wissen schon, dass die Rechnung bezahlt ist.", nil},
		{"they wanted to know", "Der Vermieter wollte wissen, ob wir verlängern, das haben wir ihm schon gesagt.", nil},
	}, askListInLanguage)
}
