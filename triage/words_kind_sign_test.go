package triage

import "testing"

// TestSigningPaper: signing a paper the client sends, and sending it
// back, is a minute's act (quick); looking a paper over before the
// client signs it, or preparing one to sign, stays paid (words_kind.go).
// Sentences written for the test.
func TestSigningPaper(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"a consent form", "Could you sign the parental consent form and send it back?",
			[]string{"quick: Could you sign the parental consent form and send it back?"}},
		{"a landlord's form", "Please sign the landlord consent form and return it by Friday.",
			[]string{"quick: Please sign the landlord consent form and return it by Friday."}},
		{"sign and return", "Can you sign and return the delivery note?",
			[]string{"quick: Can you sign and return the delivery note?"}},
		{"countersign", "Would you countersign the passport photos for my daughter?",
			[]string{"quick: Would you countersign the passport photos for my daughter?"}},
		{"guard: a review before the client signs", "Could you look over the franchise agreement before I sign it?",
			[]string{"paid: Could you look over the franchise agreement before I sign it?"}},
		{"guard: a form to fill in", "Could you fill in the grant form and sign it for us?",
			[]string{"paid: Could you fill in the grant form and sign it for us?"}},
		{"guard: prepare and sign", "Please prepare and sign the accountant's certificate for the lender.",
			[]string{"paid: Please prepare and sign the accountant's certificate for the lender."}},
	})
}
