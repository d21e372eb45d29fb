package triage

import "testing"

// TestReplyTradeJobOurselves: the client's own plan to do a trade's job
// (carry out, repair, clear, install, paint …) with "ourselves" or
// "myself" declines as "we'll do it ourselves" does; negated, asked or
// beside a go-ahead it does not. Answers written for the test.
func TestReplyTradeJobOurselves(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"trade self", "We've decided to carry out the repairs ourselves.", Declined, ""},
		{"trade self", "We'll install the shelving ourselves.", Declined, ""},
		{"trade self", "I'll replace the washer myself.", Declined, ""},
		{"trade self", "We're going to repaint the railings ourselves in the spring.", Declined, ""},
		{"trade self", "I think I'll mend the fence panel myself.", Declined, ""},
		{"trade self", "We plan to service the boiler ourselves from now on.", Declined, ""},
		{"trade self guard", "We don't have time to clean it ourselves, so please go ahead.", Accepted, ""},
		{"trade self guard", "Could we paint it ourselves to save money?", Unclear, ""},
		{"trade self guard", "Carry on, the fitting went well by itself.", Accepted, ""},
		{"trade self guard", "We can't clear the gutters ourselves, so please go ahead.", Accepted, ""},
	})
}
