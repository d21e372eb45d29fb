package triage

import "testing"

// TestWishForMadeDeliverable: "it would be helpful to have a comparison
// of …", "… an overview of …": a comparison, overview, checklist,
// analysis, assessment, costing or projection is a thing the firm makes,
// so a wish to have one asks for it, as a wish for "a report" does. A
// wish for the client's own life, or one of these nouns in a statement,
// asks nothing.
func TestWishForMadeDeliverable(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"helpful to have a comparison", "It would be really helpful to have a comparison of the three quotes for the roof.",
			[]string{"paid: It would be really helpful to have a comparison of the three quotes for the roof."}},
		{"great to have an overview", "It would be great to have an overview of the planning rules for a loft conversion.",
			[]string{"paid: It would be great to have an overview of the planning rules for a loft conversion."}},
		{"useful to have a checklist", "Would be useful to have a checklist of what the fire inspector looks at.",
			[]string{"paid: Would be useful to have a checklist of what the fire inspector looks at."}},
		{"handy to have a costing", "It'd be really handy to have a costing for the two kitchen layouts.",
			[]string{"paid: It'd be really handy to have a costing for the two kitchen layouts."}},
		{"good to have an analysis", "It would be good to have an analysis of which suppliers we lose money on.",
			[]string{"paid: It would be good to have an analysis of which suppliers we lose money on."}},
		{"helpful to have an assessment", "It would be helpful to have an assessment of the damp in the cellar before winter.",
			[]string{"paid: It would be helpful to have an assessment of the damp in the cellar before winter."}},
		// Guards: a wish for the client's own life; the nouns in statements.
		{"guard: own life", "It would be nice to have a quieter January.", nil},
		{"guard: overview in the past", "We had an overview of the site last week and it went well.", nil},
		{"guard: comparison as a remark", "The comparison with last year's figures looks encouraging.", nil},
	})
}
