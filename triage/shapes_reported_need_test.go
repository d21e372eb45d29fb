package triage

import "testing"

// TestReportedNeed: what a third party believes the client needs is
// background, not an ask; the client's own need and a question about
// the third party's view stay asks. Sentences written for this test.
func TestReportedNeed(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"surveyor thinks", "Our surveyor thinks we need a new damp course. Can you come and look at the back wall?",
			[]string{"paid: Can you come and look at the back wall?"}},
		{"named colleague reckons", "Tomás in accounts reckons we need another payroll licence. Is that included in our plan?",
			[]string{"quick: Is that included in our plan?"}},
		{"believes that", "The landlord believes that we need a fresh gas certificate. When does ours expire?",
			[]string{"quick: When does ours expire?"}},
		{"guard: the client's own need", "I think we need a new damp course.",
			[]string{"paid: I think we need a new damp course."}},
		{"guard: a question about the view", "Does the surveyor think we need a new damp course?",
			[]string{"quick: Does the surveyor think we need a new damp course?"}},
	})
}
