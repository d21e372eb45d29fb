package triage

import "testing"

// TestAbleCapability: an ability frame whose verb takes on a kind of work
// named by a short bare noun phrase asks whether the firm offers it
// (capabilityAsked, shapes_ablework.go), as "do you handle…?" does; a
// job in hand after the verb stays a request for work.
func TestAbleCapability(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"a language", "Are you able to handle Korean?",
			[]string{"quick: Are you able to handle Korean?"}},
		{"a software", "Are you able to work with Xero?",
			[]string{"quick: Are you able to work with Xero?"}},
		{"a platform", "Is your team able to support Android tablets?",
			[]string{"quick: Is your team able to support Android tablets?"}},
		{"a kind of building", "Would you be able to handle listed buildings?",
			[]string{"quick: Would you be able to handle listed buildings?"}},
		{"a kind of call-out", "Are you able to cover weekend call-outs?",
			[]string{"quick: Are you able to cover weekend call-outs?"}},
		{"guard: a named job", "Are you able to handle the Henderson appeal?",
			[]string{"paid: Are you able to handle the Henderson appeal?"}},
		{"guard: a job with its details", "Would you be able to handle payroll for our new starter from March?",
			[]string{"paid: Would you be able to handle payroll for our new starter from March?"}},
		{"guard: a pointer to the job", "Would you be able to do this one?",
			[]string{"paid: Would you be able to do this one?"}},
	})
}
