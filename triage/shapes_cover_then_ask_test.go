package triage

import "testing"

// TestCoverPhraseThenRequest: a cover phrase ("please find attached",
// "please ignore", "please note") joined by "and" or "then" to a request
// verb asks for that request; a cover phrase alone, or joined to more
// things, still asks nothing. Sentences written for the test.
func TestCoverPhraseThenRequest(t *testing.T) {
	const tail = "\n\nKim\n"
	runAskRows(t, []askRow{
		{"ignore and send", "Hi Jo,\n\nPlease ignore the old invoice and send me a new one." + tail, "Please ignore the old invoice and send me a new one", ""},
		{"attached and let me know", "Hi Jo,\n\nPlease find attached the draft lease and let me know what you think." + tail, "let me know what you think", ""},
		{"note and update", "Hi Jo,\n\nPlease note our new bank details and update the standing order." + tail, "update the standing order", ""},
		{"attached then forward", "Hi Jo,\n\nPlease find enclosed the signed forms, then forward them to the council." + tail, "forward them to the council", ""},
		{"disregard and prepare", "Hi Jo,\n\nPlease disregard my last email and prepare the invoice for the full amount." + tail, "prepare the invoice for the full amount", ""},
		// Guards: the cover phrase joins things, not a request.
		{"guard: attached two things", "Hi Jo,\n\nCould you check the totals?\n\nPlease find attached the invoice and the delivery note." + tail, "Could you check the totals", "Please find attached the invoice"},
		{"guard: note two days", "Hi Jo,\n\nCould you check the totals?\n\nPlease note we are closed on Friday and Monday." + tail, "Could you check the totals", "Please note we are closed"},
	})
}
