package triage

import "testing"

// TestAddedPersonOnRecord: naming one more person on a booking or an
// account ("as a second driver", "as an additional user") is a one-step
// record (words_kind_admin.go); adding work or things stays what it is.
func TestAddedPersonOnRecord(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"named driver", "Please add my son, Luca, as a named driver on the van hire.",
			[]string{"quick: Please add my son, Luca, as a named driver on the van hire."}},
		{"additional user", "Can you add Ravi from accounts as an additional user on our portal?",
			[]string{"quick: Can you add Ravi from accounts as an additional user on our portal?"}},
		{"extra attendee", "Please add my colleague Bea Hollis as an extra attendee for the Thursday workshop.",
			[]string{"quick: Please add my colleague Bea Hollis as an extra attendee for the Thursday workshop."}},
		{"second signatory", "Could you add Mr Okoro as a second signatory on the client account?",
			[]string{"quick: Could you add Mr Okoro as a second signatory on the client account?"}},
		{"another keyholder", "Please put my neighbour down as another keyholder for the alarm.",
			[]string{"quick: Please put my neighbour down as another keyholder for the alarm."}},
		// Guards: a thing added to work, or a person given a job, is not
		// a record.
		{"a room added to plans", "Could you add a second bathroom to the loft plans?",
			[]string{"paid: Could you add a second bathroom to the loft plans?"}},
		{"a user set up with kit", "Please set up Ravi with a laptop and an email account as a new starter.",
			[]string{"paid: Please set up Ravi with a laptop and an email account as a new starter."}},
	})
}
