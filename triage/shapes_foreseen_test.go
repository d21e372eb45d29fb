package triage

import "testing"

// TestForeseenNeedAsked: "…, so we'll need more X." closing a paragraph,
// then a question about X opening the next, is that question's
// background; the need alone, work named after the thing, or a question
// about something else leave it an ask.
func TestForeseenNeedAsked(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"more desks", "Two apprentices start in March, so we'll need more desks.\n\nCan you supply desks that match the ones we bought last year?",
			[]string{"paid: Can you supply desks that match the ones we bought last year?"}},
		{"extra licences", "The Leeds office is opening in the spring, so we'll need extra licences.\n\nDo the licences come in packs of five?",
			[]string{"quick: Do the licences come in packs of five?"}},
		{"a new van", "Our delivery round is doubling after Easter so I'll need a new van.\n\nIs the van lease something we can put through the business?",
			[]string{"quick: Is the van lease something we can put through the business?"}},
		{"some chairs", "We're hosting the regional meeting this year, so we'll need some chairs.\n\nHow many chairs can you lend us?",
			[]string{"quick: How many chairs can you lend us?"}},
		{"more rooms", "Our team is coming up for the conference, so we'll need more rooms.\n\nAre there still rooms free on the Friday night?",
			[]string{"quick: Are there still rooms free on the Friday night?"}},
		// Guards: no question after; the question is about another thing;
		// work named after the thing.
		{"guard: alone", "Two apprentices start in March, so we'll need more desks.",
			[]string{"paid: Two apprentices start in March, so we'll need more desks."}},
		{"guard: another thing", "Two apprentices start in March, so we'll need more desks.\n\nDid the invoice for the chairs go out?",
			[]string{"paid: Two apprentices start in March, so we'll need more desks.", "quick: Did the invoice for the chairs go out?"}},
		{"guard: work named", "We move in April, so we'll need the phones moved.\n\nCan the phones be moved on a Saturday?",
			[]string{"paid: We move in April, so we'll need the phones moved.", "quick: Can the phones be moved on a Saturday?"}},
	})
}
