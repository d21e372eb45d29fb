package triage

import "testing"

// TestHopeRoomFor: a hope that the firm will have room, space or places
// for someone or something asks for a place on the booking, as "hope you
// can fit us in" does; a hope that wishes the reader well stays no ask.
// Sentences written for the test (a cattery, a dance school, a ferry
// operator, a camp site).
func TestHopeRoomFor(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"hoping you'll have room for", "I'm hoping you'll have room for our second cat over New Year.",
			[]string{"I'm hoping you'll have room for our second cat over New Year."}},
		{"hope you can have places for", "We hope you'll have places for both girls in the Saturday tap class.",
			[]string{"We hope you'll have places for both girls in the Saturday tap class."}},
		{"hoping you'll have space for", "Really hoping you'll have space for the camper van on the 6am sailing.",
			[]string{"Really hoping you'll have space for the camper van on the 6am sailing."}},
		{"guard: wishes well", "I hope you'll have a lovely break after the season.", nil},
		{"guard: room to breathe", "I hope you'll have room to breathe once the summer rush is over.", nil},
	}, askTextsInLanguage)
}

// TestRoomForKind: whether the firm has room for someone on a booking is
// a yes or no from the diary; a job that makes room is work.
func TestRoomForKind(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"room for a guest", "I'm hoping you'll have room for our second cat over New Year.",
			[]string{"quick: I'm hoping you'll have room for our second cat over New Year."}},
		{"space on a sailing", "Do you have space for the camper van on the 6am sailing?",
			[]string{"quick: Do you have space for the camper van on the 6am sailing?"}},
		{"guard: work that makes room", "Could you redesign the loft so we have room for a desk?",
			[]string{"paid: Could you redesign the loft so we have room for a desk?"}},
	})
}
