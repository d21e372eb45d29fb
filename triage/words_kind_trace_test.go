package triage

import "testing"

// TestTracing: asking the firm to trace or track down a person or a thing
// is research; whether it has been found is a status.
func TestTracing(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"trace an address and confirm it", "We'd like you to trace the former director's home address and confirm it in writing.",
			[]string{"paid: We'd like you to trace the former director's home address and confirm it in writing."}},
		{"track down an owner", "Can you track down the previous owner of the boundary wall?",
			[]string{"paid: Can you track down the previous owner of the boundary wall?"}},
		{"locate a document", "Please locate the original conveyance for the garden strip.",
			[]string{"paid: Please locate the original conveyance for the garden strip."}},
		// Guards: a status of the search, and "located" as a place.
		{"guard: did you trace", "Did you manage to trace him in the end?",
			[]string{"quick: Did you manage to trace him in the end?"}},
		{"guard: where located", "Where is your new workshop located?",
			[]string{"quick: Where is your new workshop located?"}},
	})
}
