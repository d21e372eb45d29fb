package triage

import "testing"

// TestFigureStillHolds: whether a published figure still holds is a fact
// (quick), even when it names a rule-like thing (an exemption, an
// allowance, a threshold); what the rule allows the client stays research.
func TestFigureStillHolds(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "Is the VAT registration threshold still £90,000?", Quick},
		{"en", "Is the annual gift exemption still 3,000 per person?", Quick},
		{"en", "Is the capital gains allowance still £3,000 a year?", Quick},
		{"en", "Are the late filing penalties still £100?", Quick},
		{"en", "Is the trading allowance still 1,000 each?", Quick},
		// Guards: what the rule allows, or a figure in a longer question.
		{"en", "Are we still eligible for the small business rate relief?", Paid},
		{"en", "Is the exemption still 3,000 if we gave the money to a trust set up for the grandchildren?", Paid},
	})
}
