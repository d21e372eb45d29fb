package triage

import "testing"

// TestReplyOkAlone: "OK" or "okay" said alone (and thanks) answers the
// quote's "shall I go ahead?" as "Yes." does; "OK" before a question,
// a no, a condition or a think is not the answer.
func TestReplyOkAlone(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"ok.", "Ok.", Accepted, ""},
		{"okay thanks", "Okay, thanks Lee.", Accepted, ""},
		{"OK!", "OK!", Accepted, ""},
		{"ok ta", "ok ta", Accepted, ""},
		{"okay thank you", "Okay thank you.", Accepted, ""},
		{"guard: ok, think", "OK, I'll have a think and get back to you.", Unclear, ""},
		{"guard: ok, no thanks", "Ok, no thanks then.", Declined, ""},
		{"guard: ok but", "OK but only the first part.", Unclear, ""},
		{"guard: ok received", "OK, I got the invoice.", Unclear, ""},
	})
}
