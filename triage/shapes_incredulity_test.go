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
