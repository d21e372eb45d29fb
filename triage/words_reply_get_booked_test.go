package triage

import "testing"

// TestReplyGetItBooked: "let's get it booked", "pencil us in" and their
// kin put the work in the diary, a go-ahead (words_reply_get_booked.go). Guards: something
// else booked, a negated one, a condition, a question, a past booking.
// Sentences written for the test.
func TestReplyGetItBooked(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"let's get it booked", "Perfect, let's get it booked.", Accepted, "let's get it booked"},
		{"lets get that scheduled", "Cheers Dom, lets get that scheduled for after half term.", Accepted, ""},
		{"please get it booked in", "Please get it booked in, the sooner the better.", Accepted, ""},
		{"let's get them pencilled in", "Brilliant - let's get them pencilled in.", Accepted, ""},
		{"let's get this arranged", "Fine by us, let's get this arranged.", Accepted, ""},
		{"pencil us in", "Sounds fine, pencil us in.", Accepted, "pencil us in"},
		{"pop it in the diary", "Great, pop it in the diary for the week after next.", Accepted, ""},
		{"put me down for it", "Lovely, put me down for it.", Accepted, ""},
		{"schedule us in", "Please schedule us in for the spring.", Accepted, ""},
		// Guards.
		{"guard: other thing booked", "Let's get the scaffold booked first and then talk.", Unclear, ""},
		{"guard: negated", "Let's not get it booked until the landlord replies.", Declined, "let's not"},
		{"guard: condition", "If the price holds, let's get it booked.", Unclear, "conditional"},
		{"guard: question", "Can we get it booked for a weekday?", Unclear, ""},
		{"guard: past", "We got it booked with the council last week.", Unclear, ""},
		{"guard: pencil in a call", "I'll pencil in a call with the bursar and come back to you.", Unclear, ""},
		{"guard: diary full", "The diary is full until March, so put it on hold.", Declined, ""},
	})
}
