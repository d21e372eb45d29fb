package triage

import "testing"

// TestMeetsRatingOrAssessment: what a risk assessment or a specification
// requires of the client's case is checked against that standard
// (research, paid); the rating a thing has, a rating received, a named
// rating of what the firm ordered and an assessment's status stay quick
// (words_shapes.go RuleWords).
func TestMeetsRatingOrAssessment(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"what the risk assessment requires", "Please tell us whether the ramp is as wide as the risk assessment requires for wheelchairs.",
			[]string{"paid: Please tell us whether the ramp is as wide as the risk assessment requires for wheelchairs."}},
		{"the rating the assessment requires", "Could you check whether the stair doors meet the rating the fire risk assessment requires?",
			[]string{"paid: Could you check whether the stair doors meet the rating the fire risk assessment requires?"}},
		{"what the specification requires", "Would you check the handrail height against what the access specification requires?",
			[]string{"paid: Would you check the handrail height against what the access specification requires?"}},
		// Guards: a rating held or received, an assessment's status or copy.
		{"the rating a thing has", "What energy rating does the new fridge have?",
			[]string{"quick: What energy rating does the new fridge have?"}},
		{"a rating received", "Did the kitchen get its new hygiene rating?",
			[]string{"quick: Did the kitchen get its new hygiene rating?"}},
		{"assessment sent", "Has the risk assessment been sent to the school?",
			[]string{"quick: Has the risk assessment been sent to the school?"}},
		{"a copy of the specification", "Could you send me the specification you used?",
			[]string{"quick: Could you send me the specification you used?"}},
		{"a named rating of what was ordered", "Can you confirm the shutters you ordered meet the 60-minute fire rating?",
			[]string{"quick: Can you confirm the shutters you ordered meet the 60-minute fire rating?"}},
		{"meet for a rating", "Can we meet on Friday to talk about the rating?",
			[]string{"quick: Can we meet on Friday to talk about the rating?"}},
	})
}
