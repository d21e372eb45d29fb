package triage

import "testing"

// TestReplyYesThenInstruction: a yes and, in the same sentence, a polite
// instruction to do a step of the work goes ahead; a step put first, a
// call asked for, a negation or a question keeps it open.
func TestReplyYesThenInstruction(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"yes, please", "Yes, please order the replacement panels.", Accepted, "yes with an instruction"},
		{"yes, please", "Yep, please book the surveyor for next week.", Accepted, "yes with an instruction"},
		{"ja, bitte … Sie", "Ja, bitte beantragen Sie die Verlängerung.", Accepted, "yes with an instruction"},
		{"ja, … Sie", "Ja, reichen Sie den Antrag bitte ein.", Accepted, "yes with an instruction"},
		{"oui, merci de", "Oui, merci de lancer la traduction.", Accepted, "yes with an instruction"},
		{"ja, graag", "Ja, graag de offertes opvragen.", Accepted, "yes with an instruction"},
		{"guard: first", "Yes, please send me a breakdown first.", Unclear, ""},
		{"guard: call", "Yes, please call me to talk it through.", Unclear, ""},
		{"guard: zuerst", "Ja, bitte schicken Sie mir zuerst eine Aufstellung.", Unclear, ""},
		{"guard: question", "Yes, please could you confirm the hours?", Unclear, ""},
		{"guard: negation", "Yes, please don't start until Monday's meeting.", Unclear, ""},
	})
}

// TestReplySeeItFirst: a go-ahead with something the client wants to see
// before the work ("send me a breakdown first") is conditional; a
// go-ahead that orders who gets the result is not.
func TestReplySeeItFirst(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"see it first", "Yes. Please send me a breakdown first.", Unclear, "conditional"},
		{"see it first", "Go ahead, but send me a breakdown first.", Unclear, "conditional"},
		{"see it first", "Fine, go ahead - just show us the draft plan first.", Unclear, "conditional"},
		{"see it first", "OK to proceed, but let me see the scope first.", Unclear, ""},
		{"see it first", "Go for it, give me a rough timeline first though.", Unclear, "conditional"},
		// Asked for as an answer, or as a question after the yes.
		{"see it first", "Sounds good. Just let me know the total cost first.", Unclear, "conditional"},
		{"see it first", "Fine, crack on - tell me the start date first.", Unclear, "conditional"},
		{"see it first", "Happy to go ahead. Can you send me a breakdown first?", Unclear, "not decided"},
		{"see it first", "Yes please. Could you show us the revised layout first?", Unclear, "not decided"},
		{"see it first", "OK by us. Would you let us know the parts cost first?", Unclear, "not decided"},
		{"see it first guard", "Go ahead. Can you copy my accountant in first?", Accepted, "go ahead"},
		{"see it first guard", "Yes go ahead. Anything you need from me before you start?", Accepted, ""},
		{"see it first guard", "Yes go ahead. I'll send the files first thing tomorrow.", Accepted, ""},
		{"see it first guard", "Go ahead. Send the report to Jo first, then me.", Accepted, "go ahead"},
		{"see it first guard", "Yes please, do the VAT part first.", Accepted, ""},
	})
}
