package triage

import "testing"

// TestDayPossessiveMove: moving or cancelling a booking named by its day
// asks for another slot whatever the booking is called
// (words_kind_dayposs.go).
func TestDayPossessiveMove(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"move the day's class to an hour", "Could you move Wednesday's pilates class to 6pm?",
			[]string{"quick: Could you move Wednesday's pilates class to 6pm?"}},
		{"push the day's job back a week", "Can we push Thursday's gutter clear back a week?",
			[]string{"quick: Can we push Thursday's gutter clear back a week?"}},
		{"shift tomorrow's drop to a day", "Please shift tomorrow's pallet drop to Friday.",
			[]string{"quick: Please shift tomorrow's pallet drop to Friday."}},
		{"cancel the day's booking", "Can you cancel Saturday's grooming for Biscuit, she's poorly?",
			[]string{"quick: Can you cancel Saturday's grooming for Biscuit, she's poorly?"}},
		{"bring the day's lesson forward", "Could you bring Monday's piano lesson forward to the 3rd?",
			[]string{"quick: Could you bring Monday's piano lesson forward to the 3rd?"}},
		{"move today's collection to the afternoon", "Can you move today's skip collection to the afternoon?",
			[]string{"quick: Can you move today's skip collection to the afternoon?"}},
		{"move the day's clean to next day", "Can you move Friday's window clean to next Tuesday?",
			[]string{"quick: Can you move Friday's window clean to next Tuesday?"}},
		{"guard: moving the day's money to a place", "Can you move Monday's card payments to the savings account and reconcile them?",
			[]string{"paid: Can you move Monday's card payments to the savings account and reconcile them?"}},
		{"guard: the day's figures worked on", "Could you reconcile Friday's takings to the till rolls?",
			[]string{"paid: Could you reconcile Friday's takings to the till rolls?"}},
		{"guard: no day's booking", "Can you move the hot tub to the back of the garden on Tuesday?",
			[]string{"paid: Can you move the hot tub to the back of the garden on Tuesday?"}},
	})
}
