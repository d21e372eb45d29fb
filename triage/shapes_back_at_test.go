package triage

import "testing"

// TestBackAtDesk: "back at my desk" reports a return; "back up …" asks.
func TestBackAtDesk(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"back at my desk", "Back at my desk after a week at the trade fair.",
			nil},
		{"back from leave with a question after", "Back from leave today. Has the new boiler been ordered?",
			[]string{"quick: Has the new boiler been ordered?"}},
		{"back in the office", "Back in the office now and nothing has come through from the printers.",
			nil},
		// Guard: the verb with an object or a particle.
		{"guard: back up", "Back up the till data before you swap the machine.",
			[]string{"paid: Back up the till data before you swap the machine."}},
	})
}
