package triage

import "testing"

// TestReplyFigureEcho: a figure of the quote echoed back as a verbless
// fragment ("Nine hours?", "For two hundred slides?") beside a clear no is
// the reason for the no; a real question back still leaves it unclear.
func TestReplyFigureEcho(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"hours", "Nine hours? No thanks, we'll leave the hedge as it is.", Declined, "no thanks"},
		{"for a count", "For two hundred slides? I'll pass, thanks.", Declined, "pass"},
		{"amount then thing", "$600 for a gatepost? No, thank you.", Declined, ""},
		{"whole days", "Three whole days? We won't be going ahead.", Declined, ""},
		{"just for", "Just for 40 minutes of tuning? Not for us, sorry.", Declined, ""},
		// Guards: questions that ask stay questions back.
		{"guard: can you", "Can you do it in 3 hours? Otherwise no thanks.", Unclear, ""},
		{"guard: is that", "Is that 3 hours each? If so, no thanks.", Unclear, ""},
		{"guard: when", "No thanks for now. When are you free in March?", Unclear, ""},
		{"guard: fragment without a no", "Twelve hours? Hmm.", Unclear, ""},
	})
}

// TestReplyTakeChances: "I'll take my chances", "we'll chance it" refuse
// the work; negated, or beside a go-ahead, they decide nothing alone.
func TestReplyTakeChances(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"my chances", "Thanks, but I'll take my chances with the old boiler for another winter.", Declined, "take my chances"},
		{"our chances", "We'll take our chances with the damp for now.", Declined, "take our chances"},
		{"chance it", "Hmm. I'll chance it for another year.", Declined, "chance it"},
		{"risk it", "That's a lot for a service. I'll risk it, thanks.", Declined, "risk it"},
		{"will risk it", "We will risk it on the old roof tiles this year.", Declined, "risk it"},
		// Guards.
		{"guard: negated", "I wouldn't take my chances with wiring that old.", Unclear, ""},
		{"guard: go-ahead", "Go ahead, I'll take my chances on the weather.", Unclear, "mixed"},
		{"guard: chances of", "What are the chances of it leaking again?", Unclear, ""},
	})
}
