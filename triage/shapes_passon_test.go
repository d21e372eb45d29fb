package triage

import "testing"

// TestPassOnOwnAct: "I'd like to give them a date", "we'd like to tell him
// something firm": a wish to pass word on to a third person is the
// client's own act, it asks the firm nothing; "like you to tell them"
// names the firm and still asks.
func TestPassOnOwnAct(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"give them a date", "The parents keep asking and I'd like to give them a date for the trip.", nil},
		{"tell him something", "The landlord rings every day and we'd like to tell him something definite.", nil},
		{"send her", "My sister is anxious, so I'd like to send her an update tonight.", nil},
		{"reassure them", "The volunteers are worried and I would like to reassure them before Christmas.", nil},
		{"let everyone know", "We'd like to let everyone know the new opening hours by the weekend.", nil},
		// Guards: the firm is to act, or the object is the firm.
		{"guard: could you tell them", "Could you tell them the inspection is booked for Monday?",
			[]string{"quick: Could you tell them the inspection is booked for Monday?"}},
		{"guard: give us a date", "Could you give us a date for the final inspection?",
			[]string{"quick: Could you give us a date for the final inspection?"}},
	})
}
