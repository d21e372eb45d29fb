package triage

import "testing"

// TestReplyLeaveToYou: a reply that leaves the work to the firm's
// judgement ("do what you need to") or closes on "go on" accepts; "go on"
// inside a sentence ("go on holiday", "what's going on") does not.
// Sentences written for the test.
func TestReplyLeaveToYou(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"leave to you", "Fine by me, do what you need to with the lease.", Accepted, "do what you need to"},
		{"leave to you", "Do whatever you need to get the filing in.", Accepted, ""},
		{"leave to you", "OK, do what's needed on the boiler.", Accepted, ""},
		{"leave to you", "We trust you, do whatever is needed.", Accepted, ""},
		{"leave to you", "Right, do what you have to and send me the bill.", Accepted, ""},
		{"go on", "yes go on", Accepted, "go on"},
		{"go on", "Oh go on.", Accepted, "go on"},
		{"go on", "ok go on, the sooner the better", Accepted, ""},
		{"go on", "Alright, go on!", Accepted, ""},
		{"go on", "Yeah go on then", Accepted, ""},
		{"leave to you guard", "Tell me what you need to do it and I'll decide.", Unclear, ""},
		{"leave to you guard", "I'll do what I need to myself, thanks.", Unclear, ""},
		{"go on guard", "We go on holiday tomorrow, I'll reply after.", Unclear, ""},
		{"go on guard", "I'm not sure what's going on with the account.", Unclear, ""},
		{"go on guard", "Will the works go on into March?", Unclear, ""},
	})
}
