package triage

import "testing"

// TestNeedsThingDone: someone of the client's needs a thing with a job
// done on it ("my husband needs his tax return done"): the need asks for
// the job (thingDoneNeeded, shapes_needs_done.go).
func TestNeedsThingDone(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"a statement proofread", "Also my daughter needs her personal statement proofread before the deadline.",
			[]string{"paid: Also my daughter needs her personal statement proofread before the deadline."}},
		{"a return done", "my husband needs his tax return done by january",
			[]string{"paid: my husband needs his tax return done by january"}},
		{"accounts drawn up", "also our treasurer needs the year-end accounts drawn up",
			[]string{"paid: also our treasurer needs the year-end accounts drawn up"}},
		{"a jacket altered", "My son needs his school blazer altered before September.",
			[]string{"paid: My son needs his school blazer altered before September."}},
		{"guard: a thing wanted, no job", "My son needs a new suit for the wedding.", nil},
		{"guard: a thing back", "My husband needs his car back by Friday.", nil},
		{"guard: someone else's signature", "The council needs the form signed by both of us.", nil},
	})
}
