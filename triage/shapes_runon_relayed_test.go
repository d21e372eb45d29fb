package triage

import "testing"

// TestRunOnRelayedAsk: in a run-on, "also" or "plus" before someone
// else's wish to know something about the firm ("my dad wants to know
// if you …") opens an ask; someone else's news after "also" does not.
func TestRunOnRelayedAsk(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"wants to know", "hi can you fit the blinds on the 3rd also my dad wants to know if you do shutters",
			[]string{"paid: can you fit the blinds on the 3rd", "quick: also my dad wants to know if you do shutters"}},
		{"the landlord", "is the van booked for tuesday also the landlord wants to know if you need the side gate open",
			[]string{"quick: is the van booked for tuesday", "quick: also the landlord wants to know if you need the side gate open"}},
		{"plus", "did the order go out yet plus my partner wants to know if you deliver on sundays",
			[]string{"quick: did the order go out yet", "quick: plus my partner wants to know if you deliver on sundays"}},
		{"our neighbour", "has the deposit cleared also our neighbour wants to know if you sell gift vouchers",
			[]string{"quick: has the deposit cleared", "quick: also our neighbour wants to know if you sell gift vouchers"}},
		{"longer subject", "can we move the tasting to friday also the best man wants to know if you have a kids menu",
			[]string{"quick: can we move the tasting to friday", "quick: also the best man wants to know if you have a kids menu"}},
		// Guards: someone else's news or own plans, not a question to the firm.
		{"guard: news", "has the deposit cleared also my dad wants to know nothing about it",
			[]string{"quick: has the deposit cleared also my dad wants to know nothing about it"}},
		{"guard: their own act", "did the parcel arrive also my mum wants to know if she can come to the fitting",
			[]string{"quick: did the parcel arrive also my mum wants to know if she can come to the fitting"}},
	})
}

// TestRunOnThanksTail: a few words of thanks closing a run-on are its
// sign-off, not part of the last ask; "thanks to" gives a cause.
func TestRunOnThanksTail(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"thanks so much", "hey is the big gazebo free on the 9th thanks so much xx",
			[]string{"quick: is the big gazebo free on the 9th"}},
		{"cheers", "morning did the plumber order the valve yet cheers",
			[]string{"quick: did the plumber order the valve yet"}},
		{"thank you", "hi can you confirm the skip is booked for monday thank you",
			[]string{"quick: can you confirm the skip is booked for monday"}},
		{"thx", "hi has the refund gone through yet thx",
			[]string{"quick: has the refund gone through yet"}},
		{"ta", "hiya is the workshop open on bank holiday monday ta",
			[]string{"quick: is the workshop open on bank holiday monday"}},
		// Guard: thanks to a cause is part of the ask.
		{"guard: thanks to", "hi is the site still shut thanks to the flooding",
			[]string{"quick: is the site still shut thanks to the flooding"}},
	})
}
