package triage

import "testing"

// TestReplyWontTroubleYou: withdrawing the ask politely ("I shan't
// trouble you with the survey after all") declines (words.go, refusals);
// sorry-to-trouble-you openers and a go-ahead that promises quiet do not.
func TestReplyWontTroubleYou(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"shan't trouble you", "Thank you, but on second thoughts I shan't trouble you with the survey.", Declined, "shan't trouble you with"},
		{"won't trouble you", "We won't trouble you with the rewiring after all, as we're selling the house.", Declined, "won't trouble you with"},
		{"guard: sorry to trouble you", "Sorry to trouble you again, please go ahead with the redesign.", Accepted, "go ahead"},
		{"guard: won't trouble you until", "Lovely, go ahead. We won't trouble you until the tiles arrive.", Accepted, "go ahead"},
	})
}
