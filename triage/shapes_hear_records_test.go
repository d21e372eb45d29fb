package triage

import "testing"

// TestWishToHearAnAnswer: "it would be good to hear whether/when/what…"
// asks for an answer, as "it would be good to know…" does; hearing from
// the reader, or news already heard, asks nothing.
func TestWishToHearAnAnswer(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"whether", "It would be nice to hear whether the grant payment has landed.",
			[]string{"quick: It would be nice to hear whether the grant payment has landed."}},
		{"when", "It would be good to hear when the surveyor can get onto the roof.",
			[]string{"quick: It would be good to hear when the surveyor can get onto the roof."}},
		{"if", "It would be great to hear if the courier picked the samples up on Tuesday.",
			[]string{"quick: It would be great to hear if the courier picked the samples up on Tuesday."}},
		{"what", "It would be helpful to hear what the deadline is for the claim.",
			[]string{"quick: It would be helpful to hear what the deadline is for the claim."}},
		{"who", "It would be useful to hear who signs off the quarterly returns at your end.",
			[]string{"quick: It would be useful to hear who signs off the quarterly returns at your end."}},
		// Guards: hearing from someone, or good news heard.
		{"guard: from you", "It would be good to hear from you sometime.", nil},
		{"guard: news heard", "It was good to hear the shop is doing well.", nil},
		{"guard: about your trip", "It would be lovely to hear about your trip when you're back.", nil},
	})
}

// TestUpdateYourRecordsIsQuick: asking the firm to change its own records
// or file with a new detail is admin (quick), as "update our address in
// your records" is; updating the client's own records is work.
func TestUpdateYourRecordsIsQuick(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"new address", "Please update your records with our new trading address.",
			[]string{"quick: Please update your records with our new trading address."}},
		{"new bank", "Can you amend your records to show the new bank account for refunds?",
			[]string{"quick: Can you amend your records to show the new bank account for refunds?"}},
		{"new director", "Could you update your file to show Nia as the main contact from now on?",
			[]string{"quick: Could you update your file to show Nia as the main contact from now on?"}},
		{"married name", "Please change your records to my married name, Okafor.",
			[]string{"quick: Please change your records to my married name, Okafor."}},
		{"moved", "Kindly update your files with our new phone number, 01632 960 118.",
			[]string{"quick: Kindly update your files with our new phone number, 01632 960 118."}},
		// Guards: the client's own records updated is work.
		{"guard: our ledger", "Please update our fixed asset register for the three new vans.",
			[]string{"paid: Please update our fixed asset register for the three new vans."}},
	})
}

// TestWhatAJobCostIsQuick: what a job cost or is charged is a figure on
// file or the firm's price (quick), whatever the job; what the client
// would save, owe or claim is a calculation.
func TestWhatAJobCostIsQuick(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"did cost", "How much did the warehouse valuation cost us?",
			[]string{"quick: How much did the warehouse valuation cost us?"}},
		{"was the bill", "How much was the invoice for the boundary survey?",
			[]string{"quick: How much was the invoice for the boundary survey?"}},
		{"what was", "What was the total for the trademark search in March?",
			[]string{"quick: What was the total for the trademark search in March?"}},
		{"fee for", "What's the fee for drafting a simple will?",
			[]string{"quick: What's the fee for drafting a simple will?"}},
		{"you charged", "What did you charge the Harlows for their probate application?",
			[]string{"quick: What did you charge the Harlows for their probate application?"}},
		// Guards: a saving, a claim or a forecast is worked out.
		{"guard: saving", "How much tax would we save by paying the van through the company?",
			[]string{"paid: How much tax would we save by paying the van through the company?"}},
		{"guard: claim", "How much could we claim back on the studio refit?",
			[]string{"paid: How much could we claim back on the studio refit?"}},
	})
}
