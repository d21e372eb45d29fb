package triage

import "testing"

// TestRelayedAsk: someone the client speaks for asked whether the firm
// could do a thing ("our office manager asked whether you could …"): the
// client passes the ask on, and its kind is that of "could you …?";
// "asked me to check whether you can …" passes on a question. Guards: the
// firm's or the client's own asking, and a question about no act of the
// firm's, ask nothing.
func TestRelayedAsk(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"office manager, work", "Our office manager asked whether you could repaint the meeting room before the audit.",
			[]string{"paid: Our office manager asked whether you could repaint the meeting room before the audit."}},
		{"has asked me to check", "My wife has asked me to check whether you can deliver on Saturdays.",
			[]string{"quick: My wife has asked me to check whether you can deliver on Saturdays."}},
		{"foreman, would", "The site foreman asked if you would survey the retaining wall next week.",
			[]string{"paid: The site foreman asked if you would survey the retaining wall next week."}},
		{"honorific, asks", "Dr Patel asks whether you could redraft the tenancy agreement with the new break clause.",
			[]string{"paid: Dr Patel asks whether you could redraft the tenancy agreement with the new break clause."}},
		{"name, a copy", "Jenny asked if you could send the March invoice again.",
			[]string{"quick: Jenny asked if you could send the March invoice again."}},
		{"find out, can", "Our treasurer has asked us to find out whether you can take card payments.",
			[]string{"quick: Our treasurer has asked us to find out whether you can take card payments."}},
		{"landlord, fitting", "My landlord asked whether you could fit a new extractor fan in the bathroom.",
			[]string{"paid: My landlord asked whether you could fit a new extractor fan in the bathroom."}},
		// Guards.
		{"guard: the firm asked", "You asked whether we could move the delivery to Tuesday, and that is fine.", nil},
		{"guard: no act of the firm", "My neighbour asked whether the fence was ours.", nil},
		{"guard: asked the client", "The inspector asked whether we had a fire certificate.", nil},
		{"guard: asked someone else", "My brother asked the garage whether they could look at the brakes.", nil},
	})
}

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

// TestRelayedAskedFrames: a request passed on as what someone else asked
// ("my boss asked whether you could…") asks the firm, and the verb after
// the modal gives its kind; the client's own asking, a question put to
// the client, or a question about the firm's past asks nothing of its
// own. Sentences written for this test.
func TestRelayedAskedFrames(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"boss, work", "My boss asked whether you could redraw the floor plan with the new partition.",
			[]string{"paid: My boss asked whether you could redraw the floor plan with the new partition."}},
		{"landlord, a copy", "The landlord asked if you could send over the gas safety certificate.",
			[]string{"quick: The landlord asked if you could send over the gas safety certificate."}},
		{"asked me to check", "Our treasurer asked me to check whether you could prepare the year-end accounts for the club.",
			[]string{"paid: Our treasurer asked me to check whether you could prepare the year-end accounts for the club."}},
		{"you'd", "The head chef asked if you'd design a new allergen card for the winter menu.",
			[]string{"paid: The head chef asked if you'd design a new allergen card for the winter menu."}},
		{"can, a confirmation", "My wife asked whether you can confirm the delivery slot for the sofa.",
			[]string{"quick: My wife asked whether you can confirm the delivery slot for the sofa."}},
		// Guards: the client's own chase, a question to the client, a
		// question about the past.
		{"guard: I asked", "I asked if you could look at the gutter in October.", nil},
		{"guard: asked us", "The surveyor asked if we could clear the loft before Monday.", nil},
		{"guard: had", "The plumber asked if you had the spare keys.", nil},
	})
}
