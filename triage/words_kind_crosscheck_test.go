package triage

import "testing"

// TestCrossCheckIsWork: checking whether two sets of records overlap,
// duplicate each other or tally is a reconciliation, paid; checking
// whether one thing happened, or whether a meeting clashes, stays quick.
func TestCrossCheckIsWork(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"funds overlap", "Could you check whether any of these funds overlap with my pension?",
			[]string{"paid: Could you check whether any of these funds overlap with my pension?"}},
		{"stock tallies", "Could you check whether the stock count tallies with the till reports?",
			[]string{"paid: Could you check whether the stock count tallies with the till reports?"}},
		{"suppliers duplicate", "Can you see if the new suppliers duplicate ones we already pay?",
			[]string{"paid: Can you see if the new suppliers duplicate ones we already pay?"}},
		{"cover overlaps", "Could you check if our cover overlaps with the landlord's policy?",
			[]string{"paid: Could you check if our cover overlaps with the landlord's policy?"}},
		{"timesheets reconcile", "Can you check whether the agency timesheets reconcile with their invoices?",
			[]string{"paid: Can you check whether the agency timesheets reconcile with their invoices?"}},
		{"guard: one payment", "Can you check whether the payment has gone through?",
			[]string{"quick: Can you check whether the payment has gone through?"}},
		{"guard: a meeting clash", "Could you check whether the site meeting clashes with the school run?",
			[]string{"quick: Could you check whether the site meeting clashes with the school run?"}},
	})
}
