package triage

import "testing"

// TestRunOnStrandedNeed: in a run-on, "we need" or "i need" with a thing
// right after a preposition that ends the clause before opens a second
// ask; "i need to…" and "than we need" do not. Sentences written for
// this test.
func TestRunOnStrandedNeed(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"was for", "please remind me what the second deposit was for we need a copy of the receipt for our records",
			[]string{"quick: please remind me what the second deposit was for", "quick: we need a copy of the receipt for our records"}},
		{"booked in for", "can you tell me which day the boiler service is booked in for i need the tracking number for the new valve",
			[]string{"quick: can you tell me which day the boiler service is booked in for", "quick: i need the tracking number for the new valve"}},
		{"talking about", "let me know which invoice the council was talking about we need the fence posts replaced along the back",
			[]string{"quick: let me know which invoice the council was talking about", "paid: we need the fence posts replaced along the back"}},
		// Guards: the client's own act; a comparison.
		{"guard: need to", "can you tell me which room the party is in i need to bring the cake",
			[]string{"quick: can you tell me which room the party is in i need to bring the cake"}},
		{"guard: than we need", "can you check whether we ordered more chairs than we need for the dinner",
			[]string{"quick: can you check whether we ordered more chairs than we need for the dinner"}},
	})
}
