package triage

import "testing"

// TestWhyCantAllBeSo: "why can't every X be this…/as…/like…" wishes all
// of a kind were like the one praised, and asks nothing; the same opening
// without a comparison asks. Sentences written for this test.
func TestWhyCantAllBeSo(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"this", "Why can't every garage be this straightforward?", nil},
		{"as", "Why can't all suppliers be as quick as you lot?", nil},
		{"like", "Why can't every council office be like yours?", nil},
		{"so", "Why can't every landlord be so reasonable?!", nil},
		{"won't", "Why won't every bank be this helpful with a simple form?", nil},
		// Guards: no comparison, or a particular subject: these ask.
		{"guard: sent by email", "Why can't every invoice be sent by email?",
			[]string{"quick: Why can't every invoice be sent by email?"}},
		{"guard: our invoice", "Why can't the invoice be this month's date?",
			[]string{"quick: Why can't the invoice be this month's date?"}},
	})
}
