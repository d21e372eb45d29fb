package triage

import "testing"

// TestRunOnAside: a short parenthesised aside (a name, a gloss) in a
// texted run-on leaves it a run-on, split at its asks (shapes_runon.go,
// onlyShortAside); punctuated writing is left to the sentence rules.
func TestRunOnAside(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"a name in brackets", "hi sam new starter on monday (jade) can you set her up with an email please and is there a spare laptop or do we need to buy one",
			[]string{"quick: can you set her up with an email please", "quick: and is there a spare laptop or do we need to buy one"}},
		{"a gloss in brackets", "morning new van arrived (the ford) can you add it to the insurance and whats the excess on it now",
			[]string{"quick: van arrived (the ford) can you add it to the insurance", "quick: whats the excess on it now"}},
		{"a unit number", "hi tom quick one our new site (unit 6) goes live monday can you add it to the alarm contract and whats the monthly cost",
			[]string{"quick: quick one our new site (unit 6) goes live monday can you add it to the alarm contract", "quick: whats the monthly cost"}},
		{"a person's role", "hiya the accountant (sue) wants the bank statements can you send them over today and did the refund come through",
			[]string{"quick: accountant (sue) wants the bank statements can you send them over today", "quick: did the refund come through"}},
		{"the aside last", "can you renew the parking permit for the van and when does it run out (the blue one)",
			[]string{"quick: can you renew the parking permit for the van", "quick: when does it run out (the blue one)"}},
		{"guard: punctuation inside the aside", "we had a meeting with the bank (on tuesday, finally) and they want more figures", nil},
		{"guard: punctuated writing", "The builder (Mike) sent his invoice. Can you pay it this week?",
			[]string{"quick: Can you pay it this week?"}},
	})
}
