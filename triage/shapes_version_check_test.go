package triage

import "testing"

// TestVersionCheck: a look or a check whose clause asks which version a
// thing is (the latest, the signed, the final one) is a status read off
// the files, quick however the look is put; a look that asks for a
// judgement, or a review of the content, stays paid. Sentences written
// for this rule, none from a labelled set.
func TestVersionCheck(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"look over, then which draft", "Could you look over the lease I forwarded and tell me whether it's the signed one?",
			[]string{"quick: Could you look over the lease I forwarded and tell me whether it's the signed one?"}},
		{"have a look, then the latest", "Can you have a look at the payslip and let me know if that's the latest version?",
			[]string{"quick: Can you have a look at the payslip and let me know if that's the latest version?"}},
		{"a quick look, then the approved plan", "Would you take a quick look at the drawing on the portal and tell me if it's the approved layout?",
			[]string{"quick: Would you take a quick look at the drawing on the portal and tell me if it's the approved layout?"}},
		{"subject named, then the current schedule", "Could you look at the boiler certificate and tell me whether the date on it is the current one?",
			[]string{"quick: Could you look at the boiler certificate and tell me whether the date on it is the current one?"}},
		{"plural, these are", "Can you check whether these are the final accounts we filed?",
			[]string{"quick: Can you check whether these are the final accounts we filed?"}},
		{"guard: a judgement of the content stays a review", "Could you look over the lease and tell me whether the break clause is fair to us?",
			[]string{"paid: Could you look over the lease and tell me whether the break clause is fair to us?"}},
		{"guard: the right one is a judgement", "Could you look over the quote and tell me whether the cheaper boiler is the right choice?",
			[]string{"paid: Could you look over the quote and tell me whether the cheaper boiler is the right choice?"}},
		{"guard: a look with no version asked stays paid", "Could you have a look at the updated cash flow forecast?",
			[]string{"paid: Could you have a look at the updated cash flow forecast?"}},
		{"guard: what's opens no version clause", "Can you look at the new rota and tell me what's missing from it?",
			[]string{"paid: Can you look at the new rota and tell me what's missing from it?"}},
	})
}
