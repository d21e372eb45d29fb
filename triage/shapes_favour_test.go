package triage

import "testing"

// TestFavourAnnouncements: a question asking for a favour, or help with
// "something", only announces the ask after it; a question naming what
// it wants stays an ask.
func TestFavourAnnouncements(t *testing.T) {
	runAskRows(t, []askRow{
		{"do me a favour", "Hi Kat,\n\nCould you do me a favour? Please post the signed lease back to the tenant.\n\nRay\n", "Please post the signed lease back to the tenant.", "Could you do me a favour?"},
		{"ask a favour", "Hello,\n\nCan I ask a quick favour? Would you send the trustees the draft budget?\n\nMo\n", "Would you send the trustees the draft budget?", "Can I ask a quick favour?"},
		{"help with something", "Hi,\n\nI wonder if you could help us with something? Could you reset the card reader on the till?\n\nAbi\n", "Could you reset the card reader on the till?", "I wonder if you could help us with something?"},
		{"guard: the only ask", "Hi,\n\nCould you help us with something? Our card reader won't connect to the till.\n\nAbi\n", "Could you help us with something?", ""},
		{"ask you something", "Hi Dev,\n\nCan I ask you something? Is the VAT quarter end in March or April for us?\n\nFi\n", "Is the VAT quarter end in March or April for us?", "Can I ask you something?"},
		{"wondered favor", "Hi,\n\nWondered if you could do me a favor please? Can you resend the P60s for both staff?\n\nLu\n", "Can you resend the P60s for both staff?", "Wondered if you could do me a favor please?"},
		{"guard: recommend something", "Hi,\n\nCould you recommend something for the damp wall? And when can you visit?\n\nLu\n", "Could you recommend something for the damp wall?", ""},
		{"guard: favour alone", "Hi,\n\nCould you do me a favour and chase the council about the permit?\n\nLu\n", "Could you do me a favour and chase the council about the permit?", ""},
		{"guard: something named", "Hi,\n\nCan you send me something to sign for the lease? Also is the rent due Monday?\n\nLu\n", "Can you send me something to sign for the lease?", ""},
	})
}
