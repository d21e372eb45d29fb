package triage

import "testing"

// TestHoldDay: asking the firm to hold a day in its diary is a yes or no,
// whatever the day is for; holding goods or holding an event is not.
func TestHoldDay(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"hold a weekday slot", "Could you hold the Saturday afternoon of 14 March for our party?",
			[]string{"quick: Could you hold the Saturday afternoon of 14 March for our party?"}},
		{"save the date", "Can you save the date for us until Friday?",
			[]string{"quick: Can you save the date for us until Friday?"}},
		{"pencil us in", "Would you pencil us in for the week of the 20th?",
			[]string{"quick: Would you pencil us in for the week of the 20th?"}},
		{"hold an ordinal", "Please could you hold the 23rd for the kitchen fitting?",
			[]string{"quick: Please could you hold the 23rd for the kitchen fitting?"}},
		// Guards: no day is held.
		{"guard: hold stock", "Could you hold the stock for us until Monday?",
			[]string{"quick: Could you hold the stock for us until Monday?"}},
		{"guard: work on a date", "Could you redesign the label artwork by the 23rd?",
			[]string{"paid: Could you redesign the label artwork by the 23rd?"}},
	})
}

// TestForHire: whether a thing can be hired or booked is a yes or no;
// hiring something in for a job is the firm's work.
func TestForHire(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"let me know if it can be hired", "Could you let me know if your laptops can be hired for a three-day conference?",
			[]string{"quick: Could you let me know if your laptops can be hired for a three-day conference?"}},
		{"tell me whether it can be booked", "Please let us know whether the network cameras can be rented by the month.",
			[]string{"quick: Please let us know whether the network cameras can be rented by the month."}},
		// Guard: the firm hires something in to do a job.
		{"guard: hire in for a job", "Could you hire a cherry picker and replace the broken gutter on the north side?",
			[]string{"paid: Could you hire a cherry picker and replace the broken gutter on the north side?"}},
	})
}
