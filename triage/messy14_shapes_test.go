package triage

import "testing"

// TestReplyFourteenthShapes holds the reply shapes the messy14 set's
// misses prompted, with answers written for them (none is a sentence of
// any labelled set) and guards that must not change.
func TestReplyFourteenthShapes(t *testing.T) {
	runReplyRows(t, []replyRow{
		// After a go-ahead, a question on billing this work apart from or
		// together with another bill is paperwork, not a question back,
		// even when it names that other bill's fee.
		{"billing split", "Go ahead. Could you bill it separately from our retainer?", Accepted, "go ahead"},
		{"billing split", "Fine by me - can you put it on a separate invoice please?", Accepted, ""},
		{"billing split", "Yes please. Can you add it to our monthly invoice?", Accepted, ""},
		{"billing split", "Go ahead, and could you invoice this separately from the payroll fees?", Accepted, "go ahead"},
		{"billing split", "Please proceed. Would you invoice it separately?", Accepted, "proceed"},
		{"billing split", "Happy for you to start. Can it go on the same invoice as the year-end work?", Accepted, ""},
		{"billing split guard", "Can you bill it separately, and how much would that be?", Unclear, "question back"},
		{"billing split guard", "Could you invoice it separately? Is that price including VAT?", Unclear, "question back"},
		{"billing split guard", "No thanks. Could you send a separate invoice for last month though?", Declined, ""},
		{"billing split guard", "Go ahead with it. Is the fee separate from the retainer?", Unclear, "question back"},
		{"billing split guard", "Would it be cheaper if you billed it separately?", Unclear, ""},
	})
}

// TestConditionedSecondAsk: ", and if <condition>, <request>" joins a
// second ask that depends on the answer to the first, as "and if not"
// does: the sentence asks two things, the second with its condition. A
// condition whose request points back at the first job ("…, and if you
// can, send it by Friday") or with no request after it stays one ask.
func TestConditionedSecondAsk(t *testing.T) {
	runShapeTexts(t, []shapeCase{
		{"please", "Can you tell me when the payroll deadline is, and if it has already passed, please file a late submission for us.",
			[]string{"Can you tell me when the payroll deadline is", "and if it has already passed, please file a late submission for us."}},
		{"we'd like you to", "Could you confirm the lease runs to March, and if it does, we'd like you to draft a renewal letter to the landlord.",
			[]string{"Could you confirm the lease runs to March", "and if it does, we'd like you to draft a renewal letter to the landlord."}},
		{"could you", "Please check whether the supplier has been paid, and if they haven't been, could you set up the transfer today?",
			[]string{"Please check whether the supplier has been paid", "and if they haven't been, could you set up the transfer today?"}},
		{"I need you to", "Can you let me know the current mileage rate, and if it changed in April, I need you to redo the expense claims for the team.",
			[]string{"Can you let me know the current mileage rate", "and if it changed in April, I need you to redo the expense claims for the team."}},
		{"verb", "Could you tell us the deadline for the grant report, and if there's still time, prepare a first draft of the budget section?",
			[]string{"Could you tell us the deadline for the grant report", "and if there's still time, prepare a first draft of the budget section?"}},
		// Guards: one ask.
		{"guard: points back", "Could you prepare the payroll report, and if you can, send it to me before Friday?",
			[]string{"Could you prepare the payroll report, and if you can, send it to me before Friday?"}},
		{"guard: no comma before and", "Can you tell me the balance and if it is over the limit, please call me.",
			[]string{"Can you tell me the balance and if it is over the limit, please call me."}},
		{"guard: no request after", "Can you check the rota, and if Sam is off that week, the cover is sorted?",
			[]string{"Can you check the rota, and if Sam is off that week, the cover is sorted?"}},
	})
}
