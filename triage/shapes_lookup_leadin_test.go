package triage

import "testing"

// TestLookupLeadInJoinsOneAsk: "check your diary and find out whether…",
// "check the portal and confirm…": looking in a record is the step that
// leads to the ask after "and", one quick ask, not a check of its own.
// "…and also…" adds an ask; a document checked is not a record looked in.
func TestLookupLeadInJoinsOneAsk(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"account find out", "Could you check your account and find out if the refund has gone through?",
			[]string{"quick: Could you check your account and find out if the refund has gone through?"}},
		{"portal confirm", "Can you check the portal and confirm whether our claim was submitted?",
			[]string{"quick: Can you check the portal and confirm whether our claim was submitted?"}},
		{"database find out", "Could you check the database and find out when our licence expires?",
			[]string{"quick: Could you check the database and find out when our licence expires?"}},
		{"diary confirm", "Please check your diary and confirm the time of the fitting.",
			[]string{"quick: Please check your diary and confirm the time of the fitting."}},
		{"records confirm", "Please check your records and confirm when the lift was last inspected.",
			[]string{"quick: Please check your records and confirm when the lift was last inspected."}},
		// Guards: "also" adds an ask; a contract checked is a review.
		{"guard also", "Could you check your diary and also send me the revised floor plans?",
			[]string{"quick: Could you check your diary", "quick: also send me the revised floor plans?"}},
		{"guard contract", "Could you check the contract and tell me what our notice period is?",
			[]string{"paid: Could you check the contract and tell me what our notice period is?"}},
	})
}
