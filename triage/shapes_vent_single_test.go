package triage

import "testing"

// TestEverySingleVent: a why-question stressed with "every single …" and
// a who-question about "such a thing" or "a thing like that" complain
// (everyRecurs, whoGeneric); the same questions without the stress ask.
// Sentences written for this test.
func TestEverySingleVent(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"every single year", "Why does the bank move the statement date every single year?", nil},
		{"every single month", "Why do the meter readings go missing every single month?", nil},
		{"such a thing", "Who would leave such a thing in a client's hallway?", nil},
		{"a thing like that", "Who would paint a thing like that on a listed wall?", nil},
		// Guards: a plain period asks why; who is asked to act.
		{"guard: every month", "Why do we pay a service fee every month?",
			[]string{"quick: Why do we pay a service fee every month?"}},
		{"guard: who does the job", "Who should I send the signed form to?",
			[]string{"quick: Who should I send the signed form to?"}},
	})
}
