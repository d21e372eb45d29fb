package triage

import "testing"

// TestRelayedAskFrames: a question someone else is putting, passed on,
// asks the firm to answer it; followed by the client's own ask it is that
// ask's background; a remark on what someone asks for asks nothing.
func TestRelayedAskFrames(t *testing.T) {
	runAskRows(t, []askRow{
		{"is asking when", "Hi Jo,\n\nThe buyer's solicitor is asking when we can exchange.\n\nPeter\n", "The buyer's solicitor is asking when we can exchange.", ""},
		{"are asking whether", "Hello,\n\nThe volunteers are asking whether their mileage is taxable this year.\n\nGwen\n", "The volunteers are asking whether their mileage is taxable", ""},
		{"is asking if", "Hi,\n\nOur bank manager is asking if the draft accounts are ready yet.\n\nSam\n", "Our bank manager is asking if the draft accounts are ready", ""},
		{"are asking how", "Hi Nina,\n\nThe parents are asking how the new fees will be collected.\n\nTed\n", "The parents are asking how the new fees will be collected.", ""},
		{"guard: a demand relayed", "Hi,\n\nThe landlord is asking for six months up front. Is that usual?\n\nAl\n", "Is that usual?", "The landlord is asking for six months up front."},
		{"are asking which", "Hi,\n\nThe staff are asking which pension provider we've moved to.\n\nLiz\n", "The staff are asking which pension provider", ""},
		{"guard: own ask follows", "Hi,\n\nThe tenant is asking whether he can sublet the spare room. Could you check what the lease says?\n\nAl\n", "Could you check what the lease says?", "The tenant is asking whether he can sublet the spare room."},
		{"guard: remark on a price", "Hi,\n\nHe is asking for a lot, frankly. When is the survey booked?\n\nAl\n", "When is the survey booked?", "He is asking for a lot, frankly."},
		{"guard: past report", "Hi,\n\nThe landlord was asking about you last week. Has the invoice gone out?\n\nAl\n", "Has the invoice gone out?", "The landlord was asking about you last week."},
	})
}
