package triage

import "testing"

// TestRelativeWho: "my colleague who's …" describes a person; a fresh
// "who's …" in a run-on still asks.
func TestRelativeWho(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"cover line with a relative who's", "Passing this on from my manager who's running the stock take in March.",
			nil},
		{"relative who's inside an ask", "Could you ring the supplier who's delivering the flagstones on Monday?",
			[]string{"quick: Could you ring the supplier who's delivering the flagstones on Monday?"}},
		// Guard: a new question in a run-on.
		{"guard: fresh who's after a statement", "hi kim the gate is fixed now whos paying the invoice for it",
			[]string{"quick: the gate is fixed now whos paying the invoice for it"}},
	})
}
