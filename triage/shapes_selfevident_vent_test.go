package triage

import "testing"

// TestSelfEvidentVent: a difficulty held up in disbelief, a sigh at life
// before a thing and a "but who wants to…" shrug ask nothing; a plain
// question of difficulty or timing, a question put to the firm and an ask
// beside the vent still ask. Sentences written for the test (a garage, a
// nursery, a printer, a caterer, a kennel, a locksmith).
func TestSelfEvidentVent(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"so hard to", "Is it so hard to put the invoice number on the bill?", nil},
		{"honestly that difficult", "Honestly, is it really that difficult to answer the phone before ten?", nil},
		{"too much to expect", "Was it too much to expect the van to arrive on the day you promised?", nil},
		{"too much to ask", "Is it really too much to ask for a menu that matches the booking?", nil},
		{"how did we cope without", "How did we ever cope without the new ordering screen?", nil},
		{"how have I managed without", "How have I managed without a decent spare key all these years?", nil},
		{"but who wants to", "We thought about a winter open day, but who wants to walk dogs round a muddy field in January?", nil},
		{"but who would want", "The cheaper paper was an option, but who would want flyers that curl up in a week?", nil},
		{"guard: plain hard question", "Is it hard to change the locks on a uPVC door?",
			[]string{"Is it hard to change the locks on a uPVC door?"}},
		{"guard: too late", "Is it too late to add two more guests to the Saturday booking?",
			[]string{"Is it too late to add two more guests to the Saturday booking?"}},
		{"guard: how do you manage", "How do you manage the feeding schedule when the owners are away?",
			[]string{"How do you manage the feeding schedule when the owners are away?"}},
		{"guard: but who would you", "I'd like to book the van, but who would you send to collect the keys?",
			[]string{"I'd like to book the van, but who would you send to collect the keys?"}},
	}, askTextsInLanguage)
}
