package triage

import "testing"

// TestWithdrawnQuestion: a sentence that ends by taking the question
// before it back ("… so ignore that", "… so never mind") settles it and
// asks nothing itself; a withdrawal with its own object, or a question
// the client does not take back, still asks.
func TestWithdrawnQuestion(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"so ignore that", "Is the car wash open on bank holidays? I've just found the hours on your site, so ignore that.", nil},
		{"so please disregard it", "Does the course fee include lunch? The joining letter says it does, so please disregard it.", nil},
		{"so never mind", "Can the piano tuner come on Friday? My husband has already booked him, so never mind.", nil},
		{"forget that question", "Which form do I sign for the boiler service? The engineer left it on the table, so forget that question.", nil},
		{"ignore my question", "Is the church hall heated in winter? Someone at choir said it is, so ignore my question.", nil},
		{"scratch that", "Do you still stock the blue tiles? Our fitter had a box left over, so scratch that.", nil},
		// Guards: a withdrawal with an object of its own; nothing taken back;
		// a request that only mentions ignoring.
		{"guard: own object", "Is the van booked for Tuesday? We've moved the meeting, so the old date is wrong.",
			[]string{"quick: Is the van booked for Tuesday?"}},
		{"guard: not withdrawn", "Did the bank transfer arrive? I sent it on Monday morning.",
			[]string{"quick: Did the bank transfer arrive?"}},
		{"guard: asks whether to ignore it", "Is this letter from the council urgent, or can we safely ignore it?",
			[]string{"quick: Is this letter from the council urgent, or can we safely ignore it?"}},
		{"guard: request to ignore a draft", "Could you ignore the first draft and redesign the flyer with the new logo?",
			[]string{"paid: Could you ignore the first draft and redesign the flyer with the new logo?"}},
	})
}
