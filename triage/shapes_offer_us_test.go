package triage

import "testing"

// TestOfferToUs: an offer put with "let us know" ("Please let us know if
// you need anything else from us") is an offer as "let me know if you
// need…" is; naming a choice for the firm to make still asks.
func TestOfferToUs(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"please let us know if you need", "Please let us know if you need anything further from the site team.", nil},
		{"let us know if there's", "Let us know if there's anything else the drivers can help with.", nil},
		{"let us know if you have", "Do let us know if you have any trouble opening the spreadsheet.", nil},
		{"let us know if you'd like", "Let us know if you'd like a tour of the new bakery when it opens.", nil},
		{"let us know if we can", "Please let us know if we can help in any way with the audit visit.", nil},
		{"let us know if anything", "Let us know if anything in the floor plan is unclear.", nil},
		// Guards: a choice or a fact asked with "let us know".
		{"guard: a choice after the offer", "Please let us know if you need the original invoices or whether scans will do.",
			[]string{"quick: Please let us know if you need the original invoices or whether scans will do."}},
		{"guard: let us know when", "Let us know when the proofs are ready to collect.",
			[]string{"quick: Let us know when the proofs are ready to collect."}},
		{"guard: let us know whether", "Please let us know whether the boiler certificate has been renewed.",
			[]string{"quick: Please let us know whether the boiler certificate has been renewed."}},
	})
}
