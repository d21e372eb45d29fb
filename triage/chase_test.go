package triage

import "testing"

// TestChaseOneParty: chasing a party or a matter named by a pronoun is
// one follow-up (quick); chasing a batch of debts is credit control
// (words_kind_admin.go). Sentences written for the test.
func TestChaseOneParty(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "The surveyor promised his report last Monday. Could you chase him?", Quick},
		{"en", "The printers still haven't sent proofs, can you chase them up?", Quick},
		{"en", "We applied for the parking permit in May - would you chase it up with the council?", Quick},
		{"en", "The tile supplier never confirmed the order. Can you chase them please?", Quick},
		{"en", "Our landlord hasn't returned the deposit form; could you chase this up?", Quick},
		{"en", "Could you chase all the overdue invoices on the aged debtors list?", Paid},
		{"en", "Please chase every customer who owes us more than 60 days and log the replies.", Paid},
	})
}
