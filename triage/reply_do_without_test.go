package triage

import "testing"

// TestReplyCopingWithout: coping without the work ("we can live without
// it", "we'll get by without it") is a no, as "we'll do without" is;
// negated or asked, it is not.
func TestReplyCopingWithout(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"live without", "Thanks, but we can live without it for now.", Declined, "live without"},
		{"live without", "Honestly we'll live without the extra report.", Declined, "live without"},
		{"cope without", "We'll cope without it this year, thanks.", Declined, "cope without"},
		{"get by without", "I reckon we can get by without it.", Declined, "get by without"},
		{"go without", "We'll go without the valuation for now, thanks anyway.", Declined, "go without"},
		{"live without guard", "We can't live without it, so please go ahead.", Accepted, ""},
		{"live without guard", "Could we live without the second part?", Unclear, ""},
	})
}
