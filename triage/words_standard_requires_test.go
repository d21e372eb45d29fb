package triage

import "testing"

// TestStandardRequiresCheck: what a named standard, code, law or guidance
// demands, asked for the client's own case, is research into the rule
// (paid), as "are we compliant" is (words_shapes.go). A copy of the
// standard, when it takes effect, a fee and whether an inspection
// happened stay quick. Sentences written for the test.
func TestStandardRequiresCheck(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "Could you find out what the fire code requires for the stairwell in our new unit?", Paid},
		{"en", "What does the food hygiene guidance require for our walk-in fridge?", Paid},
		{"en", "Please check what the law requires of us as the landlord of the flat above the shop.", Paid},
		{"en", "Can you look up what the ISO standard requires for our calibration records and tell me if we're covered?", Paid},
		{"en", "What does the Highway Code require of cyclists at a crossing like ours?", Paid},
		{"en", "Could you check what the electrical standards require for the sockets in our new salon?", Paid},
		{"en guard: a copy of the standard", "Can you send me a copy of the standard?", Quick},
		{"en guard: when a code applies", "When does the new code come into force?", Quick},
		{"en guard: a standard fee", "Is the standard fee still 90 pounds?", Quick},
		{"en guard: whether it happened", "Did the inspector sign off the stairwell?", Quick},
		{"en guard: the code as a word", "What's the discount code for the spring webinar?", Quick},
	})
}
