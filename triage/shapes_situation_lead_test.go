package triage

import "testing"

// TestSituationLead: a short lead naming the occasion ("while you're
// here", "when you come round") with no comma before "could you" leaves
// the request after it as the ask; a question that opens with the
// situation word itself, or a long lead, is read as before.
func TestSituationLead(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"while you're here", "While you're here could you bleed the upstairs radiators, the bedroom one stays cold.",
			[]string{"paid: could you bleed the upstairs radiators, the bedroom one stays cold."}},
		{"and while", "And while you're on site could you repaint the railings by the gate, they're flaking badly.",
			[]string{"paid: could you repaint the railings by the gate, they're flaking badly."}},
		{"when you come", "When you come round can you replace the cracked tile in the porch, it's a trip hazard.",
			[]string{"paid: can you replace the cracked tile in the porch, it's a trip hazard."}},
		{"since you'll be", "Since you'll be at the office anyway could you rewire the socket in reception, it sparks.",
			[]string{"paid: could you rewire the socket in reception, it sparks."}},
		{"next time", "Next time you're here would you service the water softener, it's making a noise.",
			[]string{"paid: would you service the water softener, it's making a noise."}},
		// Guards: the situation word asks; a lead too long to be one.
		{"guard: when could you", "When could you come round to measure up?",
			[]string{"quick: When could you come round to measure up?"}},
		{"guard: since when", "Since when do you charge for parking?",
			[]string{"quick: Since when do you charge for parking?"}},
	})
}
