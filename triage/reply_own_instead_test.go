package triage

import "testing"

// TestReplyOwnInstead: the client's own plan in place of the quoted work
// ("I'll just buy a ready-made frame instead", "we'll just keep the old
// boiler going for now") declines a reply without a go-ahead
// (reply_own_instead.go); with a go-ahead, towards the firm ("I'll just
// give you a call instead"), or choosing a part ("we'll just need the
// summary for now") it does not. Sentences written for the test.
func TestReplyOwnInstead(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"own instead", "Thanks for the quote, I think I'll just buy a ready-made frame instead.", Declined, "own plan instead"},
		{"own instead", "No worries, we'll just keep the old boiler going for now.", Declined, "own plan for now"},
		{"own instead", "Appreciate it, but we will just use the council's free template instead.", Declined, "own plan instead"},
		{"own instead", "Cheers, I'll just patch the fence up for the moment.", Declined, "own plan for the moment"},
		{"own instead", "That's fair. I'll print the leaflets at the library instead.", Declined, "own plan instead"},
		{"own instead", "Fair enough, we'll just muddle along with the spreadsheet for the time being.", Declined, ""},
		{"own instead guard go-ahead", "Yes, go ahead. I'll just post the deeds instead.", Unclear, "part of the work only"},
		{"own instead guard contact", "Thanks, I'll just give you a call instead.", Unclear, ""},
		{"own instead guard part", "We'll just need the summary for now.", Unclear, ""},
		{"own instead guard without just", "We'll use the old template for now.", Unclear, ""},
		{"own instead guard firm", "You could use the old template instead?", Unclear, ""},
	})
}
