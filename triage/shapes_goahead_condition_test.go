package triage

import "testing"

// TestGoAheadCondition: the client's own going ahead put as a condition
// ("if we go ahead", "once we decide to proceed") leaves the ask before it
// standing; a go-ahead that answers a quote still asks nothing.
func TestGoAheadCondition(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"confirm if we go ahead", "Please confirm the deposit you would need if we go ahead.",
			[]string{"quick: Please confirm the deposit you would need if we go ahead."}},
		{"once we proceed", "Please let me know the earliest start date once we proceed.",
			[]string{"quick: Please let me know the earliest start date once we proceed."}},
		{"if we decide to go ahead", "Kindly tell us who our contact would be if we decide to go ahead.",
			[]string{"quick: Kindly tell us who our contact would be if we decide to go ahead."}},
		{"if I go ahead", "Please send me the payment terms if I go ahead with the larger kitchen.",
			[]string{"quick: Please send me the payment terms if I go ahead with the larger kitchen."}},
		{"when we proceed", "Please remind me which forms we sign when we proceed.",
			[]string{"quick: Please remind me which forms we sign when we proceed."}},
		// Guards: the go-ahead itself answers a quote.
		{"guard: go ahead on a condition", "We'd like to go ahead if the price stays the same.", nil},
		{"guard: we'll go ahead", "If you're happy with the drawings, we'll go ahead.", nil},
		{"guard: please proceed", "Please proceed with the survey.", nil},
	})
}
