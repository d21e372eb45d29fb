package triage

import "testing"

// TestPriceOfJob: a price or quote asked for a job named by its work in
// -ing is estimating the job, paid even when the work's verb is one no
// list knows (priceJobMatch, words_kind_billing.go). Goods, counted work
// and a list price asked stay quick. Sentences written for this test.
func TestPriceOfJob(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"a price for an unlisted job", "Can you give me a price for reupholstering the two armchairs?",
			[]string{"paid: Can you give me a price for reupholstering the two armchairs?"}},
		{"after a quote, as a statement", "We're after a quote for resurfacing the tennis court behind the hall.",
			[]string{"paid: We're after a quote for resurfacing the tennis court behind the hall."}},
		{"an estimate for", "Please send us an estimate for relining the chimney in the back bedroom.",
			[]string{"paid: Please send us an estimate for relining the chimney in the back bedroom."}},
		{"a rough figure for", "Would you send a rough figure for restringing all six harps?",
			[]string{"paid: Would you send a rough figure for restringing all six harps?"}},
		{"price for doing", "Could you give us a price for doing the whole terrace in one go?",
			[]string{"paid: Could you give us a price for doing the whole terrace in one go?"}},
		// Guards: goods, counted work, a list price, a price with no job.
		{"guard: goods", "Can you give me a price for 60 enamel badges with the club crest?",
			[]string{"quick: Can you give me a price for 60 enamel badges with the club crest?"}},
		{"guard: counted work", "Could we have a quote for adding three more lockers to the changing room?",
			[]string{"quick: Could we have a quote for adding three more lockers to the changing room?"}},
		{"guard: a list price", "What's your price for tuning an upright piano?",
			[]string{"quick: What's your price for tuning an upright piano?"}},
		{"guard: a price for a thing", "Could you send me a price for the walnut bookcase in your window?",
			[]string{"quick: Could you send me a price for the walnut bookcase in your window?"}},
	})
}
