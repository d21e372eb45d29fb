package triage

import "testing"

// TestWhyNothingEver: a why-question whose subject is no one or nothing
// at all, with "ever", complains ("why does nothing ever arrive on
// time?"); the ask beside it stays. Without "ever", or about someone in
// particular, it asks.
func TestWhyNothingEver(t *testing.T) {
	runAskRows(t, []askRow{
		{"nothing ever", "Hi,\n\nWhy does nothing ever arrive on time from that wholesaler? Can you chase the pallet of tiles?\n\nAl\n", "Can you chase the pallet of tiles", "Why does nothing ever arrive"},
		{"nobody ever", "Hi,\n\nWhy can nobody at the bank ever give a straight answer? Could you call them about the overdraft?\n\nBo\n", "Could you call them about the overdraft", "Why can nobody at the bank"},
		{"no one ever", "Hi,\n\nWhy does no one ever read the rota? Please send me the new one as a PDF.\n\nCy\n", "Please send me the new one", "Why does no one ever"},
		{"none ever", "Hi,\n\nWhy do none of the tills ever work on a Monday? Can you book the engineer for Tuesday?\n\nDi\n", "Can you book the engineer", "Why do none of the tills"},
		{"nothing in x ever", "Hi,\n\nWhy does nothing in the planning system ever stay the same for long? Can you resubmit the drawings?\n\nEd\n", "Can you resubmit the drawings", "Why does nothing in the planning"},
		// Guards: a particular failure asked after.
		{"guard: nothing filed", "Hi,\n\nWhy has nothing been filed yet?\n\nFi\n", "Why has nothing been filed yet", ""},
		{"guard: nobody replied", "Hi,\n\nWhy has nobody replied to my letter of the 3rd?\n\nGil\n", "Why has nobody replied", ""},
		{"guard: ever without sweep", "Hi,\n\nWhy does the boiler ever need a second service?\n\nHal\n", "Why does the boiler ever need", ""},
	})
}
