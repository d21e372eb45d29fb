package triage

import "testing"

// TestNoNeedToAnswer: a question the client settles in the next sentence,
// which ends "so no need to answer that (one)", is not asked, and the
// settling sentence asks nothing either. Sentences written for the test
// (a mower repairer, a dance studio, a stove fitter, a locksmith); guards:
// a waived reply to the mail beside an ask, an object of its own.
func TestNoNeedToAnswer(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"so no need to answer that one",
			"Do you stock drive belts for the Bosch mower? Found it on your price list, so no need to answer that one. Please fit a new belt when it comes in.",
			[]string{"Please fit a new belt when it comes in."}},
		{"so no need to reply to that",
			"Is the studio open on Boxing Day? The poster in the window says it is, so no need to reply to that. Can you book Ava into the January tap course?",
			[]string{"Can you book Ava into the January tap course?"}},
		{"so no need to answer it",
			"Does the flue need sweeping before the stove goes in? The installer told me it does, so no need to answer it. When could you come and sweep it?",
			[]string{"When could you come and sweep it?"}},
		{"guard: reply to the mail waived", "Could you post the spare keys back to the office, no need to reply to this.",
			[]string{"Could you post the spare keys back to the office, no need to reply to this."}},
		{"guard: an object of its own", "No need to answer the survey they sent, but could you confirm the Friday lock change?",
			[]string{"No need to answer the survey they sent, but could you confirm the Friday lock change?"}},
	}, askTextsInLanguage)
}
