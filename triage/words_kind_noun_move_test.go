package triage

import "testing"

// TestNounReschedule: moving a booked job named by a noun to another time
// asks for a slot (words_kind_noun_move.go).
func TestNounReschedule(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"from a day to a day", "Could you shift the window cleaning from Wednesday to Thursday this week?",
			[]string{"quick: Could you shift the window cleaning from Wednesday to Thursday this week?"}},
		{"back to a day", "Can we push the gutter clear back to Monday?",
			[]string{"quick: Can we push the gutter clear back to Monday?"}},
		{"to next week", "Would you move the lawn treatment to next week as rain is due?",
			[]string{"quick: Would you move the lawn treatment to next week as rain is due?"}},
		{"to a date", "Please move my dog's dental to the 14th.",
			[]string{"quick: Please move my dog's dental to the 14th."}},
		{"forward to a day", "Could we move the payroll training session forward to Tuesday?",
			[]string{"quick: Could we move the payroll training session forward to Tuesday?"}},
		{"guard: moving a thing to a place", "Can you move the shared files to the new server?",
			[]string{"paid: Can you move the shared files to the new server?"}},
		{"guard: re-planning a plan", "Could you push the whole rollout plan back to next week and redo the phases?",
			[]string{"paid: Could you push the whole rollout plan back to next week and redo the phases?"}},
		{"guard: no time target", "Could you move the radiator in the hall to the other wall?",
			[]string{"paid: Could you move the radiator in the hall to the other wall?"}},
	})
}
