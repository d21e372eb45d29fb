package triage

import "testing"

// TestReasonBeforeAsk: a clause giving the client's reason ("As …,",
// "Since …,", "Because …,", "Now that …,", "Given that …,", "Seeing as
// …,") before a question or request is background; the ask is quoted from
// its own start. A condition ("If …, could you") stays part of the ask,
// and "As well as …" adds to it.
func TestReasonBeforeAsk(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"as …, is", "As the shop reopens after the refit in February, is the old insurance certificate still valid?",
			[]string{"quick: is the old insurance certificate still valid?"}},
		{"since …, could you", "Since our bookkeeper is leaving at the end of the month and nobody else knows the system, could you send me the login details for the payroll portal?",
			[]string{"quick: could you send me the login details for the payroll portal?"}},
		{"because …, do we", "Because two of the directors now live abroad and only visit twice a year, do we still have to hold the AGM in person?",
			[]string{"quick: do we still have to hold the AGM in person?"}},
		{"now that …, can you", "Now that the sale of the van has gone through and the money is in the account, can you tell me the new balance?",
			[]string{"quick: can you tell me the new balance?"}},
		{"given that …, will", "Given that the builders have pushed the start date back by a fortnight again, will the inspection still be on the 3rd?",
			[]string{"quick: will the inspection still be on the 3rd?"}},
		{"seeing as …, are", "Seeing as the conference has moved to the larger hall on the other side of town, are the printed signs still the right size?",
			[]string{"quick: are the printed signs still the right size?"}},
		// Guards: a condition stays, "as well as" adds, no ask after the reason.
		{"guard: if …, could you", "If the bank transfer has not arrived by Friday afternoon at the latest, could you let me know?",
			[]string{"quick: If the bank transfer has not arrived by Friday afternoon at the latest, could you let me know?"}},
		{"guard: as well as", "As well as the invoice, can you send the delivery note?",
			[]string{"quick: As well as the invoice, can you send the delivery note?"}},
		{"guard: reason then a statement", "As we're moving to the new office in March, we will need to change the address on the website.", nil},
		{"guard: since as time", "Since last Tuesday the card machine keeps dropping its connection.", nil},
	})
}

// TestNeedClosingRelative: a need frame that closes the sentence ends a
// relative clause about a thing named before it ("the skills we need")
// and asks nothing; a need followed by what is needed still asks.
func TestNeedClosingRelative(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"the experience we need", "Two of the applicants are strong, but neither has the catering experience we need.", nil},
		{"the space we'll need", "The unit on Mill Road has all the storage space we'll need.", nil},
		{"after a semicolon", "We've shortlisted the blue design; the green one doesn't give us the contrast we need.", nil},
		{"the documents I need", "My accountant has already sent me most of the documents I need.", nil},
		{"the hours they need", "The new rota finally gives the part-timers the hours they need.", nil},
		// Guards: what is needed follows the frame.
		{"guard: we need a thing", "We need a copy of the October invoice.",
			[]string{"quick: We need a copy of the October invoice."}},
		{"guard: I need a thing prepared", "I need a cash-flow forecast prepared for the bank by the end of the month.",
			[]string{"paid: I need a cash-flow forecast prepared for the bank by the end of the month."}},
		{"guard: a question ending in need", "Is that all the paperwork we need?",
			[]string{"quick: Is that all the paperwork we need?"}},
	})
}
