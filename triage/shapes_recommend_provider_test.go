package triage

import "testing"

// TestRecommendProviderIsQuick: asking to be pointed to a person or a
// firm is quick; asking what to do, or for a plan, stays paid.
func TestRecommendProviderIsQuick(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"a plumber", "Can you recommend a good plumber?",
			[]string{"quick: Can you recommend a good plumber?"}},
		{"an electrician you trust", "Could you recommend an electrician you trust?",
			[]string{"quick: Could you recommend an electrician you trust?"}},
		{"suggest a bookkeeper", "Can you suggest a bookkeeper for my sister's café?",
			[]string{"quick: Can you suggest a bookkeeper for my sister's café?"}},
		{"put in touch", "Can you put me in touch with a good tiler?",
			[]string{"quick: Can you put me in touch with a good tiler?"}},
		{"a removals firm", "Please recommend a reliable local removals firm.",
			[]string{"quick: Please recommend a reliable local removals firm."}},
		{"guard: changes to make", "Can you recommend changes to our pricing?",
			[]string{"paid: Can you recommend changes to our pricing?"}},
		{"guard: what to do", "Please recommend what we should do about the backups.",
			[]string{"paid: Please recommend what we should do about the backups."}},
		{"guard: a strategy", "Could you recommend a pension strategy for me?",
			[]string{"paid: Could you recommend a pension strategy for me?"}},
	})
}
