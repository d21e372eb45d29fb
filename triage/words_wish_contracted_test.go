package triage

import "testing"

// TestContractedWishAsk: a request framed as a wish with "you'd" for
// "you would" asks as "if you could" does (words.go RequestFrames,
// Softeners).
func TestContractedWishAsk(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"grateful, draft", "I'd be grateful if you'd draft a reply to the council's enforcement notice.",
			[]string{"paid: I'd be grateful if you'd draft a reply to the council's enforcement notice."}},
		{"appreciate, redesign", "We'd appreciate it if you'd redesign the donation page on our site.",
			[]string{"paid: We'd appreciate it if you'd redesign the donation page on our site."}},
		{"obliged, reconcile", "I'd be much obliged if you'd reconcile the petty cash tin against the receipts.",
			[]string{"paid: I'd be much obliged if you'd reconcile the petty cash tin against the receipts."}},
		{"grateful, a date", "We'd be grateful if you'd tell us when the scaffolding comes down.",
			[]string{"quick: We'd be grateful if you'd tell us when the scaffolding comes down."}},
		{"glad, a date", "I'd be glad if you'd confirm the start date for the kitchen fit.",
			[]string{"quick: I'd be glad if you'd confirm the start date for the kitchen fit."}},
		{"guard: a past wish, no ask", "I thought you'd already sent the invoice, so I was surprised.",
			nil},
		{"guard: thanks for past help", "I was grateful you'd sorted the boiler so quickly last winter.",
			nil},
		{"guard: glad it went well", "I'm glad you'd finished before the rain came in.",
			nil},
	})
}
