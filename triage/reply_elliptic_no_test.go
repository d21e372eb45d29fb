package triage

import "testing"

// TestReplyEllipticNo: a no cut short to its adverb ("best not",
// "probably not") answers the quote when it is its clause's whole
// answer; the same words before more of the clause do not.
func TestReplyEllipticNo(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"best not", "Best not, the partners want to keep costs down.", Declined, "best not"},
		{"better not", "Better not - cash is tight this month.", Declined, "better not"},
		{"probably not", "Probably not, but thanks for looking.", Declined, ""},
		{"best not to", "On second thoughts, best not to.", Declined, "best not to"},
		{"probably best not to", "Probably best not to, we're selling the unit anyway.", Declined, ""},
		{"guard: not a big job", "It's probably not a big job, so go ahead.", Accepted, "go ahead"},
		{"guard: best not to start", "Go ahead, though best not to start before the 4th.", Accepted, ""},
		{"guard: not an issue", "Probably not an issue, please proceed.", Accepted, ""},
	})
}
