package triage

import "testing"

// TestReplyReceiptQuestion: a light yes with a question about when the
// client will see or get the work accepts, as "when can you start?"
// does; a meeting, a payment or the price asked about stays a question
// back. Sentences written for the test.
func TestReplyReceiptQuestion(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"receipt question", "Sounds great. When could we see the first sketches?", Accepted, "when could we see"},
		{"receipt question", "Lovely, thanks. When can I expect the survey report?", Accepted, "when can i expect"},
		{"receipt question", "That works for us. When will we get the new floor plans?", Accepted, "when will we get"},
		{"receipt question", "Sounds fine. How soon could I have the draft lease?", Accepted, "how soon could i have"},
		{"receipt question", "Perfect. When would we receive it?", Accepted, "when would we receive"},
		// Guards: a meeting, a payment, the price, or no yes at all.
		{"receipt question guard", "Sounds good. When could we see you to talk it through?", Unclear, ""},
		{"receipt question guard", "Sounds good. When would I have to pay?", Unclear, "question back"},
		{"receipt question guard", "Sounds good. When would we get the total cost?", Unclear, "question back"},
		{"receipt question guard", "When could we see the first sketches?", Unclear, ""},
		{"receipt question guard", "Not sure yet. When could we see some examples of your work?", Unclear, ""},
	})
}
