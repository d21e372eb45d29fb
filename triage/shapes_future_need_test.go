package triage

import "testing"

// TestFutureNeedAfterJob: "<job> and I'll need <a new thing>" is two asks:
// the client's own future need, with its own subject, asks for something
// else (shapes_needs_doing.go splitFutureNeed). A need pointing back at
// the job or of the client's own act stays with the job.
func TestFutureNeedAfterJob(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"a report after a visit", "Please can someone come and clear the blocked gutter and I'll need a written report for the insurer.",
			[]string{"paid: Please can someone come and clear the blocked gutter", "paid: I'll need a written report for the insurer."}},
		{"a run-on without stops", "can someone come out and clear the drain asap and we'll need something in writing for the letting agent about the cause",
			[]string{"paid: can someone come out and clear the drain asap", "paid: we'll need something in writing for the letting agent about the cause"}},
		{"I will need", "Could you service the two boilers and I will need a summary of what you find for the committee.",
			[]string{"paid: Could you service the two boilers", "paid: I will need a summary of what you find for the committee."}},
		// Guards: the need points back, or is the client's own act.
		{"need it back", "Please can someone come and clear the blocked gutter and I'll need it sorted before the rain.",
			[]string{"paid: Please can someone come and clear the blocked gutter and I'll need it sorted before the rain."}},
		{"need to move the car", "Could you repaint the hallway and we'll need to move the car first.",
			[]string{"paid: Could you repaint the hallway and we'll need to move the car first."}},
	})
}
