package triage

import "testing"

// TestEndorsedDeliverable: whether a deliverable will be certified,
// signed or stamped is a yes or no about the work, not a request for it
// (words_kind_endorsed.go); having a thing certified stays work.
func TestEndorsedDeliverable(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"a survey signed", "Will the survey be signed by a chartered surveyor?",
			[]string{"quick: Will the survey be signed by a chartered surveyor?"}},
		{"a translation certified", "Will the translation be certified?",
			[]string{"quick: Will the translation be certified?"}},
		{"drawings certified", "Will the drawings be certified by the architect?",
			[]string{"quick: Will the drawings be certified by the architect?"}},
		{"a floor plan stamped", "Will the floor plan be stamped by the council?",
			[]string{"quick: Will the floor plan be stamped by the council?"}},
		{"a valuation countersigned", "Would the valuation be countersigned by a partner?",
			[]string{"quick: Would the valuation be countersigned by a partner?"}},
		{"guard: get a copy certified", "Could you get the copy certified?",
			[]string{"paid: Could you get the copy certified?"}},
		{"guard: have it certified", "Please have the translation certified by Friday.",
			[]string{"paid: Please have the translation certified by Friday."}},
	})
	runShapesWith(t, []shapeCase{
		{"fr sera certifiée", "Est-ce que la traduction sera certifiée ?",
			[]string{"quick: Est-ce que la traduction sera certifiée ?"}},
		{"guard: fr a translation asked for", "Pourriez-vous traduire et certifier ce contrat ?",
			[]string{"paid: Pourriez-vous traduire et certifier ce contrat ?"}},
	}, askListInLanguage)
}
