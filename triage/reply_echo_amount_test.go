package triage

import "testing"

// TestReplyEchoedAmount: a go-ahead that repeats the quote's figures with
// a definite determiner ("the 3 hours at $90") accepts; an amount brought
// with a preposition or a verb, or a second amount, is the client's own.
func TestReplyEchoedAmount(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"the N hours at $R", "Yes, go ahead with the three hours at $95.", Accepted, ""},
		{"the N hours", "Please proceed with the 6 hours on the survey.", Accepted, ""},
		{"your N hrs", "Fine - go ahead with your 4 hrs.", Accepted, ""},
		{"the N hrs @ R/hr", "Approved, the 2 hrs @ €120/hr is fine, go ahead.", Accepted, ""},
		{"those N hours", "Go ahead and book those 5 hours at $70 an hour.", Accepted, ""},
		{"guard: for $N", "Go ahead for $300.", Unclear, "amount"},
		{"guard: second amount", "Go ahead with the 3 hours but for $250 total.", Unclear, ""},
		{"guard: is $N", "Go ahead, but the most we can pay is $300.", Unclear, ""},
	})
}
