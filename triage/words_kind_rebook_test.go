package triage

import "testing"

// TestRebookDays: moving a booking from one named day to another is
// scheduling (quick) whatever is booked and whatever the language's verb
// of changing (words_kind_rebook.go); work over a range of days and
// moving a project without naming both days stay paid.
func TestRebookDays(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"en: move a grooming", "Can you move Rex's grooming from Thursday to Friday at 3?",
			[]string{"quick: Can you move Rex's grooming from Thursday to Friday at 3?"}},
		{"pt: trocar a sessão", "Você consegue trocar a aula de piano da Lia de terça para quinta?",
			[]string{"quick: Você consegue trocar a aula de piano da Lia de terça para quinta?"}},
		{"es: cambiar la clase", "¿Puedes cambiar la clase de cerámica del lunes al miércoles?",
			[]string{"quick: ¿Puedes cambiar la clase de cerámica del lunes al miércoles?"}},
		{"fr: décaler la leçon", "Pourriez-vous décaler la leçon de conduite du mardi au jeudi ?",
			[]string{"quick: Pourriez-vous décaler la leçon de conduite du mardi au jeudi ?"}},
		{"guard en: work over a range of days", "Can you run the deep cleaning every week from Monday to Friday?",
			[]string{"paid: Can you run the deep cleaning every week from Monday to Friday?"}},
		{"guard en: a project moved", "Could you move the whole extension build back a month?",
			[]string{"paid: Could you move the whole extension build back a month?"}},
	}, askListInLanguage)
}
