package triage

import "testing"

// TestRecapRestatesAsk: a sentence opened by "so", "to recap", "in short",
// "again" … whose words repeat an ask made earlier in the message sums it
// up; it asks nothing new. A new ask after "so" still counts.
func TestRecapRestatesAsk(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"so, or not", "Is the Thursday slot at 2pm still open for the tasting? We'd bring four people.\n\nSo: Thursday at 2, still open or not?",
			[]string{"quick: Is the Thursday slot at 2pm still open for the tasting?"}},
		{"to recap", "Could you redraw the site plan with the new car park? The council wants it soon. To recap, can you redraw the site plan?",
			[]string{"paid: Could you redraw the site plan with the new car park?"}},
		{"in short", "Has the courier collected the sample boxes from our warehouse? Nobody here saw him. In short, have the sample boxes been collected?",
			[]string{"quick: Has the courier collected the sample boxes from our warehouse?"}},
		{"bottom line", "Will the reupholstered chairs be ready for collection by Friday? We open on Saturday. Bottom line: chairs ready by Friday?",
			[]string{"quick: Will the reupholstered chairs be ready for collection by Friday?"}},
		{"basically", "Can you confirm the piano tuning is booked for Monday morning? Basically, is Monday morning's tuning booked?",
			[]string{"quick: Can you confirm the piano tuning is booked for Monday morning?"}},
		// Guards: a new ask after "so", a repeat without a recap lead, a
		// recap that adds a new thing.
		{"guard: so with a new ask", "Can you confirm the boiler service date? So can you also send the invoice for March?",
			[]string{"quick: Can you confirm the boiler service date?", "quick: So can you also send the invoice for March?"}},
		{"guard: so adds two things", "Is the hall free on the 3rd? So could we book the hall and the kitchen for a wedding lunch?",
			[]string{"quick: Is the hall free on the 3rd?", "quick: So could we book the hall and the kitchen for a wedding lunch?"}},
	})
}
