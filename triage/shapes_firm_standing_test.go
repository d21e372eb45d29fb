package triage

import "testing"

// TestFirmsOwnStanding: a rule word asked of the firm's own service ("are
// your treatments covered by…", "is your work approved…") is a fact the
// firm knows, quick; the client's own case stays research.
func TestFirmsOwnStanding(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "Are your massages covered by Vitality health insurance?", Quick},
		{"en", "Is your installation work compliant with Part P?", Quick},
		{"en", "Are your lessons eligible for the council's learning grant?", Quick},
		{"en", "Is your training accepted by the NHS trusts?", Quick},
		{"en", "Are your interpreters covered by professional indemnity insurance?", Quick},
		// Guards: the client's own case, or no "your" subject.
		{"en", "Is my knee treatment covered by my insurance policy?", Paid},
		{"en", "Are we eligible for the council's learning grant?", Paid},
		{"en", "Would our extension need planning permission?", Paid},
	})
}
