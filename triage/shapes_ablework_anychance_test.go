package triage

import "testing"

// TestAnyChanceWork: "any chance you could <work>" asks for work as
// "would you be able to <work>" does (shapes_ablework.go); with a verb of
// telling, sending or a day it stays a request for an answer.
func TestAnyChanceWork(t *testing.T) {
	t.Run("work: paid", func(t *testing.T) {
		runLangCases(t, []langCase{
			{"en", "Any chance you could re-grout the shower in the en-suite next week?", Paid},
			{"en", "Any chance you could reupholster the two dining chairs by Christmas?", Paid},
			{"en", "Is there any chance you could jet wash the yard before the open day?", Paid},
			{"en", "Any chance you can scarify and reseed the back lawn this autumn?", Paid},
			{"en", "Any chance your team could strip the wallpaper in the nursery too?", Paid},
		})
	})
	t.Run("guards: telling, sending, a day: quick", func(t *testing.T) {
		runLangCases(t, []langCase{
			{"en", "Any chance you could tell me what time the van will turn up?", Quick},
			{"en", "Any chance you could resend the booking confirmation?", Quick},
			{"en", "Is there any chance you could do Thursday instead of Wednesday?", Quick},
			{"en", "Any chance you could let me know if the hall has parking?", Quick},
		})
	})
}
