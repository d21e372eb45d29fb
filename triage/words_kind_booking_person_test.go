package triage

import "testing"

// TestBookingPerson: changing the person a booking or an account is held
// under is one field of a record (bookingPersonSignals,
// words_kind_booking_person.go); a form or printed details stay work.
func TestBookingPerson(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"contact on a room booking", "Can you change the contact on our room booking to my colleague Ines?",
			[]string{"quick: Can you change the contact on our room booking to my colleague Ines?"}},
		{"main contact on a hire booking", "Could you update the main contact on the van hire booking to Raj Patel?",
			[]string{"quick: Could you update the main contact on the van hire booking to Raj Patel?"}},
		{"organiser on a reservation", "please change the organiser on the table reservation to my sister",
			[]string{"quick: please change the organiser on the table reservation to my sister"}},
		{"booker for a conference order", "Can you amend the booker for the conference order to our office manager?",
			[]string{"quick: Can you amend the booker for the conference order to our office manager?"}},
		{"guard: a contact form is work", "Can you change the contact form so it asks for a phone number?",
			[]string{"paid: Can you change the contact form so it asks for a phone number?"}},
		{"guard: a contact page rebuilt", "Could you redo the contact page on the website with a map and opening hours?",
			[]string{"paid: Could you redo the contact page on the website with a map and opening hours?"}},
		{"guard: a booking system set up", "Could you change the booking system so clients can pay a deposit online?",
			[]string{"paid: Could you change the booking system so clients can pay a deposit online?"}},
	})
}
