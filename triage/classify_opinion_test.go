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
