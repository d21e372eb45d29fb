package triage

import "testing"

// TestStartQuestionWorker: a question when the firm's worker, named by a
// pronoun or texting's "u", would start or finish takes the go-ahead for
// granted, as "when can you start" does; alone it answers nothing.
func TestStartQuestionWorker(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"she", "Sounds fair. When could she have it done by?", Accepted, ""},
		{"he", "OK with us. How soon can he start?", Accepted, ""},
		{"they", "Fine by me. When can they start?", Accepted, ""},
		{"u", "sounds good, when can u start?", Accepted, ""},
		{"ready", "That works. When could he have it ready?", Accepted, ""},
		{"guard: alone", "When could she start?", Unclear, ""},
		{"guard: other work", "When could she have the payroll report done by?", Unclear, ""},
		{"guard: about the price", "When could she start, and is that £60 an hour plus VAT?", Unclear, ""},
	})
}
