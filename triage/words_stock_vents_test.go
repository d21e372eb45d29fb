package triage

import "testing"

// TestStockVents: stock exasperation and self-reproach put as questions
// ask the firm nothing (pleasantries, words.go), nor does wonder at time
// passing; a thing lost and asked after, and the plain questions the
// idioms resemble, still ask. Sentences written for this test.
func TestStockVents(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"what was I thinking", "What was I thinking, agreeing to host the quiz night?", nil},
		{"right mind", "Who in their right mind closes a road the week before Christmas?", nil},
		{"supposed to know", "How was I supposed to know the meter was in the neighbour's cellar?", nil},
		{"even start", "Where do I even start with this paperwork?", nil},
		{"would it kill them", "Would it kill them to put a sign on the door?", nil},
		{"made of money", "Do they think we're made of money over here?", nil},
		{"why me", "Why me?", nil},
		{"time passing", "Where did the autumn go?", nil},
		// Guards.
		{"guard: a lost thing", "Where has the spare fob gone, do you still have it?",
			[]string{"quick: Where has the spare fob gone, do you still have it?"}},
		{"guard: a lost thing alone", "Where did the signed lease go?",
			[]string{"quick: Where did the signed lease go?"}},
		{"guard: where do I start", "Where do I start with the new expenses form?",
			[]string{"quick: Where do I start with the new expenses form?"}},
		{"guard: why me, asked", "Why me rather than my business partner on the letter?",
			[]string{"quick: Why me rather than my business partner on the letter?"}},
	})
}
