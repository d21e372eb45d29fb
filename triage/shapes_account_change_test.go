package triage

import "testing"

// TestAccountChangeWish: a wish to freeze, pause, cancel or upgrade what
// the client holds with the firm asks the firm to do it; the verb with no
// held thing after it, or put as the client's own plan elsewhere, stays
// a wish. Sentences written for the test (a swimming club, a vegetable
// box scheme, a storage firm, a software licence, a language school, a
// wine club).
func TestAccountChangeWish(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"freeze my membership", "I'd like to freeze my swimming membership over the summer holidays.",
			[]string{"I'd like to freeze my swimming membership over the summer holidays."}},
		{"pause our deliveries", "We would like to pause our vegetable box deliveries while we're in Spain.",
			[]string{"We would like to pause our vegetable box deliveries while we're in Spain."}},
		{"cancel the unit", "I would like to cancel the second storage unit from the end of March.",
			[]string{"I would like to cancel the second storage unit from the end of March."}},
		{"upgrade our licence", "We'd like to upgrade our licence to the ten-seat plan before the new starters arrive.",
			[]string{"We'd like to upgrade our licence to the ten-seat plan before the new starters arrive."}},
		{"postpone my course", "I'd like to postpone my evening course until the autumn term.",
			[]string{"I'd like to postpone my evening course until the autumn term."}},
		{"suspend this month's case", "We'd like to suspend this month's wine case as we have plenty left.",
			[]string{"We'd like to suspend this month's wine case as we have plenty left."}},
		{"guard: no held thing", "I'd like to pause for a moment and thank the whole team.", nil},
		{"guard: plan elsewhere", "We're hoping to renew our vows next summer in Italy.", nil},
	}, askTextsInLanguage)
}
