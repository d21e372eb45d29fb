package triage

import "testing"

// TestConditionalBooking: a booking asked on condition of a yes to a
// question about work ("… ? If so, please book us in") is the request for
// that work, and the question is a yes-no (shapes_conditional_booking.go).
// A booking after a question about a slot, another ask after "if so", and
// a booking after "if not" stay as they are. Sentences written for the
// test.
func TestConditionalBooking(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"teach a course then book us in", "Would you be able to teach a refresher course for our drivers in spring? If so, please book us in for the 14th of April.",
			[]string{"quick: Would you be able to teach a refresher course for our drivers in spring?", "paid: If so, please book us in for the 14th of April."}},
		{"service the boilers then book it in", "Could you service both boilers before the end of October? If so, please book it in for the first week.",
			[]string{"quick: Could you service both boilers before the end of October?", "paid: If so, please book it in for the first week."}},
		{"fit a lock then book it in", "Could you fit a new lock on the back door? If so please book it in for Tuesday.",
			[]string{"quick: Could you fit a new lock on the back door?", "paid: If so please book it in for Tuesday."}},
		{"tune the pianos then could you book us in", "Are you able to tune both pianos in the school hall? If so, could you book us in for half term?",
			[]string{"quick: Are you able to tune both pianos in the school hall?", "paid: If so, could you book us in for half term?"}},
		{"lead a workshop then reserve it", "Could you lead a photography workshop for the youth club? If yes, please reserve it for the last Saturday in June.",
			[]string{"quick: Could you lead a photography workshop for the youth club?", "paid: If yes, please reserve it for the last Saturday in June."}},
		{"guard: a slot asked about", "Do you have a slot on Tuesday? If so, please book me in.",
			[]string{"quick: Do you have a slot on Tuesday?", "quick: If so, please book me in."}},
		{"guard: another ask after if so", "Can you redo the spreadsheet with the new figures? If so, could you send it back by Friday?",
			[]string{"paid: Can you redo the spreadsheet with the new figures?", "quick: If so, could you send it back by Friday?"}},
		{"guard: a call booked if not", "Could you prepare the accounts by March? If not, please book us in for a call.",
			[]string{"paid: Could you prepare the accounts by March?", "quick: If not, please book us in for a call."}},
		{"guard: opening hours then a place in a class", "Is the studio open on bank holidays? If so, please book me in for the Monday class.",
			[]string{"quick: Is the studio open on bank holidays?", "quick: If so, please book me in for the Monday class."}},
	})
}
