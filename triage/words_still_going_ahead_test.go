package triage

import "testing"

// TestStillGoingAhead: asking whether a booked job is still going ahead
// (or still happening) asks its status, however big the job; the same
// words in a clause about something else leave a request for work paid.
// Sentences written for the test (a fleet inspector, a stocktaker, a
// piano tuner, a manual writer).
func TestStillGoingAhead(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"full inspection still going ahead", "Is the full fleet inspection still going ahead on Thursday?",
			[]string{"quick: Is the full fleet inspection still going ahead on Thursday?"}},
		{"audit still happening", "Is the annual stock audit still happening next week?",
			[]string{"quick: Is the annual stock audit still happening next week?"}},
		{"it still going ahead", "Is it still going ahead on the 9th?",
			[]string{"quick: Is it still going ahead on the 9th?"}},
		{"guard: work asked, another thing still happening", "Could you rewrite the safety manual now that the move is still happening in May?",
			[]string{"paid: Could you rewrite the safety manual now that the move is still happening in May?"}},
		{"guard: work asked on a condition", "Can you redo the stock audit if the merger is still going ahead?",
			[]string{"paid: Can you redo the stock audit if the merger is still going ahead?"}},
	})
}
