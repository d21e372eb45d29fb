package triage

import "testing"

// TestPreferenceAdverbAsk: an adverb of preference before "you would/could
// <verb>" ("Ideally you'd send…", "Preferably you could…") is a polite
// request to the firm, as "Hopefully you can…" is; the same adverb before
// the client's own plan, or before a verb of a wish, asks nothing.
func TestPreferenceAdverbAsk(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"ideally you'd", "Ideally you'd run the payroll figures through the new template before the board meeting.",
			[]string{"paid: Ideally you'd run the payroll figures through the new template before the board meeting."}},
		{"ideally you could", "Ideally you could send me the signed engagement letter by Friday.",
			[]string{"quick: Ideally you could send me the signed engagement letter by Friday."}},
		{"preferably you would", "Preferably you would redesign the menu cards in the same style as the website.",
			[]string{"paid: Preferably you would redesign the menu cards in the same style as the website."}},
		{"ideally someone would", "Ideally someone would draft the tenancy notices for all four flats this week.",
			[]string{"paid: Ideally someone would draft the tenancy notices for all four flats this week."}},
		{"ideally, you'd", "Ideally, you'd confirm the delivery slot with the warehouse before Thursday.",
			[]string{"quick: Ideally, you'd confirm the delivery slot with the warehouse before Thursday."}},
		// Guards: the client's own plan, a wish, a verb that receives.
		{"guard: ideally we'd", "Ideally we'd move into the new unit before Easter.", nil},
		{"guard: ideally I would", "Ideally I would retire at sixty, but we'll see.", nil},
		{"guard: ideally you'd enjoy", "Ideally you'd enjoy the break as much as we will.", nil},
		{"guard: ideally it would", "Ideally it would all be finished by the summer.", nil},
	})
}
