package triage

import "testing"

// TestRunOnObjectFilled: in a run-on, a contracted wh-word after a request
// whose object is already named, or after the client's reason, opens a
// question of its own; after a preposition or a verb of telling it is
// still the request's object.
func TestRunOnObjectFilled(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"object named", "morning can u send the signed lease whats the code for the bin store",
			[]string{"quick: can u send the signed lease", "quick: whats the code for the bin store"}},
		{"object named, pls", "hi pls resend the parking permit whens it valid from",
			[]string{"quick: hi pls resend the parking permit", "quick: whens it valid from"}},
		{"object named, could you", "could you forward the gas certificate wheres the stopcock in flat two",
			[]string{"quick: could you forward the gas certificate", "quick: wheres the stopcock in flat two"}},
		{"reason between", "can you clear the gutters again cos the tenant downstairs keeps getting water in whens your next free day",
			[]string{"paid: can you clear the gutters again", "quick: whens your next free day"}},
		{"because between", "please check the alarm sensor because the dog keeps setting it off whats your call out fee",
			[]string{"paid: please check the alarm sensor because the dog keeps setting it off", "quick: whats your call out fee"}},
		// Guards: the wh-clause is the object.
		{"guard: after a preposition", "can u check with the council whats happening with our permit",
			[]string{"quick: can u check with the council whats happening with our permit"}},
		{"guard: telling verb", "could you tell the driver whats needed at the gate",
			[]string{"quick: could you tell the driver whats needed at the gate"}},
		{"guard: ask a person", "can you ask the surveyor whats causing the crack in the hall",
			[]string{"paid: can you ask the surveyor whats causing the crack in the hall"}},
	})
}
