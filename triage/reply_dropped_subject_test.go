package triage

import "testing"

// TestReplyHadOpensStatement: "Had" and a determiner with no question mark
// opens a statement whose "I" or "we" was dropped ("Had a chat with …"),
// so the answer in it is read; with a question mark it is a question.
func TestReplyHadOpensStatement(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"had a word", "Had a word with the other directors and we'll leave it.", Declined, ""},
		{"had a think", "Had a think over the weekend, please go ahead.", Accepted, "go ahead"},
		{"had a look", "Had a look at the budget - we don't need it this year.", Declined, ""},
		{"had the", "Had the other quotes in and we've decided not to proceed.", Declined, ""},
		{"had a call", "Had a call with the bank, happy for you to go ahead.", Accepted, ""},
		{"guard: question mark", "Had the landlord signed it before you went ahead?", Unclear, "question"},
		{"guard: had you", "Had you already started?", Unclear, ""},
		{"guard: had a question", "Had a chance to look at the lease yet?", Unclear, ""},
	})
}
