package triage

import "testing"

// TestSizedLook: a look sized by an adjective ("a quick look", "a closer
// look") is the review "have a look" asks for (words_kind_sized_look.go).
// Whether the firm has had the look, and when it can, are a status and
// a date. Sentences written for the test.
func TestSizedLook(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "Could you have a quick look at it and let me know what you think?", Paid},
		{"en", "Can you take a quick look at them and tell me which ones are wrong?", Paid},
		{"en", "Would you take a closer look at it and tell me if the figures hold up?", Paid},
		{"en", "Could you have a quick look?", Paid},
		{"en", "Would you have a proper look at them and tell me which to chase?", Paid},
		{"en guard: a status", "Did you get a chance to look at it?", Quick},
		{"en guard: a status, plural", "Have you had a chance to look at them yet?", Quick},
		{"en guard: a status, sized", "Did you have a quick look at the photos I sent?", Quick},
		{"en guard: a date", "When will you be able to look at it?", Quick},
		{"en guard: the client's look", "Should I look at it again before Friday?", Quick},
		{"en guard: when the firm can look", "Can you tell me whether you'd be able to look at them before the holidays?", Quick},
	})
}
