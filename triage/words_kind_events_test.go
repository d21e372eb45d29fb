package triage

import "testing"

// TestOrganisingAnOccasion: putting on an occasion for the client is
// paid, also with the price for it asked after "and"; whether the firm
// puts such things on, arranging a call, and a status stay quick
// (words_kind_events.go). Sentences written for the test.
func TestOrganisingAnOccasion(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"organise with a price after", "Could you organise a guided brewery tour and a picnic lunch for our team in June, and send us a price?",
			[]string{"paid: Could you organise a guided brewery tour and a picnic lunch for our team in June, and send us a price?"}},
		{"arrange a party with a quote after", "Can you arrange a retirement party for Ken at the clubhouse and give me a quote?",
			[]string{"paid: Can you arrange a retirement party for Ken at the clubhouse and give me a quote?"}},
		{"host a launch", "Would you host a book launch for our new title in the shop?",
			[]string{"paid: Would you host a book launch for our new title in the shop?"}},
		{"plan a trip", "Please plan a three-day trip to the Lakes for our walking club.",
			[]string{"paid: Please plan a three-day trip to the Lakes for our walking club."}},
		{"run a workshop with a price", "Could you run a pottery workshop for twelve children and send us a price?",
			[]string{"paid: Could you run a pottery workshop for twelve children and send us a price?"}},
		{"guard: whether the firm runs them", "Do you run tours of the brewery at weekends?",
			[]string{"quick: Do you run tours of the brewery at weekends?"}},
		{"guard: arranging a call", "Could you arrange a call with the site manager for Tuesday?",
			[]string{"quick: Could you arrange a call with the site manager for Tuesday?"}},
		{"guard: a price alone", "Could you send us a price for twelve bottles of the house red?",
			[]string{"quick: Could you send us a price for twelve bottles of the house red?"}},
		{"guard: status of an occasion", "Has the tasting on Friday been confirmed yet?",
			[]string{"quick: Has the tasting on Friday been confirmed yet?"}},
	})
}

// TestTeachingAClass: teaching a class for the client is paid; whether
// the firm runs classes, joining one, when one runs, and a class's times
// or the class given something stay quick (words_kind_events.go).
// Sentences written for the test.
func TestTeachingAClass(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"give a two-hour lesson", "Could you give a two-hour lesson to our new starters on the till system?",
			[]string{"paid: Could you give a two-hour lesson to our new starters on the till system?"}},
		{"give a lesson on pruning", "Could you give a lesson on pruning to the allotment volunteers?",
			[]string{"paid: Could you give a lesson on pruning to the allotment volunteers?"}},
		{"give a group lesson", "Can you give a group lesson to the under-twelves before the tournament?",
			[]string{"paid: Can you give a group lesson to the under-twelves before the tournament?"}},
		{"run a one-to-one lesson", "Is your coach able to run a one-to-one lesson with our goalkeeper?",
			[]string{"paid: Is your coach able to run a one-to-one lesson with our goalkeeper?"}},
		{"host a lunchtime class", "Would your studio be able to host a lunchtime class for the surgery staff?",
			[]string{"paid: Would your studio be able to host a lunchtime class for the surgery staff?"}},
		{"give a staff class", "Would you be able to give a staff class on safe lifting at the depot?",
			[]string{"paid: Would you be able to give a staff class on safe lifting at the depot?"}},
		{"already work: lead a refresher course", "Can you lead a refresher course on manual handling for the warehouse team?",
			[]string{"paid: Can you lead a refresher course on manual handling for the warehouse team?"}},
		{"guard: whether the firm runs classes", "Do you run classes on Sundays?",
			[]string{"quick: Do you run classes on Sundays?"}},
		{"guard: whether the firm runs private ones", "Do you run private classes for children?",
			[]string{"quick: Do you run private classes for children?"}},
		{"guard: a class running", "Is the Thursday class running next week?",
			[]string{"quick: Is the Thursday class running next week?"}},
		{"guard: joining a class", "Can I take a class on Saturday morning?",
			[]string{"quick: Can I take a class on Saturday morning?"}},
		{"guard: a class's times", "Could you give the class times to my wife?",
			[]string{"quick: Could you give the class times to my wife?"}},
		{"guard: the class given a reminder", "Could you give the class a reminder about parking?",
			[]string{"quick: Could you give the class a reminder about parking?"}},
		{"guard: when a course runs", "When does the next course run?",
			[]string{"quick: When does the next course run?"}},
	})
}
