package triage

import "testing"

// TestOwnStepWish: a bare wish to take the client's own step of applying,
// enrolling or joining states intent and asks nothing; the asks around it
// still count, and a step with an object may ask the firm to do it.
func TestOwnStepWish(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"enrol after open day", "We came to the open evening last week and I would like to enrol. Is there a place left in January?",
			[]string{"quick: Is there a place left in January?"}},
		{"join the club", "My daughter loved the taster session and we want to join. What does a season cost?",
			[]string{"quick: What does a season cost?"}},
		{"apply for the unit", "We walked round the workshop unit on Friday and we'd like to apply. Is the rent fixed for the first year?",
			[]string{"quick: Is the rent fixed for the first year?"}},
		{"enrol bare", "I'd like to enrol. When does the next intake start?",
			[]string{"quick: When does the next intake start?"}},
		{"join the practice", "We've just moved to the area and we would love to join. Do you take new patients on Saturdays?",
			[]string{"quick: Do you take new patients on Saturdays?"}},
		// Guards: the step has an object the firm may do, or it is asked.
		{"guard: apply for grant", "We'd like to apply for the heritage grant, could you draft the bid?",
			[]string{"paid: We'd like to apply for the heritage grant, could you draft the bid?"}},
		{"guard: can we join", "Can we join the January cohort?",
			[]string{"quick: Can we join the January cohort?"}},
	})
}
