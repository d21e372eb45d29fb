package triage

import "testing"

// TestPassingMessageIsQuick: passing a message on to someone (tell, let
// … know, remind, thank, forward, copy in) is quick in any request form,
// "I'd like you to …" as well as "could you …?"; work named beside it
// keeps the ask paid. Sentences written for the test.
func TestPassingMessageIsQuick(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "I'd like you to tell the bank we're happy with the new terms.", Quick},
		{"en", "We would like you to let the landlord know we'll be out by Friday.", Quick},
		{"en", "We'd like you to forward the valuation to our solicitor.", Quick},
		{"en", "I'd like you to thank the auditors for their patience.", Quick},
		{"en", "We would like you to remind them the deposit is due on the 1st.", Quick},
		{"en", "I want you to pass on our apologies to the planning officer.", Quick},
		// Guards: work named beside the message.
		{"en", "I'd like you to work out what to tell the bank about the overdraft and draft a letter.", Paid},
		{"en", "We'd like you to prepare the year-end accounts and forward them to the bank.", Paid},
		{"en", "I'd like you to review the lease before we tell the landlord anything.", Paid},
	})
}
