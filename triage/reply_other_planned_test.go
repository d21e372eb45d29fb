package triage

import "testing"

// TestReplyOtherPlannedDoer: a person of the client's named first, then a
// pronoun's plan to do the job ("my son is an electrician and he's going
// to handle it"): the work goes elsewhere, a no without a go-ahead.
// Sentences written for the test.
func TestReplyOtherPlannedDoer(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"caretaker", "Thanks, but our caretaker says she'll fix it next week.", Declined, "our caretaker"},
		{"son electrician", "That's kind, but my son is an electrician and he's going to handle it over Christmas.", Declined, "my son"},
		{"dad retired", "Thanks all the same, my dad is retired and he'll sort it.", Declined, "my dad"},
		{"sister", "Appreciate the quick reply, but my sister is a bookkeeper so she is going to sort the accounts for us.", Declined, "my sister"},
		{"neighbour", "Thanks anyway, my neighbour has a van so he'll deal with the rubbish.", Declined, "my neighbour"},
		// Guards: a go-ahead beside a side task, the reader named, a
		// negated plan.
		{"guard: deposit", "Go ahead - my wife will sort the deposit.", Accepted, "go ahead"},
		{"guard: let you in", "Go ahead. My husband is home on Tuesday and he'll let you in.", Accepted, "go ahead"},
		{"guard: won't", "Thanks, but my brother said he won't fix it.", Unclear, ""},
	})
}
