package triage

import "testing"

// TestReplyProbablyNo: a no said with "probably" declines; "maybe" and
// "perhaps" leave it open, and a go-ahead with "probably" only leans.
func TestReplyProbablyNo(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"probably + cope without", "We can probably cope without the cash-flow forecast.", Declined, ""},
		{"probably + skip", "I'll probably skip it this quarter, thank you.", Declined, ""},
		{"probably + don't need", "We probably don't need the full structural survey.", Declined, ""},
		{"probably + leave it", "Honestly we'll probably leave it until the spring.", Declined, ""},
		{"probably + hold off", "The trustees will probably hold off on the audit.", Declined, ""},
		{"guard: maybe", "Maybe we'll leave the logo refresh.", Unclear, ""},
		{"guard: perhaps", "Perhaps we can do without the extra visit.", Unclear, ""},
		{"guard: probably yes", "We'll probably go ahead with the data migration.", Unclear, ""},
		{"guard: might", "We might hold off on the boiler service.", Unclear, ""},
	})
}
