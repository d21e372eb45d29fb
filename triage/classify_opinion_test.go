package triage

import "testing"

// TestOpinionBetween: the firm's view between two options the client
// names is a quick answer; a recommendation to be worked out stays paid
// (classify_opinion.go). Sentences written for the test.
func TestOpinionBetween(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"worktop wood", "Would you recommend oak or walnut for the kitchen island?",
			[]string{"quick: Would you recommend oak or walnut for the kitchen island?"}},
		{"heating", "Do you recommend a heat pump or a gas boiler for a barn conversion?",
			[]string{"quick: Do you recommend a heat pump or a gas boiler for a barn conversion?"}},
		{"paint or replace", "Would you recommend we repaint or replace the sash windows?",
			[]string{"quick: Would you recommend we repaint or replace the sash windows?"}},
		{"guard: a recommendation asked for", "Could you recommend changes or improvements to our booking page?",
			[]string{"paid: Could you recommend changes or improvements to our booking page?"}},
		{"guard: no options named", "Would you recommend what we should change on the booking page?",
			[]string{"paid: Would you recommend what we should change on the booking page?"}},
		{"guard: review and recommend", "Can you review our insurance and recommend whether to switch or stay?",
			[]string{"paid: Can you review our insurance and recommend whether to switch or stay?"}},
		// The view asked for by name, before a choice (viewBetween).
		{"view: keep or replace", "In your view, should we keep the slate roof or go for clay tiles on the extension?",
			[]string{"quick: In your view, should we keep the slate roof or go for clay tiles on the extension?"}},
		{"opinion: one venue or the other", "In your opinion, should we go with the hotel ballroom or the college hall for the gala?",
			[]string{"quick: In your opinion, should we go with the hotel ballroom or the college hall for the gala?"}},
		{"view: opt for one or the other", "In your view, would we opt for the oak benches or the steel ones in the memorial garden?",
			[]string{"quick: In your view, would we opt for the oak benches or the steel ones in the memorial garden?"}},
		{"guard view: work asked for", "In your view, could you redraft the bylaws or tidy the old ones?",
			[]string{"paid: In your view, could you redraft the bylaws or tidy the old ones?"}},
		{"guard: options without the view asked", "Should we go with the hotel ballroom or the college hall, given the licensing rules?",
			[]string{"paid: Should we go with the hotel ballroom or the college hall, given the licensing rules?"}},
	})
}

// TestPickOneOf: asked to pick one of options already on the table the
// firm gives a sentence's answer, quick; a recommendation to be worked
// out, or one of a kind of thing not yet chosen from, stays paid.
// Sentences written for the test.
func TestPickOneOf(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"one of the layouts", "Could you recommend one of the two kitchen layouts you drew for us?",
			[]string{"quick: Could you recommend one of the two kitchen layouts you drew for us?"}},
		{"one of your dates", "Can you suggest one of your three proposed dates for the stock count?",
			[]string{"quick: Can you suggest one of your three proposed dates for the stock count?"}},
		{"one of these quotes", "Please pick one of these roofing quotes for us, we trust you.",
			[]string{"quick: Please pick one of these roofing quotes for us, we trust you."}},
		{"guard: a recommendation to work out", "Could you recommend a pension scheme for our six staff?",
			[]string{"paid: Could you recommend a pension scheme for our six staff?"}},
		{"guard: one of a kind not on the table", "Could you recommend one of the big payroll packages and set it up for us?",
			[]string{"paid: Could you recommend one of the big payroll packages and set it up for us?"}},
	})
}
