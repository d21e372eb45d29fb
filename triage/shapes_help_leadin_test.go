package triage

import "testing"

// TestHelpLeadIn: a bare "could you help?" right before the sentence that
// names the work leads in and is no ask of its own
// (shapes_help_leadin.go); at the end of a mail, or with a topic of its
// own, it still asks.
func TestHelpLeadIn(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"lead-in before a request", "Our shop window needs a new look for spring. Could you help? We'd need you to design three window displays by March.",
			[]string{"paid: We'd need you to design three window displays by March."}},
		{"lead-in before a question", "We're stuck for tiles for the bathroom. Can you help us? Which of your branches still stocks the blue ones?",
			[]string{"quick: Which of your branches still stocks the blue ones?"}},
		{"guard: help at the end", "The till keeps printing blank receipts and I've tried restarting it. Can you help?",
			[]string{"paid: Can you help?"}},
		{"guard: help with a topic", "Could you help with the grant application? Also, when is the deadline?",
			[]string{"paid: Could you help with the grant application?", "quick: Also, when is the deadline?"}},
	})
}
