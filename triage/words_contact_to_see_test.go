package triage

import "testing"

// TestContactToSee: getting in touch "to see whether…" or "to find out
// if…" asks the firm the question, quick for a fact or a status and paid
// when work follows; seeing or finding out as the client's own plan asks
// nothing. Sentences written for this test.
func TestContactToSee(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"reaching out", "Reaching out to see whether you have a slot for the MOT next Tuesday.",
			[]string{"quick: Reaching out to see whether you have a slot for the MOT next Tuesday."}},
		{"checking in", "Just checking in to see if the replacement blinds have been ordered.",
			[]string{"quick: Just checking in to see if the replacement blinds have been ordered."}},
		{"emailing to find out", "I'm emailing to find out if you received the signed lease.",
			[]string{"quick: I'm emailing to find out if you received the signed lease."}},
		{"the reason", "The reason I'm writing is to see if the office is open on Boxing Day.",
			[]string{"quick: The reason I'm writing is to see if the office is open on Boxing Day."}},
		{"hoping", "I was hoping to find out whether the planning officer has visited.",
			[]string{"quick: I was hoping to find out whether the planning officer has visited."}},
		{"work", "Getting in touch to see if you could draw up a maintenance schedule for the flats.",
			[]string{"paid: Getting in touch to see if you could draw up a maintenance schedule for the flats."}},
		// Guards: the client's own plans to see or find out.
		{"guard: wait to see", "We'll wait to see if the crack gets any wider over the winter.", nil},
		{"guard: own finding out", "I'm going to find out from the bank what the charges were.", nil},
		{"guard: went to see", "My husband went to see the flat on Saturday and liked it.", nil},
	})
}
