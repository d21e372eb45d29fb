package triage

import "testing"

// TestHeadlineNews: a clause put as a headline, a noun then a participle
// of a finished act, is news even when the noun is also a request verb
// ("Invoice paid", "Order placed", "Booking confirmed"); a request verb
// before a participle used as an adjective ("Send signed copies") and
// "get booked in" still ask. Sentences written for the test.
func TestHeadlineNews(t *testing.T) {
	runAskRows(t, []askRow{
		{"invoice paid", "Hi Kim,\n\nInvoice paid this morning. Could you send the receipt to Tom?\n\nAl\n", "Could you send the receipt to Tom?", "Invoice paid this morning"},
		{"order", "Hello,\n\nOrder paid yesterday. When will the tiles ship?\n\nBo\n", "When will the tiles ship?", "Order paid yesterday"},
		{"book", "Hi,\n\nBook received and signed. Can you invoice the school?\n\nCy\n", "Can you invoice the school?", "Book received and signed"},
		{"file", "Hi,\n\nFile sent via the portal. Is the hearing still on the 9th?\n\nDi\n", "Is the hearing still on the 9th?", "File sent via the portal"},
		{"thanks then news", "Hi Jo,\n\nThanks again to you both, deposit paid this afternoon. Can you confirm the start date?\n\nEd\n", "Can you confirm the start date?", "deposit paid this afternoon"},
		{"check", "Hi,\n\nCheck cleared on Monday. Could you release the keys?\n\nFi\n", "Could you release the keys?", "Check cleared on Monday"},
		// Guards: a verb before an adjective participle, a verb that takes a participle.
		{"guard: signed copies", "Hi,\n\nSend signed copies to the bank by Friday.\n\nGus\n", "Send signed copies to the bank by Friday.", ""},
		{"guard: get booked", "Hi,\n\nGet booked in with the surveyor for next week please.\n\nHal\n", "Get booked in with the surveyor", ""},
		{"guard: question", "Hi,\n\nInvoice paid already? Can you check?\n\nIvy\n", "Can you check?", ""},
	})
}
