package triage

import "testing"

// TestReplyTimeInstead: "rather than" or "instead of" before a time moves
// the work, it does not narrow it, so a go-ahead with it accepts; before
// a part of the work it still narrows. Sentences written for the test.
func TestReplyTimeInstead(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"time instead", "Go ahead, but could you start next week rather than this week?", Accepted, "go ahead"},
		{"time instead", "Please proceed. Can the new sockets go in on Thursday instead of Friday?", Accepted, "proceed"},
		{"time instead", "Yes, go ahead - we'd like the audit done in March rather than February.", Accepted, "go ahead"},
		{"time instead", "Happy for you to go ahead. Could the figures come through by the 20th instead of the 28th?", Accepted, "go ahead"},
		{"time instead", "Go ahead please, and can you invoice us in January rather than in December?", Accepted, "go ahead"},
		// Guards: a part of the work set against the whole still narrows it.
		{"time instead guard", "Go ahead with the front wall rather than the whole house.", Unclear, "part of the work"},
		{"time instead guard", "Please do the logo instead of the full rebrand.", Unclear, ""},
		{"time instead guard", "Go ahead, but just the ground floor rather than both floors.", Unclear, "part of the work"},
		{"time instead guard", "Could you look at the boiler instead of the radiators?", Unclear, ""},
		{"time instead guard", "I'd rather than you just fixed the leak.", Unclear, ""},
	})
}
