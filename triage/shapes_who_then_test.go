package triage

import "testing"

// TestWhoThenVents: a who-question whose second act is a complaint mocks
// someone and asks nothing (shapes_who_degree.go, whoThenVents); a
// who-question about who does two steps, or put to the firm, asks.
func TestWhoThenVents(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"and then complains", "Who orders forty chairs and then complains they don't fit in the hall?", nil},
		{"and then moans", "Who books a 9am delivery and then moans that the driver woke them up?", nil},
		{"and then acts surprised", "Who signs a three-year lease and then acts surprised by the rent review?", nil},
		{"and then blames", "Who skips every site meeting and then blames the minutes for being wrong?", nil},
		{"and demands", "Who leaves the quote unopened for a month and demands the old price?", nil},
		{"guard: who does both steps", "Who signs the lease and then sends it to the bank?",
			[]string{"quick: Who signs the lease and then sends it to the bank?"}},
		{"guard: a complaint route", "Who complains to the council if the neighbour objects?",
			[]string{"quick: Who complains to the council if the neighbour objects?"}},
		{"guard: the firm addressed", "Who told you that and then expected us to pay?",
			[]string{"quick: Who told you that and then expected us to pay?"}},
	})
}
