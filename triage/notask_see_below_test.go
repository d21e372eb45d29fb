package triage

import "testing"

// TestSeeBelowPointer: "Please see below." points at the forwarded or
// quoted mail and asks nothing; a request joined to it still asks.
func TestSeeBelowPointer(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"see below, then the ask", "Please see below. Can you rewire the garage for us?",
			[]string{"paid: Can you rewire the garage for us?"}},
		{"see the email below", "Please see the email below from the insurer. What's the excess on the policy?",
			[]string{"quick: What's the excess on the policy?"}},
		{"see the thread below", "Please see the thread below. When is the survey booked?",
			[]string{"quick: When is the survey booked?"}},
		{"see above", "Please see above. Did the parcel go out?",
			[]string{"quick: Did the parcel go out?"}},
		{"see the message below", "Please see the message below from our tenant. Could you fix the leaking gutter?",
			[]string{"paid: Could you fix the leaking gutter?"}},
		{"guard: see below and a request", "Please see below and tell me whether the dates suit.",
			[]string{"quick: Please see below and tell me whether the dates suit."}},
	})
}
