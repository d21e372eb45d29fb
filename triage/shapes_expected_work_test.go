package triage

import "testing"

// TestExpectedWork: "do you expect to …", "are you planning to …" asks
// about the firm's plans, a fact it knows, whatever work it names. Guards:
// a request to plan the work, and a request for the work itself, stay
// paid.
func TestExpectedWork(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"expect to fit", "Do you expect to fit the new windows before the school holidays?",
			[]string{"quick: Do you expect to fit the new windows before the school holidays?"}},
		{"planning to repaint", "Are you planning to repaint the stairwell next week?",
			[]string{"quick: Are you planning to repaint the stairwell next week?"}},
		{"still intend to", "Do you still intend to redesign the menu boards for the summer?",
			[]string{"quick: Do you still intend to redesign the menu boards for the summer?"}},
		{"will you be expecting", "Are you still expecting to replace the gutters on Tuesday?",
			[]string{"quick: Are you still expecting to replace the gutters on Tuesday?"}},
		{"plan to review", "Do you plan to review the lease before the landlord's deadline?",
			[]string{"quick: Do you plan to review the lease before the landlord's deadline?"}},
		// Guards.
		{"guard: asked to plan", "Could you plan to repaint the stairwell in the Easter week?",
			[]string{"paid: Could you plan to repaint the stairwell in the Easter week?"}},
		{"guard: the work itself", "Can you repaint the stairwell next week?",
			[]string{"paid: Can you repaint the stairwell next week?"}},
	})
}
