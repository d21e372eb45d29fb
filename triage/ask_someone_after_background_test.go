package triage

import "testing"

// TestSomeoneAfterBackground: after a long statement, "can someone…?" or
// "did anyone…?" put to the firm's people opens the ask, which is quoted
// from there as "…, could you…?" is. After a short statement the two stay
// together. Sentences written for the test (a ventilation fitter, a
// printer's counter, a boat yard).
func TestSomeoneAfterBackground(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"could someone after a long statement", "The extractor in the upstairs bathroom has started rattling again whenever the shower runs for more than a minute, could someone come and look at it this week?",
			[]string{"could someone come and look at it this week?"}},
		{"did anyone after a long statement", "I asked at the counter on Tuesday and they said the proofs had gone out, but nobody at our office has seen them, did anyone actually post them?",
			[]string{"did anyone actually post them?"}},
		{"guard: short statement", "The slipway gate was left open again, can someone lock it?",
			[]string{"The slipway gate was left open again, can someone lock it?"}},
	}, askTextsInLanguage)
}
