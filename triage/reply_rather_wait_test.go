package triage

import "testing"

// TestReplyRatherWait: preferring to wait ("we'd rather wait until the
// spring", "the partners prefer to wait") declines for now. Guards:
// waiting for the firm's next step, and a go-ahead with a start date.
func TestReplyRatherWait(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"rather wait", "Thanks, but we'd rather wait until the spring before doing the garden plans.", Declined, "rather wait"},
		{"rather wait", "On balance the trustees would rather wait until the audit is done. Thanks anyway.", Declined, "rather wait"},
		{"prefer to wait", "The partners prefer to wait until next tax year for the restructuring.", Declined, "prefer to wait"},
		{"prefer to wait", "I think I'd prefer to wait and see how sales go first. Many thanks.", Declined, "prefer to wait"},
		{"rather hold", "We would rather hold back on the website refresh this year.", Declined, "rather hold"},
		{"rather wait guard", "Yes please go ahead, we'll wait for your invoice.", Accepted, "go ahead"},
		{"rather wait guard", "Please go ahead and start on Monday.", Accepted, "go ahead"},
	})
}
