package triage

import "testing"

// TestReplyOverrunThenNotice: a go-ahead closing on "if it turns out
// worse/bigger than expected, let me know", the condition and the notice
// in two clauses, is a go-ahead. A figure in the condition is a cap, read
// as before. Sentences written for the test.
func TestReplyOverrunThenNotice(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"worse, call", "Happy to go with that, though if the rot turns out worse than you think, give me a call before you carry on.", Accepted, "go with that"},
		{"worse, let me know", "Go ahead, but if the damage is worse than it looks, let me know.", Accepted, "go ahead"},
		{"more involved, check", "Fine, go ahead, but if it's more involved than expected, check with me first.", Accepted, "go ahead"},
		{"longer, shout", "Please proceed, although if it takes longer than you said, give us a shout.", Accepted, "proceed"},
		{"bigger, ring", "Sounds good, go ahead - but if the crack is bigger than it looks, give me a ring.", Accepted, "go ahead"},
		// Guards: a figure is a cap; no go-ahead; no notice.
		{"guard: figure", "Go ahead, but if it goes over 3 hours, ring me.", Unclear, "conditional"},
		{"guard: no go-ahead", "If it's worse than that, give me a call.", Unclear, ""},
		{"guard: condition only", "Go ahead, but if it's worse than you think, stop.", Unclear, "conditional"},
	})
}
