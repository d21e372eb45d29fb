package triage

import "testing"

// TestCoverReach: whether an insurance cover reaches a case, or is high
// enough, is read from the wording (rule words, paid); a price or a
// refund "covering" a cost, a cover note sent or a renewal date are not.
func TestCoverReach(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"the policy as subject", "Does our policy cover the hired scaffold tower if it's stolen from site?",
			[]string{"paid: Does our policy cover the hired scaffold tower if it's stolen from site?"}},
		{"a section as subject", "Does the goods in transit section cover parcels we send by courier?",
			[]string{"paid: Does the goods in transit section cover parcels we send by courier?"}},
		{"extends to", "Does the employers liability extend to volunteers at our open day?",
			[]string{"paid: Does the employers liability extend to volunteers at our open day?"}},
		{"high enough", "Is our stock cover high enough now that we carry the new range?",
			[]string{"paid: Is our stock cover high enough now that we carry the new range?"}},
		{"enough cover", "Is there enough cover on the tools policy for the new laser level?",
			[]string{"paid: Is there enough cover on the tools policy for the new laser level?"}},
		{"underinsured", "Are we underinsured on the buildings now that rebuild costs have gone up?",
			[]string{"paid: Are we underinsured on the buildings now that rebuild costs have gone up?"}},
		{"guard: a fee's scope", "Does the fee cover the site visit?",
			[]string{"quick: Does the fee cover the site visit?"}},
		{"guard: a cover note sent", "Can you send our public liability cover note to the council?",
			[]string{"quick: Can you send our public liability cover note to the council?"}},
		{"guard: a renewal date", "When does our fleet cover renew?",
			[]string{"quick: When does our fleet cover renew?"}},
		{"guard: enough to cover a cost", "Is the deposit enough to cover the first month?",
			[]string{"quick: Is the deposit enough to cover the first month?"}},
		{"guard: a refund", "Will the refund cover the delivery charge too?",
			[]string{"quick: Will the refund cover the delivery charge too?"}},
	})
}
