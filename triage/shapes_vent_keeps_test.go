package triage

import "testing"

// TestWhyKeepsHappeningVents: a why-question that a contentless event
// ("happening", "going wrong") keeps recurring complains; a named event
// or a thing kept asks for a cause or a reason.
func TestWhyKeepsHappeningVents(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"keeps happening", "The scaffolders blocked our drive again. Why does this keep happening? Please confirm they will be gone by Friday.",
			[]string{"quick: Please confirm they will be gone by Friday."}},
		{"keep on happening", "Why do these delays keep on happening? Can you tell me when the parts will arrive?",
			[]string{"quick: Can you tell me when the parts will arrive?"}},
		{"keeps going wrong", "Why does the booking system keep going wrong? Let me know when the fix is in.",
			[]string{"quick: Let me know when the fix is in."}},
		{"kept happening", "Why has this kept happening all year? Please send me the incident log.",
			[]string{"quick: Please send me the incident log."}},
		{"keeps occurring", "Why does it keep occurring after every update? Can we book a call?",
			[]string{"quick: Can we book a call?"}},
		// Guards: a named event or a thing kept is asked about.
		{"a named event asks for a cause", "Why does the card reader keep rejecting contactless payments?",
			[]string{"quick: Why does the card reader keep rejecting contactless payments?"}},
		{"a thing kept asks for a reason", "Why do you keep copies of our passports?",
			[]string{"quick: Why do you keep copies of our passports?"}},
	})
}
