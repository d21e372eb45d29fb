package triage

import "testing"

// TestPriceCovers: asking what a price already covers, or whether a part
// is extra, is a fact (quick) even when a work verb describes the quote;
// work asked for beside a price stays paid (words_kind_price_covers.go).
func TestPriceCovers(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"quote being drawn up", "Does the estimate you're drawing up for the loft include the skip hire, or is that extra?",
			[]string{"quick: Does the estimate you're drawing up for the loft include the skip hire, or is that extra?"}},
		{"charged separately", "Is the mileage to the venue charged separately from the set fee?",
			[]string{"quick: Is the mileage to the venue charged separately from the set fee?"}},
		{"fee covers the revisions", "Does your design fee cover two rounds of revisions on the brochure?",
			[]string{"quick: Does your design fee cover two rounds of revisions on the brochure?"}},
		{"guard: work with a price", "Please rewrite the wine list so every price includes the service charge.",
			[]string{"paid: Please rewrite the wine list so every price includes the service charge."}},
		{"guard: what a policy covers", "Does our landlord policy cover a tenant's burst pipe in the flat above?",
			[]string{"paid: Does our landlord policy cover a tenant's burst pipe in the flat above?"}},
		{"guard: work then a price question", "Can you redesign the whole menu for spring and tell me what it would cost?",
			[]string{"paid: Can you redesign the whole menu for spring and tell me what it would cost?"}},
	}, askListInLanguage)
}
