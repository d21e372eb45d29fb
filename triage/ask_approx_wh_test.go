package triage

import "testing"

// TestAskApproxWh: a wh-question softened by "roughly", "approximately",
// "around" or "about" before its wh-word, after a discourse marker, keeps
// its opening (and with it its kind) instead of starting at the
// auxiliary. Statements with the same words are not asks. Sentences
// written for the test.
func TestAskApproxWh(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"and roughly what time", "And roughly what time will the electrician arrive tomorrow?",
			[]string{"quick: And roughly what time will the electrician arrive tomorrow?"}},
		{"and approximately when", "And approximately when will the boiler part come in?",
			[]string{"quick: And approximately when will the boiler part come in?"}},
		{"also roughly what time", "Also roughly what time should we leave the gate open?",
			[]string{"quick: Also roughly what time should we leave the gate open?"}},
		{"and about what time", "And about what time does the courier usually come by?",
			[]string{"quick: And about what time does the courier usually come by?"}},
		{"plus roughly how long", "Plus roughly how long is the drive from your yard to the farm?",
			[]string{"quick: Plus roughly how long is the drive from your yard to the farm?"}},
		{"and roughly what time will you", "And roughly what time will you get to the farm on Monday?",
			[]string{"quick: And roughly what time will you get to the farm on Monday?"}},
		{"so approximately how long will you", "Also approximately how long will you need the meeting room for?",
			[]string{"quick: Also approximately how long will you need the meeting room for?"}},
		// Guards: the words in a statement, or no wh-question after them;
		// a run-on whose second ask follows a statement still splits.
		{"guard: run-on after a statement", "the gate code changed last week what time can you come round tomorrow",
			[]string{"quick: what time can you come round tomorrow"}},
		{"guard: about what you said", "Thanks for the note about what the council said.", nil},
		{"guard: roughly the same", "And roughly the same happened last year.", nil},
	})
}
