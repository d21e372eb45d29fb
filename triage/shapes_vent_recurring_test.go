package triage

import "testing"

// TestWhyEveryPeriodVents: "why is it that every January…", "why does
// each winter…": a why-question opening on a recurring period complains
// and asks nothing; the request after it asks. A period named later in
// the question ("…a fee every month…") is when a thing happens, and the
// question asks why.
func TestWhyEveryPeriodVents(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"every January", "Why is it that every January we get caught out by the rate changes? Could you send the new rates?",
			[]string{"quick: Could you send the new rates?"}},
		{"every spring", "Why is it that every spring the gutters overflow? Can you book the cleaner?",
			[]string{"paid: Can you book the cleaner?"}},
		{"each winter", "Why does each winter bring the same damp in the cellar? Please send someone round.",
			[]string{"paid: Please send someone round."}},
		{"every Monday", "Why, every Monday, does the alarm go off at six? Could you check the settings?",
			[]string{"paid: Could you check the settings?"}},
		{"every quarter", "Why is it that every quarter the VAT figures arrive late? Please chase the bookkeeper.",
			[]string{"paid: Please chase the bookkeeper."}},
		// Guards: the period far from the why-word; a month as a name.
		{"guard: a fee every month", "Why do we pay a fee every month on this account? Please send the statement.",
			[]string{"quick: Why do we pay a fee every month on this account?", "quick: Please send the statement."}},
		{"guard: the January invoice", "Why is the January invoice higher than December's?",
			[]string{"quick: Why is the January invoice higher than December's?"}},
	})
}
