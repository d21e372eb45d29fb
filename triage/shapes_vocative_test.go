package triage

import "testing"

// TestRunOnOpensOnName: a run-on that opens on the reader's name with no
// comma ("Priya could you check … and also we need …") keeps its first
// ask, as it does after "hi Priya". A run-on whose first word is a
// statement's subject, not a name, is read as before.
func TestRunOnOpensOnName(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"could you check", "Priya could you check whether the van passed its MOT and also we need the fleet insurance renewed by March",
			[]string{"quick: could you check whether the van passed its MOT", "paid: we need the fleet insurance renewed by March"}},
		{"would you send", "Tomasz would you send over the signed lease and also I need the deposit schedule reworked for the new tenants",
			[]string{"quick: would you send over the signed lease", "paid: I need the deposit schedule reworked for the new tenants"}},
		{"can you book", "Marguerite can you book the tasting for Thursday and also we need a new menu costed before the launch",
			[]string{"paid: can you book the tasting for Thursday", "paid: we need a new menu costed before the launch"}},
		{"can u confirm", "Ollie can u confirm the scaffold comes down on Friday also we need the snagging list written up for the client",
			[]string{"quick: can u confirm the scaffold comes down on Friday", "paid: we need the snagging list written up for the client"}},
		{"can you confirm", "Sam can you confirm the delivery date and also we need the invoice redone before the audit",
			[]string{"quick: can you confirm the delivery date", "paid: we need the invoice redone before the audit"}},
		// Guards: a statement opens the run-on; "please" before "can you".
		{"guard: please can you", "Please can you confirm the driver's date of birth and any points on his licence so we can issue the cover note.",
			[]string{"quick: Please can you confirm the driver's date of birth and any points on his licence so we can issue the cover note."}},
		{"guard: statement first", "Yesterday the boiler stopped and can you send someone round to look at it this week please",
			[]string{"paid: Yesterday the boiler stopped and can you send someone round to look at it this week please"}},
	})
}

// TestVocativeRunOn: a run-on opened by the reader's name and "can you"
// ("dave can you …") reads the name as a greeting: the first ask is kept
// beside the ones after it.
func TestVocativeRunOn(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"gas cert", "dave can you send me the gas cert for the flat and do i need to give a copy to the tenant",
			[]string{"quick: can you send me the gas cert for the flat", "quick: do i need to give a copy to the tenant"}},
		{"a letter", "nina can you look at this letter from the council and tell me what it means do i have to reply",
			[]string{"paid: can you look at this letter from the council and tell me what it means", "quick: do i have to reply"}},
		{"could you", "jules could you check the rota for next week and when is the staff party",
			[]string{"paid: could you check the rota for next week", "quick: when is the staff party"}},
		{"would you", "marco would you sort the van tax and did the insurance go through",
			[]string{"paid: would you sort the van tax", "quick: did the insurance go through"}},
		{"can u", "priya can u send the renewal docs and do we need to sign them",
			[]string{"quick: can u send the renewal docs", "quick: do we need to sign them"}},
		{"guard: please can you", "please can you send me the invoice and when is it due",
			[]string{"quick: please can you send me the invoice", "quick: when is it due"}},
		{"guard: also can you", "also can you send the forms and when is the deadline",
			[]string{"quick: also can you send the forms", "quick: when is the deadline"}},
	})
}
