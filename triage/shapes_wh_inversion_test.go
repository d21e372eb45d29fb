package triage

import "testing"

// TestWhInversion: an auxiliary after a wh-word and its noun phrase
// ("what sort of deposit would you need…") is the question's inversion,
// one ask, not a second ask starting in a run-on. Guards: a run-on whose
// first question has its own verb still splits at the next ask.
func TestWhInversion(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"what sort of", "What sort of deposit would you need for a marquee in August?",
			[]string{"quick: What sort of deposit would you need for a marquee in August?"}},
		{"and how many", "And how many coats of varnish would the new floor take?",
			[]string{"quick: And how many coats of varnish would the new floor take?"}},
		{"which day", "Which day of the week would your driver come round to us?",
			[]string{"quick: Which day of the week would your driver come round to us?"}},
		{"what kind of notice", "What kind of notice would the landlord want before the inspection?",
			[]string{"quick: What kind of notice would the landlord want before the inspection?"}},
		{"how much water pressure", "So how much water pressure does the new shower pump need?",
			[]string{"quick: So how much water pressure does the new shower pump need?"}},
		// Guards: a run-on of two asks still splits.
		{"guard: whats then can you", "hi whats the price of the oak table can you send the delivery form too",
			[]string{"quick: whats the price of the oak table", "quick: can you send the delivery form too"}},
		{"guard: joined by and", "what time do you open on saturday and can you check the tyre pressure then",
			[]string{"quick: what time do you open on saturday", "paid: can you check the tyre pressure"}},
	})
}
