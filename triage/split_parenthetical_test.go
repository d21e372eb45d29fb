package triage

import "testing"

// TestParentheticalQuery: a "?" or "!" closing a parenthesis in passing
// ("the fitter (Sam?) was great") does not end the sentence when it goes
// on in lower case (parentheticalQuery, split.go).
func TestParentheticalQuery(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"a name guessed", "The fitter on Monday (Sam?) was great, thanks.", nil},
		{"an aside exclaimed", "Can you send the invoice (or two!) to our new address?",
			[]string{"quick: Can you send the invoice (or two!) to our new address?"}},
		{"a firm guessed", "The courier (DPD?) said it was left with a neighbour. Has it been signed for?",
			[]string{"quick: Has it been signed for?"}},
		{"a person doubted", "My accountant (the new one?) says we owe VAT on it, is that right?",
			[]string{"quick: My accountant (the new one?) says we owe VAT on it, is that right?"}},
		{"a name with a hedge", "Our plumber (Dave, I think?) left the tap dripping. Can you send him back?",
			[]string{"quick: Can you send him back?"}},
		{"guard: capital after the parenthesis", "Is the shop open on Sunday (or is it shut?) Please let me know.",
			[]string{"quick: Is the shop open on Sunday (or is it shut?)", "quick: Please let me know."}},
		{"guard: question mark after the parenthesis", "Did the parcel arrive (the blue one)? can you confirm",
			[]string{"quick: Did the parcel arrive (the blue one)?", "quick: can you confirm"}},
	})
}
