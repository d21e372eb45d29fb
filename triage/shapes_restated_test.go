package triage

import "testing"

// TestRestatedAsk: a question the client says they repeat, after an ask
// about the same thing in the same message, is not a second ask; one that
// repeats a question from an earlier mail, or asks something else, is.
func TestRestatedAsk(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"restated", "Hi Jo,\n\nIs the trailer booked for Saturday? The club keeps asking. Just to repeat my question, is the trailer definitely booked?\n\nMo\n",
			[]string{"quick: Is the trailer booked for Saturday?"}},
		{"restated", "Hi,\n\nHave the planning drawings gone in yet? As I asked last week, have the drawings been submitted?\n\nPat\n",
			[]string{"quick: Have the planning drawings gone in yet?"}},
		{"restated", "Morning,\n\nCould you confirm the invoice total? Again, what is the invoice total?\n\nLou\n",
			[]string{"quick: Could you confirm the invoice total?"}},
		{"restated", "Hi Sam,\n\nHas the refund from the airline arrived? To ask again, did the refund arrive?\n\nKit\n",
			[]string{"quick: Has the refund from the airline arrived?"}},
		{"restated", "Hello,\n\nWhen does the scaffolding come down? Repeating my question from the site meeting: when is the scaffolding coming down?\n\nDee\n",
			[]string{"quick: When does the scaffolding come down?"}},
		// Guards: no earlier ask, or an earlier ask about something else.
		{"guard: first time in this mail", "Hi,\n\nJust to repeat my question from Monday, is the trailer booked?\n\nMo\n",
			[]string{"quick: Just to repeat my question from Monday, is the trailer booked?"}},
		{"guard: other topic", "Hi,\n\nCan you send me the rota? Just to repeat my question from Monday, is the trailer booked?\n\nMo\n",
			[]string{"quick: Can you send me the rota?", "quick: Just to repeat my question from Monday, is the trailer booked?"}},
	})
}
