package triage

import "testing"

// TestGivenLook: a look given to the client's thing ("give it a quick
// look", "give the boiler a proper look") is the review "have a quick
// look" asks for (words_kind_sized_look.go); giving the client a call, a
// quote or a ring is not a look, and asking whether a look was given is a
// status.
func TestGivenLook(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"give the boiler a quick look", "Could you give the boiler a quick look when you're next here?",
			[]string{"paid: Could you give the boiler a quick look when you're next here?"}},
		{"give it a look and true it", "Can you give my back wheel a look and true it?",
			[]string{"paid: Can you give my back wheel a look and true it?"}},
		{"give it a quick look and tune it", "Could you give it a quick look and tune it while I wait?",
			[]string{"paid: Could you give it a quick look and tune it while I wait?"}},
		{"the once-over", "Would you give the website the once-over before it goes live?",
			[]string{"paid: Would you give the website the once-over before it goes live?"}},
		// Guards: a call or a ring given, a look given already.
		{"give me a call", "Can you give me a call this afternoon?",
			[]string{"quick: Can you give me a call this afternoon?"}},
		{"did you give it a look", "Did you get a chance to give it a look yet?",
			[]string{"quick: Did you get a chance to give it a look yet?"}},
	})
}
