package triage

import "testing"

// TestReplyCheckInWaiver: waiving a check-in said with a particle verb
// ("no need to check in with me", "don't bother touching base with us")
// waives a step, not the work, as "no need to ring me first" does; the
// client's own need to check in with someone stays a hedge.
func TestReplyCheckInWaiver(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"check-in waiver", "Please carry on. No need to check in with me unless something odd turns up.", Accepted, "carry on"},
		{"check-in waiver", "Yes, proceed. You don't need to check in with me before each step.", Accepted, "proceed"},
		{"check-in waiver", "Happy for you to start - don't bother checking in with us, just send the report when it's done.", Accepted, "happy for you to"},
		{"check-in waiver", "Fine, crack on. No need to touch base with me until it's finished.", Accepted, "crack on"},
		{"check-in waiver", "Go ahead with the rewiring; you needn't check in with me.", Accepted, "go ahead"},
		{"check-in waiver", "Go for it. You don't have to check in with us about the parking either.", Accepted, "go for it"},
		{"check-in waiver", "Please start on the drainage, there's no need to check in with me first.", Accepted, "please start"},
		{"check-in waiver", "Approved. No need to touch base with me again before the install.", Accepted, "approved"},
		// Guards: the client still has to consult someone.
		{"check-in waiver guard", "I need to check in with my partner first.", Unclear, "need to check"},
		{"check-in waiver guard", "We'll have to check in with the board before we decide.", Unclear, "not decided"},
		{"check-in waiver guard", "Let me check in with my accountant and get back to you.", Unclear, "let me check"},
	})
}
