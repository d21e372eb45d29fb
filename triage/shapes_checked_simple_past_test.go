package triage

import "testing"

// TestCheckedSimplePast: checking that a thing arrived or a third party
// acted, told in the simple past without "that", is a status
// (shapes.go, simplePastStatus).
func TestCheckedSimplePast(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"arrived", "Could you check the replacement key fob arrived at your office?",
			[]string{"quick: Could you check the replacement key fob arrived at your office?"}},
		{"went through", "Can you check the direct debit went through this morning?",
			[]string{"quick: Can you check the direct debit went through this morning?"}},
		{"delivered", "Please check the courier delivered the signed lease to the agents.",
			[]string{"quick: Please check the courier delivered the signed lease to the agents."}},
		{"released", "Could you check the council released the grant instalment?",
			[]string{"quick: Could you check the council released the grant instalment?"}},
		{"bounced", "Can you check the rent reminder bounced?",
			[]string{"quick: Can you check the rent reminder bounced?"}},
		{"guard: a relative clause", "Could you check the invoices that came in from the branch against the ledger?",
			[]string{"paid: Could you check the invoices that came in from the branch against the ledger?"}},
		{"guard: a review", "Could you check the stock figures against the till reports?",
			[]string{"paid: Could you check the stock figures against the till reports?"}},
		{"guard: figures right", "Can you check the payroll totals are right for December?",
			[]string{"paid: Can you check the payroll totals are right for December?"}},
	})
}
