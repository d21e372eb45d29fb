package triage

import "testing"

// TestRewriting: asking the firm to rewrite or reword a text is writing
// work; whether it was rewritten, or a resend of the rewritten one, is not.
func TestRewriting(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"rewrite a notice", "Could you rewrite our privacy notice so it covers the booking app?",
			[]string{"paid: Could you rewrite our privacy notice so it covers the booking app?"}},
		{"reword a letter", "Can you reword the appeal letter to the housing panel so it sounds less angry?",
			[]string{"paid: Can you reword the appeal letter to the housing panel so it sounds less angry?"}},
		{"rewrite after an opener", "Please rewrite the product blurbs for the spring range when you get a moment.",
			[]string{"paid: Please rewrite the product blurbs for the spring range when you get a moment."}},
		{"rewriting asked as a wish", "We'd like you to rewrite the volunteer induction notes for the new site.",
			[]string{"paid: We'd like you to rewrite the volunteer induction notes for the new site."}},
		// Guards: a status of the rewrite, and a resend of the rewritten text.
		{"guard: been rewritten", "Has the tenancy clause been rewritten yet?",
			[]string{"quick: Has the tenancy clause been rewritten yet?"}},
		{"guard: resend the rewritten one", "Can you resend the rewritten version you sent on Monday?",
			[]string{"quick: Can you resend the rewritten version you sent on Monday?"}},
	})
}
