package triage

import "testing"

// TestReplyLaterAsk: a question in a paragraph after a clear no, asking
// something new (opening hours, a date, a document), leaves the no
// standing; a question right after the no in its paragraph, one that
// names the work by a pronoun, a price or hours, or keeps the quote open
// (talking it over, another option or time), or one with no clear no
// before it, is still a question back. Sentences written for the test (a
// bike shop, a choir, a tax adviser, a framing workshop).
func TestReplyLaterAsk(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"later ask", "We've decided not to go ahead with the full service.\n\nAre you open on bank holiday Monday?", Declined, "decided not to"},
		{"later ask", "No thanks, we'll leave the recording for this season.\n\nWhen does the spring term start?", Declined, "no thanks"},
		{"later ask", "Thanks, but we won't need the audit.\n\nCould you send me a copy of last year's return?", Declined, "won't need"},
		{"later ask guard: same paragraph", "We've decided not to go ahead with the full service. Are you open on bank holiday Monday?", Unclear, "question back"},
		{"later ask guard: pronoun", "We've decided not to go ahead.\n\nCould you do it in April?", Unclear, ""},
		{"later ask guard: price", "No thanks for now.\n\nIs there a cheaper package?", Unclear, ""},
		{"later ask guard: talk", "We've decided not to go ahead.\n\nCan we have a call on Friday?", Unclear, "question back"},
		{"later ask guard: another option", "We've decided not to go ahead.\n\nIs there a different frame you'd suggest?", Unclear, "question back"},
		{"later ask guard: no clear no", "Thanks for the quote.\n\nAre you open on Saturdays?", Unclear, "question back"},
		{"later ask guard: yes", "Yes please go ahead.\n\nAre you open on Saturdays?", Accepted, "go ahead"},
	})
}
