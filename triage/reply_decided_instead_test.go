package triage

import "testing"

// TestReplyDecidedInstead: a decision already made to do something else
// in place of the quoted work ("we've decided to get them laminated
// instead") is the client's own plan instead, a no without a go-ahead
// (decidedStart in reply_own_instead.go). Guards: a decision that chooses
// a part, one with a go-ahead, one about the firm, no decision made, and
// a decision with nothing in place of the work. Sentences written for the
// test.
func TestReplyDecidedInstead(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"decided to get", "Sorry Priya, we've decided to get the menus laminated at the copy shop instead.", Declined, "own plan instead"},
		{"decided to", "Thanks for the quote. We decided to hire a skip and clear the loft ourselves instead.", Declined, ""},
		{"have now decided", "We have now decided to buy a second-hand mower instead.", Declined, "own plan instead"},
		{"opted to", "I've opted to repaint the gate myself instead, thanks anyway.", Declined, ""},
		{"decided to just", "We've decided to just replace the handset instead.", Declined, "own plan instead"},
		// Guards.
		{"guard: a part chosen", "We've decided to take only the first visit instead.", Unclear, ""},
		{"guard: go-ahead beside it", "Go ahead please. We've decided to collect the keys from the office instead.", Unclear, ""},
		{"guard: the firm", "We've decided to ask you to do the rear wall instead.", Unclear, ""},
		{"guard: not decided", "We haven't decided what to do instead yet.", Unclear, ""},
		{"guard: no instead", "We've decided to wait until the grant comes through.", Unclear, ""},
	})
}
