package triage

import "testing"

// TestConditionalNeedAsk: "We'd need …" / "I'd need …" names a thing the
// client wants from the firm and asks for it; straight after a question in
// the same paragraph it only says what that question's answer must hold.
func TestConditionalNeedAsk(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"we'd need a plan", "We'd need a written schedule of the works that the trustees can sign off.",
			[]string{"paid: We'd need a written schedule of the works that the trustees can sign off."}},
		{"I'd need a letter", "I'd need a letter confirming my income for the mortgage broker.",
			[]string{"paid: I'd need a letter confirming my income for the mortgage broker."}},
		{"we'd need a copy", "We'd need a copy of the signed contract for our files.",
			[]string{"quick: We'd need a copy of the signed contract for our files."}},
		// After a question it restates that question's need.
		{"after a question: I'd need it by", "Can you price the new shelving for the stockroom? I'd need it before the landlord's inspection.",
			[]string{"paid: Can you price the new shelving for the stockroom?"}},
		{"after a question: we'd need the figures", "Could you work out whether leasing the printer beats buying it? We'd need the figures for both over three years.",
			[]string{"paid: Could you work out whether leasing the printer beats buying it?"}},
		{"after a question: we would need", "Can you draw up a rota for the summer? We would need it to cover Saturdays too.",
			[]string{"paid: Can you draw up a rota for the summer?"}},
		// Before an ask that points back at it, the need is that ask's background.
		{"before an ask pointing back", "We'd need a new sign for the shopfront. Could you design one?",
			[]string{"paid: Could you design one?"}},
		{"before an ask pointing back: I'd need", "I'd also need a floor plan of the new unit. Can you draw that up?",
			[]string{"paid: Can you draw that up?"}},
		// Guards: a need with no question before it; the need stated as a fact.
		{"guard: new paragraph", "Can you send the invoice?\n\nWe'd need a new quote for the roof as well.",
			[]string{"quick: Can you send the invoice?", "paid: We'd need a new quote for the roof as well."}},
		{"guard: after a question, need you to", "Can you confirm the filing date? I would also need you to prepare the annual statement for the rental flat.",
			[]string{"quick: Can you confirm the filing date?", "paid: I would also need you to prepare the annual statement for the rental flat."}},
		{"guard: we'd need to ourselves", "We'd need to check with the board first.", nil},
	})
}

// TestWishPointsBack: after a question, a wish to get or have "it" (the
// thing just asked about) in some state says when or why, and asks
// nothing new; without a question before it the wish is the ask.
func TestWishPointsBack(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"get it sorted", "Has the refund for the broken chairs been processed? The auditors arrive on Monday so I'd like to get it sorted.",
			[]string{"quick: Has the refund for the broken chairs been processed?"}},
		{"have it done", "Could you check whether the lease plan has been registered? We'd like to have it done before we sell.",
			[]string{"quick: Could you check whether the lease plan has been registered?"}},
		{"get this finished", "Did the surveyor ever send his notes back? I'd love to get this finished before Christmas.",
			[]string{"quick: Did the surveyor ever send his notes back?"}},
		{"have that signed", "Is the new supplier agreement ready for signature? We want to have that signed this week.",
			[]string{"quick: Is the new supplier agreement ready for signature?"}},
		{"get them filed", "Have the two late returns been submitted yet? I'm keen to get them filed before any penalties.",
			[]string{"quick: Have the two late returns been submitted yet?"}},
		// Guards: nothing asked before it; a new thing named.
		{"guard: alone", "The printer in reception has jammed again and I'd like to get it fixed today.",
			[]string{"paid: The printer in reception has jammed again and I'd like to get it fixed today."}},
		{"guard: a new thing", "Has the refund gone through? I'd like to get the new price list drafted too.",
			[]string{"quick: Has the refund gone through?", "paid: I'd like to get the new price list drafted too."}},
	})
}

// TestAnswerByWhen: a wish to have an answer by a time says when the asks
// already made should be answered, and asks nothing new; an idea "of" a
// thing names what to work out.
func TestAnswerByWhen(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"some idea before then", "Could you price the new fence? The neighbours are away until March and we'd like to have some idea before then.",
			[]string{"paid: Could you price the new fence?"}},
		{"an answer by Friday", "Is the studio free on the 14th?\n\nWe would like to have an answer by Friday if possible.",
			[]string{"quick: Is the studio free on the 14th?"}},
		{"a rough idea ahead of", "Can you look at the two pension offers?\n\nI'd love to have a rough idea ahead of the meeting with the bank.",
			[]string{"paid: Can you look at the two pension offers?"}},
		{"an indication before", "Could you check the tenancy clause on pets? We'd like to get an indication before we sign.",
			[]string{"paid: Could you check the tenancy clause on pets?"}},
		{"the answer by", "Did the council reply about the parking permit? I want to have the answer by the end of the week.",
			[]string{"quick: Did the council reply about the parking permit?"}},
		// Guards: an idea of a thing names the work.
		{"guard: idea of the costs", "I'd like to have an idea of the costs before we commit to the extension.",
			[]string{"paid: I'd like to have an idea of the costs before we commit to the extension."}},
	})
}
