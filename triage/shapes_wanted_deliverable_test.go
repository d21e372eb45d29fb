package triage

import "testing"

// TestWishForADeliverableAsks: the client's own side (owners, board,
// household) wanting a new thing the firm makes asks for it; an outside
// party's demand, something the firm does not make, a negated wish or a
// wish to act asks nothing.
func TestWishForADeliverableAsks(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"directors, report", "The directors would like a report on fuel spend by depot.",
			[]string{"paid: The directors would like a report on fuel spend by depot."}},
		{"husband, breakdown", "My husband wants a breakdown of the catering costs per guest.",
			[]string{"paid: My husband wants a breakdown of the catering costs per guest."}},
		{"trustees, proposal", "The trustees would like a proposal for rewiring the church hall.",
			[]string{"paid: The trustees would like a proposal for rewiring the church hall."}},
		{"owners, plan", "The owners want a plan for replacing the walk-in freezer.",
			[]string{"paid: The owners want a plan for replacing the walk-in freezer."}},
		{"committee, summary", "Also the committee would love a short summary of the grant rules.",
			[]string{"paid: Also the committee would love a short summary of the grant rules."}},
		{"guard: not a deliverable", "The builder would like a cup of tea when he arrives.", nil},
		{"guard: negated", "The partners don't want a report this year.", nil},
		{"guard: an outside party's demand", "The landlord wants a schedule of condition before we sign.", nil},
		{"guard: a wish to act", "The buyer would like to complete before Easter.", nil},
	})
}
