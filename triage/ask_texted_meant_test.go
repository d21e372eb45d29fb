package triage

import "testing"

// TestTextedMeantToAsk: "meant to ask" / "forgot to ask" with the subject
// dropped, as texted ("sorry meant to ask is the…"), leads an ask even
// without a question mark; a report of someone else's intention and a
// retracted ask ("…but it's sorted") do not. Sentences written for the
// test (a piano tuner, a bike shop, a kennel-free dog walker, a framer).
func TestTextedMeantToAsk(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"sorry meant to ask", "sorry meant to ask is the tuning fee the same on a Sunday",
			[]string{"sorry meant to ask is the tuning fee the same on a Sunday"}},
		{"forgot to ask comma", "Forgot to ask, do you stock tubeless valves",
			[]string{"Forgot to ask, do you stock tubeless valves"}},
		{"oh forgot to ask", "oh forgot to ask whether the walker has a key already",
			[]string{"oh forgot to ask whether the walker has a key already"}},
		{"also meant to ask", "Also meant to ask if the mount board comes in cream",
			[]string{"Also meant to ask if the mount board comes in cream"}},
		{"guard: someone else's intention", "He meant to ask the tuner about the pedals last time.", nil},
		{"guard: apology and frame alone", "Sorry, forgot to ask. Is the shop open on Sunday?",
			[]string{"Is the shop open on Sunday?"}},
		{"guard: frame alone", "Forgot to ask. Do you fit mudguards?", []string{"Do you fit mudguards?"}},
		{"guard: full frame alone", "I forgot to ask. Do you fit mudguards?", []string{"Do you fit mudguards?"}},
		{"guard: retracted", "Meant to ask about the saddle but the shop already rang me.", nil},
	}, askTextsInLanguage)
}
