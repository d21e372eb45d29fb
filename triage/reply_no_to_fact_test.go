package triage

import "testing"

// TestReplyNoToFact: "No," before a statement that a named thing has not
// happened answers a question of fact, not the quote; a no with a reason
// in the present or future, or about "it", still declines.
func TestReplyNoToFact(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"hasn't", "No, the council hasn't replied to the objection.", Unclear, ""},
		{"haven't", "Nope, the new laptops haven't been delivered.", Unclear, ""},
		{"didn't", "No, my previous accountant didn't file the 2024 return.", Unclear, ""},
		{"wasn't", "No, the payslip wasn't sent to her.", Unclear, ""},
		{"not yet", "No, our insurer is not back to us yet.", Unclear, ""},
		{"guard: won't", "No, our budget won't allow it.", Declined, ""},
		{"guard: doesn't", "No, the timing doesn't suit us.", Declined, ""},
		{"guard: it", "No, it isn't needed now.", Declined, ""},
		{"guard: period", "No. The partners haven't the appetite for it.", Declined, ""},
	})
}
