package triage

import "testing"

// TestExpectedFix: the client's demand that a thing the firm handled be
// put right, put as what they expect, asks for it; a forecast, a thing
// not pointed back at and a negated expectation stay statements.
// Sentences written for the test (a dry cleaner, a glazier, a courier, a
// printer, a car body shop).
func TestExpectedFix(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"put right", "I expect it to be put right before the weekend.",
			[]string{"I expect it to be put right before the weekend."}},
		{"replaced free", "We expect them to be replaced free of charge, as the seals failed within a month.",
			[]string{"We expect them to be replaced free of charge, as the seals failed within a month."}},
		{"refunded", "I fully expect this to be refunded in full.",
			[]string{"I fully expect this to be refunded in full."}},
		{"redone", "We expect these to be redone on the heavier card we ordered.",
			[]string{"We expect these to be redone on the heavier card we ordered."}},
		{"sorted by Monday", "I expect it to be sorted by Monday without another charge.",
			[]string{"I expect it to be sorted by Monday without another charge."}},
		{"guard: forecast", "We expect it to be completed in May once the searches are back.", nil},
		{"guard: no pointing back", "I expect the parcel to be delayed over Christmas.", nil},
		{"guard: own past", "I didn't expect it to be fixed so quickly.", nil},
	}, askTextsInLanguage)
}
