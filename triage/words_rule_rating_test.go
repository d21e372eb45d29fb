package triage

import "testing"

// TestMeetsRatingOrAssessment: whether a thing meets a rating (fire,
// hygiene, energy), or what a risk assessment or a specification requires
// of the client's case, is checked against that standard (research,
// paid); the rating a thing has, a rating received and an assessment's
// status stay quick (words_shapes.go RuleWords).
func TestMeetsRatingOrAssessment(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"meets the fire rating", "Could you check whether the loft hatch meets the fire rating our building control officer asked for?",
			[]string{"paid: Could you check whether the loft hatch meets the fire rating our building control officer asked for?"}},
		{"meet a 60-minute rating", "Can you find out whether the plant room doors meet a 60-minute rating?",
			[]string{"paid: Can you find out whether the plant room doors meet a 60-minute rating?"}},
		{"what the risk assessment requires", "Please tell us whether the ramp is as wide as the risk assessment requires for wheelchairs.",
			[]string{"paid: Please tell us whether the ramp is as wide as the risk assessment requires for wheelchairs."}},
		{"what the specification requires", "Would you check the handrail height against what the access specification requires?",
			[]string{"paid: Would you check the handrail height against what the access specification requires?"}},
		{"meet the hygiene rating", "Can you tell me if the cold room temperatures meet the hygiene rating the inspector expects?",
			[]string{"paid: Can you tell me if the cold room temperatures meet the hygiene rating the inspector expects?"}},
		// Guards: a rating held or received, an assessment's status or copy.
		{"the rating a thing has", "What energy rating does the new fridge have?",
			[]string{"quick: What energy rating does the new fridge have?"}},
		{"a rating received", "Did the kitchen get its new hygiene rating?",
			[]string{"quick: Did the kitchen get its new hygiene rating?"}},
		{"assessment sent", "Has the risk assessment been sent to the school?",
			[]string{"quick: Has the risk assessment been sent to the school?"}},
		{"a copy of the specification", "Could you send me the specification you used?",
			[]string{"quick: Could you send me the specification you used?"}},
		{"meet for a rating", "Can we meet on Friday to talk about the rating?",
			[]string{"quick: Can we meet on Friday to talk about the rating?"}},
	})
}
