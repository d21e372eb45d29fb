package triage

import "testing"

// TestCovenantChecks: checking whether the client is within a loan's
// covenants is checking what a rule allows (paid research); whether a
// covenant paper was sent or received is a status (quick). Sentences
// written for this test.
func TestCovenantChecks(t *testing.T) {
	e := New(DefaultConfig())
	rows := []struct {
		text string
		want Kind
	}{
		{"Can you check whether we're still inside the leverage covenant after the Q3 loss?", Paid},
		{"Could you check if the new lease pushes us outside our debt covenants?", Paid},
		{"Please check whether the dividend would put us in breach of the bank covenant.", Paid},
		{"Could you check whether we're within our interest cover covenant on the draft numbers?", Paid},
		{"Could you look at whether the asset sale keeps us within the covenants?", Paid},
		{"Can you check whether the November figures meet the minimum liquidity covenant?", Paid},
		{"Could you check if we'd still be within our net debt covenants after the new hire?", Paid},
		// Guards: the paper's status, not the rule.
		{"Did the bank receive the covenant certificate we sent on Monday?", Quick},
		{"Has the signed covenant certificate gone to the lender?", Quick},
	}
	for _, r := range rows {
		qs := e.Questions(r.text)
		if len(qs) == 0 || qs[0].Kind != r.want {
			t.Errorf("%q: got %q, want %s", r.text, askList(e, r.text), r.want)
		}
	}
}
