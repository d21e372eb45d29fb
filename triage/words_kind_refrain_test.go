package triage

import "testing"

// TestRefrainIsQuick: a request not to act ("please don't send…", "do not
// file until…") is noted in a minute, whatever work it names; "don't
// forget to…" asks for the work, and a negation inside a request for work
// leaves it work. Sentences written for the test.
func TestRefrainIsQuick(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "Please don't send the invoice to the old address.", Quick},
		{"en", "Please don't file the return until I've signed it.", Quick},
		{"en", "Please do not submit the VAT return until the director has approved it.", Quick},
		{"en", "Please don't pay the supplier invoice from the business account this month.", Quick},
		{"en", "Please kindly do not chase the customer for the overdue balance yet.", Quick},
		{"en", "Please just don't lodge the planning appeal before we've spoken.", Quick},
		// Guards: the work is asked for after all.
		{"en", "Please don't forget to prepare the cash-flow forecast for the bank meeting.", Paid},
		{"en", "Please prepare the full year-end accounts and don't leave out the second shop.", Paid},
		{"en", "Could you redo the payroll for March? Don't include the director.", Paid},
	})
}

// TestImperativeLeadAsks: "kindly", "remember to" and "don't forget to"
// before a request verb open a request as the verb alone would. A lead
// before a verb that asks the firm for nothing stays no ask. Sentences
// written for the test.
func TestImperativeLeadAsks(t *testing.T) {
	const tail = "\n\nKim\n"
	runAskRows(t, []askRow{
		{"kindly", "Hi Jo,\n\nKindly send me the signed engagement letter by Friday." + tail, "Kindly send me the signed engagement letter", ""},
		{"remember to", "Hi Jo,\n\nRemember to send the bank the updated forecast on Monday." + tail, "Remember to send the bank", ""},
		{"don't forget to", "Hi Jo,\n\nDon't forget to book the stocktake for the last week of March." + tail, "Don't forget to book the stocktake", ""},
		{"dont, no apostrophe", "Hi Jo,\n\ndont forget to update the fixed asset register with the new van." + tail, "dont forget to update the fixed asset register", ""},
		{"also don't forget", "Hi Jo,\n\nAlso don't forget to prepare the dividend vouchers for both directors." + tail, "Also don't forget to prepare the dividend vouchers", ""},
		// Guards: the verb after the lead asks the firm for nothing.
		{"guard: remember to enjoy", "Hi Jo,\n\nCould you check the payroll date?\n\nRemember to enjoy your holiday." + tail, "Could you check the payroll date", "Remember to enjoy your holiday"},
		{"guard: kindly note", "Hi Jo,\n\nCould you check the payroll date?\n\nKindly note our office closes at noon on Friday." + tail, "Could you check the payroll date", "Kindly note our office closes"},
	})
}
