package triage

import "testing"

// TestReplyDescribedDoer: answers written for describedDoer (none is a
// sentence of any labelled set), with the guards that must not fire.
func TestReplyDescribedDoer(t *testing.T) {
	runReplyRows(t, []replyRow{
		// A cue of doing the work whose subject is a relative pronoun
		// (also contracted: "who'll", "who'd") or a third-person pronoun
		// says who does the work, not that the firm may go ahead.
		{"described doer", "I've found a retired auditor who'll take it on for free.", Unclear, "no answer"},
		{"described doer", "No need - found a student who'd do it for nothing.", Declined, "no need"},
		{"described doer", "We'll ask the bank, they do it at no charge.", Unclear, "no answer"},
		{"described doer", "My cousin does it for free, they do it every year.", Unclear, "no answer"},
		{"described doer", "Not this time, the council runs a scheme and they handle it for small firms.", Declined, "not this time"},
		{"described doer", "Thanks but no, there's a volunteer who can sort it out for us.", Declined, ""},
		{"described doer", "We've gone with another surveyor who'll do it next week.", Declined, ""},
		{"described doer guard", "Go ahead, the person who'll do it here is Sam.", Accepted, "go ahead"},
		{"described doer guard", "Please go ahead; whoever starts it, copy in Marta.", Accepted, "go ahead"},
		{"described doer guard", "Do it, they said it's fine.", Accepted, "do it"},
		{"described doer guard", "If they do it for less, go ahead.", Unclear, "conditional"},
		{"described doer guard", "They'll do it.", Unclear, "someone else"},
	})
}
