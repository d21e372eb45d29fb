package triage

import "testing"

// TestConditionalNeedCleft: "what I'd need is…", "what we'd want is…"
// names a thing wanted from the firm, as "what we need is…" does (the
// request frames in words.go); another's need or a past one asks nothing.
func TestConditionalNeedCleft(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"a floor plan", "What we'd need is a revised floor plan showing the new fire exits.",
			[]string{"paid: What we'd need is a revised floor plan showing the new fire exits."}},
		{"a costing", "What I'd need is a costing for the roof repairs by the end of the month.",
			[]string{"paid: What I'd need is a costing for the roof repairs by the end of the month."}},
		{"a want", "What we'd want is a short report on the damp in the cellar.",
			[]string{"paid: What we'd want is a short report on the damp in the cellar."}},
		{"in lower case", "what i'd need is a new set of accounts for the bank",
			[]string{"paid: what i'd need is a new set of accounts for the bank"}},
		{"after a lead", "Ahead of the sale, what we'd need is a valuation of the stock and the van.",
			[]string{"paid: Ahead of the sale, what we'd need is a valuation of the stock and the van."}},
		{"guard: another's need", "What they'd need is a bigger office, frankly.", nil},
		{"guard: a past need", "What we needed was a plan months ago.", nil},
	})
}
