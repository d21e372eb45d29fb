package triage

import "testing"

// TestCelticSignOffs: Irish and Welsh thanks closing English mail are
// sign-offs, cut with the name under them, not asks ("go" opens an
// imperative in English). Sentences written for this test.
func TestCelticSignOffs(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"irish thanks", "Could you send the signed lease back by Friday?\n\nGo raibh maith agat,\nNiall",
			[]string{"quick: Could you send the signed lease back by Friday?"}},
		{"irish many thanks", "Is the office open on the bank holiday?\n\nGo raibh míle maith agat,\nAoife",
			[]string{"quick: Is the office open on the bank holiday?"}},
		{"welsh thanks", "Can you confirm the booking for Tuesday?\n\nDiolch yn fawr,\nGethin",
			[]string{"quick: Can you confirm the booking for Tuesday?"}},
		{"guard: go as an imperative stays an ask", "Please go through the March receipts and flag anything odd.\n\nThanks,\nRuth",
			[]string{"paid: Please go through the March receipts and flag anything odd."}},
	}, func(e *Engine, s string) []string { return askList(e, e.Isolate(s)) })
}
