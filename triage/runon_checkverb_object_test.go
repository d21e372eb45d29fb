package triage

import "testing"

// TestCheckVerbWhObject: after a verb of checking ("confirm", "check",
// "verify", "clarify", "explain") a wh-clause of time or choice ("what
// time…", "which day…") is the verb's object, one ask, also with a filler
// between the frame and the verb ("could you also confirm what time…").
// A run-on whose statement ends before the wh-question still splits.
// Sentences written for the test.
func TestCheckVerbWhObject(t *testing.T) {
	runAskRows(t, []askRow{
		{"also confirm", "Hi,\n\nCould you also confirm what time the plasterer arrives on Monday?\n\nRo\n", "Could you also confirm what time the plasterer arrives on Monday?", ""},
		{"just check", "Hi,\n\nCan you just check which day the scaffold comes down?\n\nRo\n", "Can you just check which day the scaffold comes down?", ""},
		{"please verify", "Hello,\n\nCould you please verify what date the lease renewal falls on?\n\nMia\n", "Could you please verify what date the lease renewal falls on?", ""},
		{"also clarify", "Hi,\n\nCan you also clarify which week the piano tuner is booked for?\n\nJo\n", "Can you also clarify which week the piano tuner is booked for?", ""},
		{"kindly explain", "Dear Ann,\n\nWould you kindly explain what time the gates are locked at night?\n\nEd\n", "Would you kindly explain what time the gates are locked at night?", ""},
		{"guard: run-on splits", "hi\n\nthe van is free all week which date suits you best\n\nal\n", "which date suits you best", ""},
	})
}
