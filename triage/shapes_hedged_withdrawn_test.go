package triage

import "testing"

// TestHedgedVerdictAnswers: a yes/no question the client settles in the
// next sentence with a hedged verdict ("Probably not, …", "Sadly not.",
// "Apparently so.") is not asked of the firm. Guards: a hedge that goes
// on without a stop ("Probably not urgent"), a question put to the firm,
// and a verdict sentence that asks.
func TestHedgedVerdictAnswers(t *testing.T) {
	runAskRows(t, []askRow{
		{"probably not", "Hi Jan,\n\nIs the old van worth repairing? Probably not, but the fleet budget is tight. Could you price a replacement lease?\n\nRob\n", "Could you price a replacement lease", "Is the old van worth repairing"},
		{"sadly not", "Hello,\n\nDid anyone keep the till receipts from the fair? Sadly not, they went in the bin. Please post the takings from the bank slips instead.\n\nMira\n", "Please post the takings", "Did anyone keep the till receipts"},
		{"apparently so", "Hi Ola,\n\nWere the gutters cleared before the storm? Apparently so. Can you send the roofer's invoice?\n\nKen\n", "Can you send the roofer's invoice", "Were the gutters cleared"},
		{"maybe not dash", "Hi,\n\nShould we have kept the old supplier? Maybe not - the new one is cheaper. When is the next delivery slot?\n\nDee\n", "When is the next delivery slot", "Should we have kept the old supplier"},
		{"unfortunately no", "Hi Pat,\n\nIs there parking at the hall? Unfortunately no. Could you book the minibus for Saturday?\n\nLou\n", "Could you book the minibus", "Is there parking at the hall"},
		{"hopefully not", "Hi Vic,\n\nWill the water rates go up again? Hopefully not. Can you check the direct debit amount?\n\nIan\n", "Can you check the direct debit amount", "Will the water rates go up again"},
		{"hedge runs on stays", "Hi,\n\nIs the boiler service due this month? Probably not urgent, but I'd like to know.\n\nAl\n", "Is the boiler service due this month", ""},
		{"to the firm stays", "Hi,\n\nDo you need the keys back? Probably not, but I can drop them in.\n\nSue\n", "Do you need the keys back", ""},
		{"verdict that asks stays", "Hi,\n\nIs the van insured for hire? Probably not, so could you check the policy?\n\nTim\n", "could you check the policy", ""},
	})
}

// TestWithdrawnQuestionShapes: a question taken back by "ignore that
// one", by a withdrawal opening a sentence with its reason ("Please
// ignore that question, I've found it."), or two sentences on past one
// plain statement. Guards: a withdrawal with an object of its own, and
// a question followed by two statements that take nothing back.
func TestWithdrawnQuestionShapes(t *testing.T) {
	runAskRows(t, []askRow{
		{"that one", "Hi Nell,\n\nIs the hall free on the 9th? I've just seen the booking page, so ignore that one. Could you hold the 16th for us?\n\nJo\n", "Could you hold the 16th", "Is the hall free on the 9th"},
		{"opening with reason", "Hello,\n\nDid the courier collect the samples yesterday? Please ignore that question, I've had the tracking email. Can you send the lab report when it lands?\n\nRaj\n", "Can you send the lab report", "Did the courier collect"},
		{"scratch that reason", "Hi,\n\nWhat time does the site open on Sunday? Scratch that, it's on the gate sign. Please order two more skips.\n\nGil\n", "Please order two more skips", "What time does the site open"},
		{"past one statement", "Hi Tara,\n\nWhich form does the council want for the refund? The letter mentions two of them. Actually the second page says form B, so please ignore that one. Could you fill in form B for us?\n\nNed\n", "Could you fill in form B", "Which form does the council want"},
		{"past one statement disregard", "Hi,\n\nHas the piano tuner been paid? I thought Maria did it. She has, so disregard that question. When is the next tuning due?\n\nUma\n", "When is the next tuning due", "Has the piano tuner been paid"},
		{"own object stays", "Hi,\n\nCan you resend the renewal notice? Please ignore the old invoice, it was cancelled.\n\nBo\n", "Can you resend the renewal notice", ""},
		{"two statements stay", "Hi,\n\nIs the deadline still Friday? The client moved it once already. We're a bit behind.\n\nAva\n", "Is the deadline still Friday", ""},
		{"withdrawal too far stays", "Hi,\n\nIs the deadline still Friday? The client moved it once. We're behind. So ignore the draft I sent.\n\nAva\n", "Is the deadline still Friday", ""},
	})
}
