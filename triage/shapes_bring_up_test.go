package triage

import "testing"

// TestBringUpMatter: "how do we raise it with …" asks how to bring a
// matter up with someone, a procedure the firm knows; "how can we raise
// prices" still asks for advice on bettering the figures.
func TestBringUpMatter(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"complaint with ombudsman", "How can I raise a complaint with the ombudsman about the delay?",
			[]string{"quick: How can I raise a complaint with the ombudsman about the delay?"}},
		{"this with insurer", "How should we raise this with the landlord's insurer?",
			[]string{"quick: How should we raise this with the landlord's insurer?"}},
		{"issue with council", "how do i raise the issue with the council",
			[]string{"quick: how do i raise the issue with the council"}},
		{"concern with school", "How can we raise a concern with the school about the invoice?",
			[]string{"quick: How can we raise a concern with the school about the invoice?"}},
		{"it with the bank", "If the refund never comes, how do we raise it with our bank?",
			[]string{"quick: If the refund never comes, how do we raise it with our bank?"}},
		// Guards: raising a figure, or another verb of bettering.
		{"guard: raise prices", "How can we raise prices without losing regulars?",
			[]string{"paid: How can we raise prices without losing regulars?"}},
		{"guard: raise money", "How do we raise money for the new van?",
			[]string{"paid: How do we raise money for the new van?"}},
		{"guard: margins with suppliers", "How can we raise our margins with the suppliers we have?",
			[]string{"paid: How can we raise our margins with the suppliers we have?"}},
		{"guard: reduce it with", "How do we reduce it with the new tariff?",
			[]string{"paid: How do we reduce it with the new tariff?"}},
	})
}
