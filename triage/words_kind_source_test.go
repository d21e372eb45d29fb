package triage

import "testing"

// TestSourcing: asking the firm to source a thing is work; where the firm
// gets its own stock is an answer.
func TestSourcing(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"source a copy", "Would you be able to source a copy of the original plans and get them scanned for us?",
			[]string{"paid: Would you be able to source a copy of the original plans and get them scanned for us?"}},
		{"source a part", "Could you source a replacement hinge for the oak wardrobe?",
			[]string{"paid: Could you source a replacement hinge for the oak wardrobe?"}},
		// Guards: where the firm's stock comes from; a plain copy sent.
		{"guard: where do you source", "Where do you source your timber?",
			[]string{"quick: Where do you source your timber?"}},
		{"guard: send a copy", "Could you send me a copy of the invoice?",
			[]string{"quick: Could you send me a copy of the invoice?"}},
	})
}
