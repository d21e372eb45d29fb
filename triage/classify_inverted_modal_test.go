package triage

import "testing"

// TestInvertedModalNoRelative: a modal before its subject opens a
// question (Danish "Kan I lave …", whose "I" is "you"; Dutch "kunnen
// jullie …"), not a relative clause naming work done ("the plan we
// drew"), so the work it asks for stays paid. Guard: a real relative
// clause after a noun.
func TestInvertedModalNoRelative(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"da: Kan I udarbejde", "Kan I udarbejde en vedligeholdelsesplan for vores ventilationsanlæg?",
			[]string{"paid: Kan I udarbejde en vedligeholdelsesplan for vores ventilationsanlæg?"}},
		{"da: Kunne I lave", "Kunne I lave en tegning af den nye carport med mål?",
			[]string{"paid: Kunne I lave en tegning af den nye carport med mål?"}},
		{"guard en: a relative clause", "Is the rota you prepared last month still valid?",
			[]string{"quick: Is the rota you prepared last month still valid?"}},
	}, askListInLanguage)
}
