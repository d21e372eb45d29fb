package triage

import "testing"

// TestNounItemClosingClause: a wanted list item whose thing is followed by
// a clause of time or purpose with its own subject ("… before we sign",
// "… so we can compare") is still the name of a thing: the clause does
// not count against the noun length (shapes_nounitem.go). Items that say
// something, however long, stay statements. Items written for the test.
func TestNounItemClosingClause(t *testing.T) {
	intro := "For the move next month we need:\n\n"
	runShapeCases(t, []shapeCase{
		{"before we", intro + "- a complete condition report of the ground floor and the yard before we hand back the keys\n- your invoice for October",
			[]string{"paid: a complete condition report of the ground floor and the yard before we hand back the keys", "quick: your invoice for October"}},
		{"before we, numbered", intro + "1. a written report on the damp in the cellar and both bedrooms before we exchange\n2. your opening hours over Easter",
			[]string{"paid: a written report on the damp in the cellar and both bedrooms before we exchange", "quick: your opening hours over Easter"}},
		{"once they", intro + "- an updated wiring diagram for the workshop and the two offices upstairs once they finish\n- the name of your site contact",
			[]string{"paid: an updated wiring diagram for the workshop and the two offices upstairs once they finish", "quick: the name of your site contact"}},
		{"after they", intro + "1. an asbestos survey of the two flats on the top floor after they leave\n2. the date of your next visit",
			[]string{"paid: an asbestos survey of the two flats on the top floor after they leave", "quick: the date of your next visit"}},
		{"when we", intro + "- an updated price list for all of the spring and summer menus when we reopen\n- a copy of your insurance certificate",
			[]string{"paid: an updated price list for all of the spring and summer menus when we reopen", "quick: a copy of your insurance certificate"}},
		// Guards: long items that say something.
		{"guard: a long statement", "Some notes from the site:\n\n1. The old boiler in the plant room at the back of the east wing was leaking again before we left\n2. The keys are with the caretaker",
			nil},
		{"guard: a long item with no clause", "Some notes from the site:\n\n- the gutter above the back door of the second unit along the lane by the church\n- the keys are with the caretaker",
			nil},
	})
}
