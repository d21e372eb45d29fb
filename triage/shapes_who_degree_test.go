package triage

import "testing"

// TestWhoToSuchADegreeVents: a who-question about people at large doing a
// thing to such a degree ("who pays that much for…?") vents and asks
// nothing; one that addresses the firm, or has no degree, still asks.
func TestWhoToSuchADegreeVents(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"pays that much", "Who pays that much for a logo?", nil},
		{"needs so many", "Who needs so many forms just to register a van?", nil},
		{"spends that much", "Who spends that much on a wedding cake these days?", nil},
		{"who'd charge so much", "Who'd charge so much for a single callout?", nil},
		{"takes this long", "Who takes this long to answer a simple letter?", nil},
		{"guard: the firm addressed", "Who told you the parking permit would cost that much?",
			[]string{"quick: Who told you the parking permit would cost that much?"}},
		{"guard: no degree", "Who do I pay the deposit to?",
			[]string{"quick: Who do I pay the deposit to?"}},
		{"guard: how much", "How much does the council charge for a skip licence?",
			[]string{"quick: How much does the council charge for a skip licence?"}},
	})
}
