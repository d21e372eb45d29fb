package triage

import "testing"

// TestRelayedAskedQuestion: a question someone else put to the firm,
// passed on ("my manager asked whether you could…", "she asked me to find
// out if you can…"), is an ask, of the kind the question would have put
// directly: work asked for is paid, an answer or a copy quick. Guards:
// the firm's own question ("you asked whether we could"), the client's
// own past request ("I asked if you could …"), and a question about
// someone else ("asked if we could", "asked whether the hall is free")
// ask nothing. Sentences written for the test.
func TestRelayedAskedQuestion(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "Our head of finance asked whether you could reconcile the petty cash ledgers for last year.", Paid},
		{"en", "The vicar asked if you could repoint the brickwork on the bell tower before Easter.", Paid},
		{"en", "My sister has asked whether your team could redesign the menus for the café.", Paid},
		{"en", "Mrs Adeyemi asked me to find out whether you could draft a new tenancy agreement for the flat.", Paid},
		{"en", "The site foreman asked if you could send over the gate code for Monday.", Quick},
		{"en", "Our treasurer asked whether you could tell us the date the next instalment is due.", Quick},
		{"en", "My landlord asked me to check if you can confirm the boiler certificate was issued.", Quick},
		{"en", "The churchwarden asked if you do weekend call-outs.", Quick},
		{"en", "You asked whether we could move the meeting to Thursday, and that's fine.", ""},
		{"en", "I asked if you could come on Tuesday and the van turned up on Wednesday.", ""},
		{"en", "The council asked if we could move our bins off the pavement.", ""},
		{"en", "My neighbour asked whether the car park is open on Sundays.", ""},
	})
}
