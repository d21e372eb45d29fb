package triage

import "testing"

// TestWishedSiteDocuments: a wish to have a survey, drawing, valuation,
// specification or inventory by a time asks for it, as one for a report
// or a contract does. Sentences written for the test (an auctioneer, a
// land surveyor, a kitchen fitter, a piano restorer, an inventory clerk);
// guards: the client's own people by a time, a past account, a survey by
// someone else.
func TestWishedSiteDocuments(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"valuation by a date", "It would be great to have the valuation of the silver before the sale on the 14th.",
			[]string{"It would be great to have the valuation of the silver before the sale on the 14th."}},
		{"survey by a day", "It'd be really helpful to have the boundary survey by Thursday.",
			[]string{"It'd be really helpful to have the boundary survey by Thursday."}},
		{"drawings before a meeting", "It would be good to have the revised kitchen drawings before we meet the builder.",
			[]string{"It would be good to have the revised kitchen drawings before we meet the builder."}},
		{"specification soon", "It would be ideal to get the restoration specification for the Bechstein this week.",
			[]string{"It would be ideal to get the restoration specification for the Bechstein this week."}},
		{"inventory before check-in", "It would be useful to have the check-in inventory for flat 2 before the tenants arrive.",
			[]string{"It would be useful to have the check-in inventory for flat 2 before the tenants arrive."}},
		{"guard: own people by a time", "It would be lovely to have the whole family here by Christmas.", nil},
		{"guard: past account", "We had the drawings done by another firm before the move.", nil},
		{"guard: someone else's survey", "The surveys by the council were late again this year.", nil},
	}, askTextsInLanguage)
}
