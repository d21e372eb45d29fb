package triage

import "testing"

// TestReplySeeByDate: a go-ahead with "we need to see … by <date>" sets
// a deadline and stays a go-ahead; seeing something first, with no date,
// is still a hedge.
func TestReplySeeByDate(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"see by date", "Yes, please go ahead. We need to see the draft plans by Friday.", Accepted, ""},
		{"see by date", "Go ahead with the audit, I'd want to see a first version by the 20th.", Accepted, ""},
		{"see by date", "That's fine, proceed. The board will want to see the report by end of March.", Accepted, ""},
		{"see by date", "Happy for you to start. We need to see the layouts by 3 May at the latest.", Accepted, ""},
		{"see by date", "OK go ahead - I want to see something by next week if you can.", Accepted, ""},
		// Guards: seeing first, or seeing by a means, still hedges.
		{"see by date guard", "Go ahead in principle, but we need to see the figures first.", Unclear, "not decided"},
		{"see by date guard", "Sounds good, though I need to see it by email before we commit.", Unclear, "not decided"},
		{"see by date guard", "Let me see by how much it changes the total.", Unclear, "not decided"},
	})
}
