package triage

import "testing"

// TestBookingModeChange: moving agreed work to another date by its
// ordinal, or holding booked sessions another way for a while, asks for a
// slot or a setting, not for work (words_kind_slot.go).
func TestBookingModeChange(t *testing.T) {
	t.Run("another date by its ordinal", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"start a job later", "Would it be possible to begin the rewire on the 9th instead of the 7th?",
				[]string{"quick: Would it be possible to begin the rewire on the 9th instead of the 7th?"}},
			{"deliver on another date", "Could you deliver the flooring on the 21st rather than the 19th?",
				[]string{"quick: Could you deliver the flooring on the 21st rather than the 19th?"}},
			{"the date first", "Can the tree surgeons come on the 3rd instead?",
				[]string{"quick: Can the tree surgeons come on the 3rd instead?"}},
			{"a run-on move", "would it be possible to do the survey on the 30th instead of the 28th",
				[]string{"quick: would it be possible to do the survey on the 30th instead of the 28th"}},
			{"a statement of a wish to move", "Please move the tasting to the 12th instead of the 10th.",
				[]string{"quick: Please move the tasting to the 12th instead of the 10th."}},
			// Guards: a period of work, not a day, stays work.
			{"a month is a period", "Could you redo the stock count for March instead of February?",
				[]string{"paid: Could you redo the stock count for March instead of February?"}},
		})
	})
	t.Run("booked sessions held another way for a while", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"lessons online until", "Would it be possible to do Mia's lessons online until Easter?",
				[]string{"quick: Would it be possible to do Mia's lessons online until Easter?"}},
			{"appointments remotely for now", "Could we have the physio appointments remotely for now?",
				[]string{"quick: Could we have the physio appointments remotely for now?"}},
			{"coaching online over the holidays", "Can you run the coaching sessions online over the holidays?",
				[]string{"quick: Can you run the coaching sessions online over the holidays?"}},
			{"consultation virtually instead", "Would you be able to hold the consultation virtually instead?",
				[]string{"quick: Would you be able to hold the consultation virtually instead?"}},
			{"tutorials online next week", "Is it ok to do the tutorials online next week?",
				[]string{"quick: Is it ok to do the tutorials online next week?"}},
			// Guards: a new course or a job done remotely is work.
			{"a new course online", "Could you run three training sessions online for our new starters?",
				[]string{"paid: Could you run three training sessions online for our new starters?"}},
			{"work done remotely", "Could you set up the new laptops remotely for the sales team?",
				[]string{"paid: Could you set up the new laptops remotely for the sales team?"}},
		})
	})
	t.Run("possible for the firm's people", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"staff to run a taster", "Would it be possible for your staff to run a taster morning for our cubs?",
				[]string{"paid: Would it be possible for your staff to run a taster morning for our cubs?"}},
			{"crew to paint", "Would it be possible for your crew to paint the hall before the open day?",
				[]string{"paid: Would it be possible for your crew to paint the hall before the open day?"}},
			{"one of your engineers to fit", "Would it be possible for one of your engineers to fit two more sockets in the garage?",
				[]string{"paid: Would it be possible for one of your engineers to fit two more sockets in the garage?"}},
			{"firm to produce", "Might it be possible for your firm to produce a short film about the allotments?",
				[]string{"paid: Might it be possible for your firm to produce a short film about the allotments?"}},
			{"people to build", "Would it be possible for your people to build a ramp at the side entrance?",
				[]string{"paid: Would it be possible for your people to build a ramp at the side entrance?"}},
			// Guards: telling and the client's own act stay quick.
			{"staff to call", "Would it be possible for your staff to call me before they arrive?",
				[]string{"quick: Would it be possible for your staff to call me before they arrive?"}},
			{"staff to confirm", "Would it be possible for your office to confirm the booking by email?",
				[]string{"quick: Would it be possible for your office to confirm the booking by email?"}},
		})
	})
}
