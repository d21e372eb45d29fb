package triage

import "testing"

// TestWillYouNeed: "will you need the X brought in, or can someone come
// out?" asks what the firm needs for a visit already wanted, as "do you
// need…?" does (words.go); a request for the work itself stays work.
func TestWillYouNeed(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"boat or a visit", "Will you need the boat lifted out or can the surveyor come out to the mooring?",
			[]string{"quick: Will you need the boat lifted out or can the surveyor come out to the mooring?"}},
		{"piano or a visit", "Will you need the piano brought to the workshop or can the tuner come over?",
			[]string{"quick: Will you need the piano brought to the workshop or can the tuner come over?"}},
		{"car or a visit", "Would you need the car brought in or could a mechanic pop over?",
			[]string{"quick: Would you need the car brought in or could a mechanic pop over?"}},
		{"laptop or a remote look", "Will you need the laptop dropped off or can someone take a look remotely?",
			[]string{"quick: Will you need the laptop dropped off or can someone take a look remotely?"}},
		{"sofa or a visit", "Will you need the sofa collected or can the upholsterer come out to us?",
			[]string{"quick: Will you need the sofa collected or can the upholsterer come out to us?"}},
		{"guard: the work asked for", "Could you come out and look at the leaking roof?",
			[]string{"paid: Could you come out and look at the leaking roof?"}},
		{"guard: whether work is needed", "Will you need to redo the whole survey?",
			[]string{"paid: Will you need to redo the whole survey?"}},
	})
}
