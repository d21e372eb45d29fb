package triage

import "testing"

// TestPastOwnAct: work the client did, named as the time of a question
// ("… or did it change when we set up …"), asks for no work
// (shapes_past_own_act.go); work asked for around the client's own act
// keeps its kind.
func TestPastOwnAct(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"or did it change when we set up", "Is our VAT quarter still March, or did it move when we set up the holding company?",
			[]string{"quick: Is our VAT quarter still March, or did it move when we set up the holding company?"}},
		{"after we restructured", "Is the pension still with the same provider, or did it change after we restructured the payroll?",
			[]string{"quick: Is the pension still with the same provider, or did it change after we restructured the payroll?"}},
		{"when we restructured", "Is the lease still in my name, or did that change when we restructured the group?",
			[]string{"quick: Is the lease still in my name, or did that change when we restructured the group?"}},
		{"a standing order", "Is the standing order still running, or did it stop when we restructured the bank accounts?",
			[]string{"quick: Is the standing order still running, or did it stop when we restructured the bank accounts?"}},
		{"once we set up", "Is the van still insured for business use, or did that lapse once we set up the partnership?",
			[]string{"quick: Is the van still insured for business use, or did that lapse once we set up the partnership?"}},
		{"guard: a future act of the client", "When we restructure the group, can you draft the new service contracts?",
			[]string{"paid: When we restructure the group, can you draft the new service contracts?"}},
		{"guard: the work asked dates from a past act", "Can you reconcile the loan account from when we refinanced the vans?",
			[]string{"paid: Can you reconcile the loan account from when we refinanced the vans?"}},
		{"guard: the firm's act at a future time", "Could you set up the new company when we sign the lease?",
			[]string{"paid: Could you set up the new company when we sign the lease?"}},
		{"guard: a request after the client's act", "Once we've set up the new company, can you register it for VAT?",
			[]string{"paid: Once we've set up the new company, can you register it for VAT?"}},
	})
}
