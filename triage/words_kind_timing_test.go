package triage

import "testing"

// TestReadinessTimed: asking when the firm could have agreed work ready
// asks for a date, quick; asking the firm to have it ready by a date asks
// for the work, paid.
func TestReadinessTimed(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"when could you have", "When could you have the revised floor plans ready?",
			[]string{"quick: When could you have the revised floor plans ready?"}},
		{"roughly when", "And roughly when would you have the new brochure artwork ready?",
			[]string{"quick: And roughly when would you have the new brochure artwork ready?"}},
		{"how soon", "How soon could you have the amended lease drawings ready?",
			[]string{"quick: How soon could you have the amended lease drawings ready?"}},
		{"when can you have … done", "When can you have the year-end accounts done?",
			[]string{"quick: When can you have the year-end accounts done?"}},
		{"by when", "By when could you have the payroll reports finished?",
			[]string{"quick: By when could you have the payroll reports finished?"}},
		// Guards: a date set for the work is still the work.
		{"guard: by Friday", "Could you have the revised floor plans ready by Friday?",
			[]string{"paid: Could you have the revised floor plans ready by Friday?"}},
		{"guard: ready for the meeting", "Can you have the cash-flow forecast ready for the bank meeting?",
			[]string{"paid: Can you have the cash-flow forecast ready for the bank meeting?"}},
	})
}
