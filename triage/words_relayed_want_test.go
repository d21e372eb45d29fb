package triage

import "testing"

// TestRelayedWantYouTo: a wish of someone the client speaks for, put to
// the firm ("the trustees want you to…", "my landlord wants you to…"), is
// an ask as "we want you to" is; "don't want you to" holds work back and
// asks nothing (a negation the frame check knows: "not", "don't"). Sentences written for the test.
func TestRelayedWantYouTo(t *testing.T) {
	runAskRows(t, []askRow{
		{"plural body", "Hi,\n\nThe trustees want you to repaint the railings along the churchyard wall.\n\nMo\n", "The trustees want you to repaint the railings", ""},
		{"singular", "Hello,\n\nMy landlord wants you to service the boiler before the tenancy starts.\n\nAmy\n", "My landlord wants you to service the boiler", ""},
		{"they", "Hi Sam,\n\nI spoke to the caterers and they want you to move the marquee ten metres west.\n\nLeo\n", "they want you to move the marquee", ""},
		{"committee", "Dear Ines,\n\nAfter the AGM the committee wants you to redraft the club constitution.\n\nBest,\nRon\n", "the committee wants you to redraft", ""},
		{"insurer", "Hi,\n\nOur insurers want you to inspect the flat roof and write up what you find.\n\nPat\n", "Our insurers want you to inspect the flat roof", ""},
		{"guard: held back", "Hi,\n\nI don't want you to start until the deposit has cleared. Can you tell me when you are free?\n\nJo\n", "Can you tell me when you are free?", "I don't want you to start"},
		{"guard: does not", "Hi,\n\nThe board does not want you to change the logo. Could you send the invoice?\n\nKit\n", "Could you send the invoice?", "The board does not want you to change"},
		{"guard: their own wish", "Hi,\n\nThe council want to see the drawings first. Could you send the invoice?\n\nKit\n", "Could you send the invoice?", "The council want to see"},
	})
}
