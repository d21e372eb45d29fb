package triage

import "testing"

// TestSoNeedsDoing: a reason, then "so" and a thing of the client's that
// needs a job, asks for the job (ask.go soNeedsDoing), even when the reason
// is a third party's wish that alone asks nothing; a need the client has
// seen to, or a thing that went ahead, asks nothing.
func TestSoNeedsDoing(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"a wish, so a redo", "Our accountant would like the costs split by site, so the spreadsheet needs redoing in that format.",
			[]string{"paid: Our accountant would like the costs split by site, so the spreadsheet needs redoing in that format."}},
		{"the venue's wish, so a plan redone", "The venue would like the tables numbered from the stage, so the seating plan needs redoing.",
			[]string{"paid: The venue would like the tables numbered from the stage, so the seating plan needs redoing."}},
		{"a move, so an update", "We have moved office, so the letterheads need updating.",
			[]string{"paid: We have moved office, so the letterheads need updating."}},
		// Guards: the client did it, a thing went ahead, a plain statement.
		{"did it ourselves", "We were told the gutters need clearing, so we did it ourselves.", nil},
		{"went ahead", "The rain stopped, so the fence painting went ahead.", nil},
		{"so a plain statement", "The parcel arrived, so the chasing can stop.", nil},
	})
}
