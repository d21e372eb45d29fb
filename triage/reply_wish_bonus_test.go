package triage

import "testing"

// TestReplyWishBonus: a go-ahead with a request closed by a comparative
// wish ("if you can have it by Friday, that's even better") sets no
// condition: the date is a bonus, not a term. A price, hours or a thing
// outside the firm's hands in the "if" clause stays a condition.
func TestReplyWishBonus(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"comparative wish", "Fine, go ahead, if you can have it back on Monday that's even better.", Accepted, "go ahead"},
		{"comparative wish", "Yes, carry on - if you can finish by the 20th thats a bonus", Accepted, "carry on"},
		{"comparative wish", "Happy for you to start, if you can get the draft over before the board meets that's all the better.", Accepted, "happy for you to"},
		{"comparative wish", "ok do it, if you could send it before the weekend thats even better", Accepted, "do it"},
		{"comparative wish", "Please proceed, and if you can fit it in this week, that's better still.", Accepted, "proceed"},
		{"comparative wish", "Sounds good, go for it - if you can send the plans by the 3rd that'd be an added bonus.", Accepted, "go for it"},
		// Guards: a cheaper price or fewer hours is a counter; a condition
		// on someone else, or a plain "if … then go ahead", stays one.
		{"comparative wish guard", "If you can do it for less, that's even better.", Unclear, "conditional"},
		{"comparative wish guard", "If you can do it in two hours, better still.", Unclear, "conditional"},
		{"comparative wish guard", "If you can get it done by Friday then go ahead.", Unclear, "conditional"},
		{"comparative wish guard", "Go ahead if you can have it done by Friday.", Unclear, "conditional"},
		{"comparative wish guard", "If the bank agrees, that's even better.", Unclear, ""},
	})
}
