package triage

import "testing"

// TestMethodAsk: asking for a way to do something is a plan or research;
// the way to hand something over, reach someone or look after a thing is
// a line.
func TestMethodAsk(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "How would we go about converting the partnership into a limited company?", Paid},
		{"en", "How do I go about getting a lasting power of attorney for my aunt?", Paid},
		{"en", "What's the best way for the trust to hold the holiday cottage?", Paid},
		{"en", "What would it take to get our kitchen hygiene rating up to a five?", Paid},
		{"en", "What is the right approach to dividing the estate between the three nephews?", Paid},
		{"en", "How should we go about replacing the stockroom shelving without closing the shop?", Paid},
		// Guards: handing over, reaching someone, upkeep.
		{"en", "What's the best way to get the keys back to you?", Quick},
		{"en", "How do I go about booking a slot with the surveyor?", Quick},
		{"en", "What's the best way to reach you on Saturday?", Quick},
		{"en", "What's the best way to look after the oak worktop?", Quick},
		{"en", "How would I go about sending you the bank statements?", Quick},
	})
}

// TestReceiveFromFirm: "could we get a …" asks the firm to make or hand
// over the thing; the work is the firm's.
func TestReceiveFromFirm(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "Could we get a written report on the state of the chimney stack?", Paid},
		{"en", "Can I get a full report on the drainage before we exchange?", Paid},
		{"en", "Could I have a summary report of the donors who lapsed last year?", Paid},
		{"en", "May we have a detailed report of every door that fails the fire test?", Paid},
		{"en", "Can we get a written report on the bats in the loft?", Paid},
		// Guards: a copy, a call, a date.
		{"en", "Can I get a copy of the signed lease?", Quick},
		{"en", "Could we have a quick call on Monday?", Quick},
		{"en", "Can we get a date for the next inspection?", Quick},
	})
}
