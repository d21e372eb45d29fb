package triage

import "testing"

// TestStartDate: whether the firm can start at a given time is a date
// question; a start on named work keeps the work's size.
func TestStartDate(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"able to start in a month", "Are you able to start in April?",
			[]string{"quick: Are you able to start in April?"}},
		{"would you be able to begin on a day", "Would you be able to begin on Wednesday?",
			[]string{"quick: Would you be able to begin on Wednesday?"}},
		{"start on a date", "Would you be able to start on the 12th?",
			[]string{"quick: Would you be able to start on the 12th?"}},
		{"can you start", "Can you start next week?",
			[]string{"quick: Can you start next week?"}},
		// Guards: the start of named work, the client's own plans (a wish
		// for the work to start, sized as inbox1 and foreseen-need rows want).
		{"guard: start on the work", "Could you start on the stock valuation in March?",
			[]string{"paid: Could you start on the stock valuation in March?"}},
		{"guard: redesign from a day", "Can you start the redesign of the shop front on Monday?",
			[]string{"paid: Can you start the redesign of the shop front on Monday?"}},
		{"guard: the client's own start", "I would like to start in September.",
			[]string{"paid: I would like to start in September."}},
		{"guard: others start", "Three volunteers start in May, so we'll need more lanyards.",
			[]string{"paid: Three volunteers start in May, so we'll need more lanyards."}},
	})
}
