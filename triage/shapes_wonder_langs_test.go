package triage

import "testing"

// TestWonderWithThinkingVerb: "who would have thought…?" put with a
// verb of thinking in Spanish, Italian, Portuguese and French is wonder,
// not an ask (the Pleasantries of words_<lang>.go); a real question with
// "who" or "how" is kept.
func TestWonderWithThinkingVerb(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"es: quién iba a pensar", "¿Quién iba a pensar que la tormenta tiraría la valla del huerto?", nil},
		{"it: chi avrebbe pensato", "Chi avrebbe pensato che il gelo rompesse i tubi della serra?", nil},
		{"pt: quem iria pensar", "Quem iria pensar que a chuva entrava pela claraboia?", nil},
		{"fr: qui aurait pu imaginer", "Qui aurait pu imaginer que le vent arracherait la pergola ?", nil},
		{"guard es: who will serve us", "¿Quién nos atenderá el jueves en la tienda?",
			[]string{"quick: ¿Quién nos atenderá el jueves en la tienda?"}},
		{"guard fr: how can we reach you", "Comment peut-on vous joindre le samedi ?",
			[]string{"quick: Comment peut-on vous joindre le samedi ?"}},
	}, askListInLanguage)
}
