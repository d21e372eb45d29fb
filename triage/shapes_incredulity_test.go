package triage

import "testing"

// TestAnotherEcho: "Another …?" with no verb vents; with a verb, the firm
// addressed or a request it asks. Sentences written for this test.
func TestAnotherEcho(t *testing.T) {
	runShapeTexts(t, []shapeCase{
		{"price rise echoed", "Another price rise? We only had one in June.", nil},
		{"delay echoed", "Another delay on the kitchen fit?", nil},
		{"fee echoed", "Another admin fee?", nil},
		{"percentage echoed", "Another 4% on the service charge?", nil},
		{"outage echoed", "Another outage this morning?", nil},
		// Guards: a question or request all the same.
		{"guard: verb", "Another slot is free on Friday, can you take it?", []string{"Another slot is free on Friday, can you take it?"}},
		{"guard: addressed", "Another copy for you or for the bank?", []string{"Another copy for you or for the bank?"}},
		{"guard: not a question", "Another thing, send the invoice to Pat please.", []string{"Another thing, send the invoice to Pat please."}},
		{"guard: longer, a question without its verb", "Another appointment for the boiler check next Tuesday morning?", []string{"Another appointment for the boiler check next Tuesday morning?"}},
	})
}

// TestAnyoneShrugNoAsk: a shrug word, then a yes/no question about
// people at large, complains and asks nothing; the firm addressed, or no
// shrug, leaves a question.
func TestAnyoneShrugNoAsk(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"honestly can anyone", "Honestly, can anyone afford a plumber these days?", nil},
		{"seriously does anybody", "Seriously, does anybody read the small print on these forms?", nil},
		{"honestly is everyone", "Honestly, is everyone on holiday this week?", nil},
		{"seriously do people", "Seriously, do people still send cheques?", nil},
		{"honestly do banks", "Honestly, do banks ever answer the phone?", nil},
		// Guards: the firm addressed; no shrug.
		{"guard: anyone in your office", "Honestly, does anyone in your office know the new portal login?",
			[]string{"quick: Honestly, does anyone in your office know the new portal login?"}},
		{"guard: no shrug", "Does anyone need to sign the lease besides me?",
			[]string{"quick: Does anyone need to sign the lease besides me?"}},
	})
}

// TestWhyTheyEvenNoAsk: a why-question about a third party with "even" or
// "bother" after the subject shrugs at them; without those words, with
// the firm addressed or about the client, it is left a question.
// Sentences written for this test.
func TestWhyTheyEvenNoAsk(t *testing.T) {
	runShapeTexts(t, []shapeCase{
		{"they even bother", "Why do they even bother printing a timetable?", nil},
		{"anyone bother", "Why would anyone bother filling in a form that long?", nil},
		{"councils even", "Why do councils even send these letters in August?", nil},
		{"people bother", "But why do people bother with fax numbers any more?", nil},
		{"suppliers even", "Why did suppliers even agree to that date?", nil},
		{"banks even", "Why do banks even ask for a wet signature?", nil},
		// Guards: no shrug word; the firm addressed; the client's own act.
		{"guard: plain why", "Why do they need a copy of the lease?", []string{"Why do they need a copy of the lease?"}},
		{"guard: firm addressed", "Why do they even need the lease, could you ask them?", []string{"Why do they even need the lease, could you ask them?"}},
		{"guard: we", "Why do we even pay the standing charge on the second meter?", []string{"Why do we even pay the standing charge on the second meter?"}},
	})
}
