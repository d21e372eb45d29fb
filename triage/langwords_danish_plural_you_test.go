package triage

import "testing"

// TestDanishPluralYouWork: Danish "I" after a modal is "you" (plural),
// so "Kan I tegne…?" asks the firm for the work, which is paid as "Kan du
// tegne…?" is; English "the plan I drew" is still a relative clause and
// a Danish question for a fact stays quick. Sentences written for the
// test (a garden designer, a boat builder, a joiner).
func TestDanishPluralYouWork(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"kan I + work verb", "Kan I tegne et nyt udkast til tilbygningen ved havehuset?",
			[]string{"paid: Kan I tegne et nyt udkast til tilbygningen ved havehuset?"}},
		{"kunne I + work verb", "Kunne I udarbejde en plan for renoveringen af båden?",
			[]string{"paid: Kunne I udarbejde en plan for renoveringen af båden?"}},
		{"guard: Danish fact", "Kan I bekræfte datoen for leveringen?",
			[]string{"quick: Kan I bekræfte datoen for leveringen?"}},
		{"guard: English relative clause", "Can you send back the sketch I drew for the staircase?",
			[]string{"quick: Can you send back the sketch I drew for the staircase?"}},
	}, func(e *Engine, text string) []string {
		var got []string
		for _, q := range e.forLanguage(detectLanguage(text, "")).Questions(text) {
			got = append(got, string(q.Kind)+": "+q.Text)
		}
		return got
	})
}
