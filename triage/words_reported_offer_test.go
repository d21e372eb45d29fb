package triage

import "testing"

// TestReportedOffers: someone's word that the firm could do a job,
// passed on, asks for it; what the firm could be or has done does not.
func TestReportedOffers(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"said you could sort out", "My business partner said you could sort out the VAT registration for the new shop.",
			[]string{"paid: My business partner said you could sort out the VAT registration for the new shop."}},
		{"told us you could send", "The bank told us you could send them a reference for the mortgage.",
			[]string{"paid: The bank told us you could send them a reference for the mortgage."}},
		{"mentioned you'd redo", "Our old bookkeeper mentioned you'd redo the fixed asset register if we asked.",
			[]string{"paid: Our old bookkeeper mentioned you'd redo the fixed asset register if we asked."}},
		{"says you can update", "Marta says you can update the staff rota template for the summer, that would be a big help.",
			[]string{"paid: Marta says you can update the staff rota template for the summer, that would be a big help."}},
		{"said you could set up", "The caretaker said you could set up a booking sheet for the hall, which would be brilliant.",
			[]string{"paid: The caretaker said you could set up a booking sheet for the hall, which would be brilliant."}},
		// Guards: no work after the frame.
		{"could be away", "She said you could be away next week, so no rush.", nil},
		{"already filed", "He told me you'd already filed the return, thanks for that.", nil},
		{"would be in touch", "The landlord said you would be in touch about the inspection.", nil},
		// Guards: the client's own word, or the firm's.
		{"the client's own word", "I told the buyer you'd prepare the completion figures next week.", nil},
		{"the firm's own word", "When you said you'd review the contract, did you mean this week or next?",
			[]string{"quick: When you said you'd review the contract, did you mean this week or next?"}},
	})
}
