package triage

import "testing"

// TestOwnPersonHimself: a modal question whose doer works for themself
// ("could Tom fit the new shelves himself?") asks leave for the client's
// own person, quick, even when the work it names is a paid signal ("fit
// new", "replace"); the firm asked, or no reflexive, stays paid.
func TestOwnPersonHimself(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "Could Tom fit the new shelves himself?", Quick},
		{"en", "Can she replace the old taps herself?", Quick},
		{"en", "Could the caretaker service the boiler himself?", Quick},
		{"en", "Can the tenants repaint the bedroom themselves?", Quick},
		{"en", "Could our handyman fit a replacement lock himself?", Quick},
		// Guards: the firm asked, or no reflexive.
		{"en", "Could you fit the new shelves?", Paid},
		{"en", "Could Tom fit the new shelves on Friday?", Paid},
		{"en", "Can you fit our own shelves next week?", Paid},
	})
}
