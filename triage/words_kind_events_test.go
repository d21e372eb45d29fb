package triage

import "testing"

// TestOrganisingAnOccasion: putting on an occasion for the client is
// paid, also with the price for it asked after "and"; whether the firm
// puts such things on, arranging a call, and a status stay quick
// (words_kind_events.go). Sentences written for the test.
func TestOrganisingAnOccasion(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"organise with a price after", "Could you organise a guided brewery tour and a picnic lunch for our team in June, and send us a price?",
			[]string{"paid: Could you organise a guided brewery tour and a picnic lunch for our team in June, and send us a price?"}},
		{"arrange a party with a quote after", "Can you arrange a retirement party for Ken at the clubhouse and give me a quote?",
			[]string{"paid: Can you arrange a retirement party for Ken at the clubhouse and give me a quote?"}},
		{"host a launch", "Would you host a book launch for our new title in the shop?",
			[]string{"paid: Would you host a book launch for our new title in the shop?"}},
		{"plan a trip", "Please plan a three-day trip to the Lakes for our walking club.",
			[]string{"paid: Please plan a three-day trip to the Lakes for our walking club."}},
		{"run a workshop with a price", "Could you run a pottery workshop for twelve children and send us a price?",
			[]string{"paid: Could you run a pottery workshop for twelve children and send us a price?"}},
		{"guard: whether the firm runs them", "Do you run tours of the brewery at weekends?",
			[]string{"quick: Do you run tours of the brewery at weekends?"}},
		{"guard: arranging a call", "Could you arrange a call with the site manager for Tuesday?",
			[]string{"quick: Could you arrange a call with the site manager for Tuesday?"}},
		{"guard: a price alone", "Could you send us a price for twelve bottles of the house red?",
			[]string{"quick: Could you send us a price for twelve bottles of the house red?"}},
		{"guard: status of an occasion", "Has the tasting on Friday been confirmed yet?",
			[]string{"quick: Has the tasting on Friday been confirmed yet?"}},
	})
}
