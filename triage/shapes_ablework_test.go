package triage

import "testing"

// TestAbleWork: "would you be able to <work>" asks for work as "could you
// <work>" does (shapes_ablework.go); with a verb of telling, sending or
// coming it asks for an answer, a copy or a slot. Sentences written for
// the test (a sign maker, a joiner, a translator, a tailor, a sound
// studio, a garden designer).
func TestAbleWork(t *testing.T) {
	t.Run("work: paid", func(t *testing.T) {
		runLangCases(t, []langCase{
			{"en", "Would you be able to turn our old shop sign into a lightbox?", Paid},
			{"en", "Would you be able to shorten the hems on all six bridesmaid dresses?", Paid},
			{"en", "Are you able to sand and re-varnish the oak staircase before we move in?", Paid},
			{"en", "Would you be able to dub the training videos into Polish?", Paid},
			{"en", "And would you be able to remix the podcast intro so the music sits lower?", Paid},
			{"en", "Would your team be able to replant the border along the drive?", Paid},
			{"en", "Would your office be able to turn the old price list into a one-page flyer?", Paid},
			{"en", "Is your crew able to shorten the curtains in the back bedroom?", Paid},
		})
	})
	t.Run("guards: telling, sending, coming: quick", func(t *testing.T) {
		runLangCases(t, []langCase{
			{"en", "Would you be able to send me the proof of the sign again?", Quick},
			{"en", "Would you be able to tell me when the staircase will be finished?", Quick},
			{"en", "Are you able to confirm the fitting is still on Tuesday?", Quick},
			{"en", "Would you be able to come round on Friday morning?", Quick},
			{"en", "Would you be able to let me know the price of the Polish version?", Quick},
		})
	})
}
