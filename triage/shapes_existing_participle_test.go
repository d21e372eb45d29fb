package triage

import "testing"

// TestRevisedVersionIsNoWork: a work noun after "the" or "your" and a
// participle of work already done ("the revised floor plan", "your
// amended tenancy agreement") names a version the firm holds: sending
// it on is quick. Working on it, or making a new one, stays paid.
func TestRevisedVersionIsNoWork(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"revised layout", "Could you email over the revised menu layout?",
			[]string{"quick: Could you email over the revised menu layout?"}},
		{"updated floor plan", "Please forward the updated floor plan to the letting agent.",
			[]string{"quick: Please forward the updated floor plan to the letting agent."}},
		{"approved drawings", "Can you send me the approved site drawings as PDFs?",
			[]string{"quick: Can you send me the approved site drawings as PDFs?"}},
		{"amended plans", "Please resend your amended garden plans to my partner.",
			[]string{"quick: Please resend your amended garden plans to my partner."}},
		{"stamped elevations", "Could you pass the stamped elevations on to the roofer?",
			[]string{"quick: Could you pass the stamped elevations on to the roofer?"}},
		{"guard: working on the revised one", "Please update the revised floor plan with the new door.",
			[]string{"paid: Please update the revised floor plan with the new door."}},
		{"guard: a revised one to make", "Could you draw up a revised layout for the shop?",
			[]string{"paid: Could you draw up a revised layout for the shop?"}},
		{"guard: redesign asked", "Can you redesign the approved logo in a darker green?",
			[]string{"paid: Can you redesign the approved logo in a darker green?"}},
	})
}
