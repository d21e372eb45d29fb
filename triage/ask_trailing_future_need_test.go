package triage

import "testing"

// TestTrailingFutureNeed: a last clause "we'll need <a thing> …" after a
// reason names what the client needs done, so it is not dropped as the
// client's own plan ("…, i'll send the file tonight"). A need to act
// oneself ("we'll need to think") and a need of a pronoun stay dropped.
// Sentences written for the test (a boat-trip operator, a model maker, a
// beekeeper, a stage designer).
func TestTrailingFutureNeed(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"reason then we'll need the thing done", "Because the quay is being rebuilt, we'll need the boarding plan redrawn for the west steps.",
			[]string{"paid: Because the quay is being rebuilt, we'll need the boarding plan redrawn for the west steps."}},
		{"reason then we will need", "As the layout has grown by two metres, we will need a new baseboard built for the model railway.",
			[]string{"paid: As the layout has grown by two metres, we will need a new baseboard built for the model railway."}},
		{"guard: the client's own act", "Could you send the hive inspection notes, I'll send the swarm photos tonight.",
			[]string{"quick: Could you send the hive inspection notes"}},
		{"guard: need to act oneself", "The scenery flats arrived on Tuesday, we'll need to think about storage later.",
			nil},
		{"guard: need of a pronoun", "Could you resend the mooring invoice, we'll need it for the club accounts.",
			[]string{"quick: Could you resend the mooring invoice"}},
	})
}
