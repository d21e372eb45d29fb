package triage

import "testing"

// TestFirmViewWanted: "keen to get/have/hear your view (thoughts, advice
// …) on …" and "would welcome your thoughts on …" ask for the firm's
// view, as "keen to hear your thoughts" did; being keen on one's own
// plan asks nothing.
func TestFirmViewWanted(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"get your view", "Keen to get your view on the new pricing model before the board meets.",
			[]string{"paid: Keen to get your view on the new pricing model before the board meets."}},
		{"have your advice", "We're keen to have your advice on splitting the business into two companies.",
			[]string{"paid: We're keen to have your advice on splitting the business into two companies."}},
		{"hear your opinion", "I'm keen to hear your opinion on leasing versus buying the new kiln.",
			[]string{"paid: I'm keen to hear your opinion on leasing versus buying the new kiln."}},
		{"welcome your thoughts", "I would welcome your thoughts on the draft partnership agreement.",
			[]string{"paid: I would welcome your thoughts on the draft partnership agreement."}},
		{"welcome your comments", "We'd welcome your comments on the revised tender before Friday.",
			[]string{"paid: We'd welcome your comments on the revised tender before Friday."}},
		// Guards: the client's own keenness.
		{"guard: own plan", "We're keen to get the new shop open before Easter.", nil},
		{"guard: welcome news", "We welcome the news that the grant was approved.", nil},
	})
}
