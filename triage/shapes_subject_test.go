package triage

import "testing"

// TestPredicateAfterSubject: a subject set off by commas ("Our caretaker,
// Len, has…") and an auxiliary with a participle after the comma is a
// statement, not an unpunctuated question; an auxiliary followed by its
// subject still asks. Sentences written for the test.
func TestPredicateAfterSubject(t *testing.T) {
	runShapeTexts(t, []shapeCase{
		{"has asked", "Our site foreman, Len Potts, has asked about overtime rates for the weekend shifts.", nil},
		{"is moving", "Marta, who runs our Leeds branch, is moving to part-time hours from January.", nil},
		{"was told", "The new tenant in Unit 6, a printing firm, was told the alarm code by the previous agent.", nil},
		{"has been", "Our treasurer, Gwen, has been off sick since the start of the month.", nil},
		{"is querying", "One of the drivers, Tariq, is querying the mileage deducted from his wages.", nil},
		{"guard: auxiliary then its subject", "Quick one, is the office open on Boxing Day",
			[]string{"Quick one, is the office open on Boxing Day"}},
		{"guard: a question mark keeps the question", "Sorry, has invoicing moved to the new system?",
			[]string{"Sorry, has invoicing moved to the new system?"}},
		{"guard: a request after the subject", "Our bookkeeper, Ann, has asked me to pass this on, can you send her the login?",
			[]string{"Our bookkeeper, Ann, has asked me to pass this on, can you send her the login?"}},
	})
}

// TestNeedMet: "that's all I need" closes a mail that has what it asked
// for; a need whose object is still to come asks. Sentences written for
// the test.
func TestNeedMet(t *testing.T) {
	runShapeTexts(t, []shapeCase{
		{"that's all", "Perfect, that's all I need for the audit.", nil},
		{"that is everything", "Thanks Omar, that is everything we need from you this month.", nil},
		{"thats, no apostrophe", "got the payslips thats all i need", nil},
		{"this is everything", "Great, this is everything I needed for the mortgage broker.", nil},
		{"that was all", "That was all we needed to finish the grant claim, thank you.", nil},
		{"guard: all I need is a thing", "All I need is the signed lease back by Friday.",
			[]string{"All I need is the signed lease back by Friday."}},
		{"guard: a plain need", "I need the October payslips for Dom and Lucy.",
			[]string{"I need the October payslips for Dom and Lucy."}},
		{"guard: is that all you need", "Is that everything you need from me?",
			[]string{"Is that everything you need from me?"}},
	})
}

// TestThirdPartyFrame: a third party's wish reported after "and" or "so"
// in a statement asks the firm nothing; a request before it still asks.
// Sentences written for the test.
func TestThirdPartyFrame(t *testing.T) {
	runShapeTexts(t, []shapeCase{
		{"and the landlord would like", "We've finished the refit and our landlord would like to inspect the unit next week.", nil},
		{"so the buyer wants", "Contracts are exchanged, so the buyer wants to move the shelving in on Monday.", nil},
		{"and my partner would love", "The shop is doing well and my partner would love to open a second branch next year.", nil},
		{"dash then the bank", "Good news - the loan is approved and the bank would like to visit the site in March.", nil},
		{"and their director wants", "They signed the renewal and their director wants to repaint the front in the spring.", nil},
		{"guard: a request before the wish", "Could you send me the accounts as our bank would like to see them?",
			[]string{"Could you send me the accounts as our bank would like to see them?"}},
		{"guard: the client's own wish", "We've signed the lease and we would like to book the fit-out survey.",
			[]string{"We've signed the lease and we would like to book the fit-out survey."}},
		{"guard: the wish puts work to the firm", "Our lender would like you to confirm the rent in writing.",
			[]string{"Our lender would like you to confirm the rent in writing."}},
	})
}

// TestWishForNewDeliverable: "it would help to have a breakdown of…"
// wishes for a thing the firm makes, so asks for it; a wish to have
// something of the client's own life asks nothing. Sentences written for
// the test.
func TestWishForNewDeliverable(t *testing.T) {
	runShapeTexts(t, []shapeCase{
		{"a breakdown", "It would help to have a breakdown of the fuel costs by van.",
			[]string{"It would help to have a breakdown of the fuel costs by van."}},
		{"a summary", "It'd be great to have a short summary of the new rules for the team.",
			[]string{"It'd be great to have a short summary of the new rules for the team."}},
		{"an estimate", "It would be really useful to have an estimate of the corporation tax bill.",
			[]string{"It would be really useful to have an estimate of the corporation tax bill."}},
		{"a draft", "It would also help to have a draft of the letter to the tenants.",
			[]string{"It would also help to have a draft of the letter to the tenants."}},
		{"a schedule", "It would be handy to have a schedule of the loan repayments.",
			[]string{"It would be handy to have a schedule of the loan repayments."}},
		{"guard: a quiet Christmas", "It would be nice to have a quiet Christmas this year.", nil},
		{"guard: a bigger office", "It would help to have a bigger office now we are six.", nil},
		{"guard: a holiday", "It would be lovely to have a proper holiday after the year-end.", nil},
	})
}
