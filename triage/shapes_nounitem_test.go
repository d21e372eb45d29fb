package triage

import "testing"

// TestNounItemWithClause: under an introduction of things wanted from the
// firm, an item naming a thing with a relative clause ("the date you can
// …") or a long made thing ("a revised … reflecting …") is an ask; an
// item that says something is not.
func TestNounItemWithClause(t *testing.T) {
	intro := "Before the launch, could you send us the following:\n\n"
	runShapeCases(t, []shapeCase{
		{"relative clause: the time you can", intro + "1. The time you can start the rehearsal on Friday\n2. A copy of the running order",
			[]string{"quick: The time you can start the rehearsal on Friday", "quick: A copy of the running order"}},
		{"relative clause: the person we should ask for", intro + "- The name of the person we should ask for at reception\n- Your deposit terms",
			[]string{"quick: The name of the person we should ask for at reception", "quick: Your deposit terms"}},
		{"relative clause: the day they will deliver", intro + "1. The day they will deliver the marquee\n2. Your opening hours over Easter",
			[]string{"quick: The day they will deliver the marquee", "quick: Your opening hours over Easter"}},
		{"long made item: revised menu", intro + "1. A revised menu reflecting the two vegan courses and the later start for the children's sitting\n2. The final head count you have",
			[]string{"paid: A revised menu reflecting the two vegan courses and the later start for the children's sitting", "quick: The final head count you have"}},
		{"long made item: new floor plan", intro + "- A new floor plan showing the moved partition, the second kitchenette and both fire exits on level two\n- Your invoice for October",
			[]string{"paid: A new floor plan showing the moved partition, the second kitchenette and both fire exits on level two", "quick: Your invoice for October"}},
		// Guards: items that say something.
		{"guard: a statement with its own subject", intro + "1. The printer we bought is already broken\n2. A copy of the warranty",
			[]string{"quick: A copy of the warranty"}},
		{"guard: a pronoun-led statement", intro + "- We can send the photos on Monday\n- The signed contract",
			[]string{"quick: The signed contract"}},
		{"guard: long item with no made thing", "Some notes from the site:\n\n1. The old boiler in the plant room at the back of the east wing was leaking again on Tuesday morning\n2. The keys are with the caretaker",
			nil},
	})
}
