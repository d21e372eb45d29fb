package triage

import "testing"

// TestExistentialRunOn: "is there …", "are there …" open an ask in a
// run-on after a greeting, a joiner or another question
// (existentialOpens, existentialStart, shapes_existential.go).
func TestExistentialRunOn(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"after another question", "hiya do you sell gift cards are there any left for christmas",
			[]string{"quick: do you sell gift cards", "quick: are there any left for christmas"}},
		{"after a greeting", "hey is there a parking space at the office and r the keys with reception cant remember",
			[]string{"quick: is there a parking space at the office", "quick: r the keys with reception cant remember"}},
		{"a minimum asked", "morning do you take card payments is there a minimum spend thanks",
			[]string{"quick: do you take card payments", "quick: is there a minimum spend"}},
		{"guard: a subject completed", "the trouble is there are no spaces left can you add us to the waiting list",
			[]string{"quick: can you add us to the waiting list"}},
		{"guard: an indirect question", "can you tell me if there is parking near the church",
			[]string{"quick: can you tell me if there is parking near the church"}},
		{"guard: an alternative", "would it count as income or is there a relief for it",
			[]string{"paid: would it count as income or is there a relief for it"}},
	})
}
