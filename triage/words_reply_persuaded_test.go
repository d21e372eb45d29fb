package triage

import "testing"

// TestReplyPersuaded: being won round ("you've talked me into it") leans
// to yes; with a second cue it decides. Sentences written for the test.
func TestReplyPersuaded(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"convinced", "You've convinced me. Sounds good.", Accepted, "convinced me"},
		{"talked into", "Ok, you've talked me into it. Sounds fine.", Accepted, "talked me into it"},
		{"sold", "Great, you've sold me on the oak.", Accepted, "sold me"},
		{"persuaded us", "Perfect, you've persuaded us.", Accepted, "persuaded us"},
		{"talked round", "Fine, you've talked us round. Looks good.", Accepted, "talked us round"},
		// Guards: negated, and alone.
		{"guard: not convinced", "You haven't convinced me, sorry.", Unclear, ""},
		{"guard: alone", "You've convinced me.", Unclear, "weak"},
	})
}

// TestReplyMakeAStart: "when could you make a start?" takes the go-ahead
// for granted, as "when can you start?" does. Sentences written for the
// test.
func TestReplyMakeAStart(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"could you", "Brilliant. When could you make a start?", Accepted, "make a start"},
		{"can you", "Lovely, that's what we were hoping. When can you make a start?", Accepted, "make a start"},
		{"how soon", "Great. How soon could you make a start on the hedge?", Accepted, "make a start"},
		{"will you", "Perfect, thanks. When will you make a start?", Accepted, "make a start"},
		{"worker", "Excellent. When can she make a start?", Accepted, "make a start"},
		// Guards: with the price asked, or a no.
		{"guard: price", "When could you make a start, and would that be $400?", Unclear, ""},
		{"guard: no", "No thanks. We'll make a start ourselves.", Declined, "no thanks"},
	})
}

// TestReplyAnswerSufficedAfter: the thing answered, then "was all I was
// after" ("the drying time was all we needed"): the quick answer sufficed,
// a no. Sentences written for the test.
func TestReplyAnswerSufficedAfter(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"was after", "Cheers, the opening hours were all I was after.", Declined, "all i was after"},
		{"were after", "Thanks, that's all we were after.", Declined, "all we were after"},
		{"wanted to know", "Great stuff, that's all I wanted to know.", Declined, "all i wanted to know"},
		{"needed to hear", "Ah brilliant, that was all we needed to hear.", Declined, "all we needed"},
		{"was all i needed", "Thanks, the paint colour was all I needed.", Declined, "was all i needed"},
		// Guard: a go-ahead beside it.
		{"guard: go ahead", "That's all I wanted to know - please go ahead.", Unclear, "mixed"},
	})
}

// TestReplyItalianNothingComes: "non se ne fa niente" lets the quote drop.
// Sentences written for the test.
func TestReplyItalianNothingComes(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"niente", "Grazie, ma per quest'anno non se ne fa niente.", Declined, "non se ne fa niente"},
		{"nulla", "Purtroppo non se ne fa nulla, il budget è finito.", Declined, "non se ne fa nulla"},
		{"farà", "Grazie della risposta, per ora non se ne farà niente.", Declined, "non se ne farà niente"},
		{"facciamo", "Per adesso non ne facciamo niente, grazie lo stesso.", Declined, "non ne facciamo niente"},
		{"facciamo nulla", "Ci abbiamo pensato: non ne facciamo nulla.", Declined, "non ne facciamo nulla"},
		// Guard: a go-ahead.
		{"guard: procedere", "Va bene, può procedere.", Accepted, ""},
	})
}
