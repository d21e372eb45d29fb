package triage

import "testing"

// TestReplySendMeFirst: a go-ahead that asks for something sent to the
// client before the work, with any verb of sending and "first",
// "beforehand" or "in advance", waits on it; a step sent to someone else
// or the client's own step does not.
func TestReplySendMeFirst(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"send me … first, long object", "Yes, but send me the signed client care letter first.", Unclear, "conditional"},
		{"email me … beforehand", "Fine, go ahead - email me the revised floor plan beforehand.", Unclear, "conditional"},
		{"forward us … in advance", "OK to proceed, forward us the asbestos report in advance please.", Unclear, "conditional"},
		{"share … first", "Go for it, but share the draft wording with us first.", Unclear, ""},
		{"question, beforehand", "Happy to go ahead, but could you mail me the terms beforehand?", Unclear, "not decided"},
		{"post … over first", "Yes please, just post the contract over first.", Unclear, "conditional"},
		{"guard: to another", "Go ahead. Email the valuation to my solicitor first, then me.", Accepted, "go ahead"},
		{"guard: own step", "Go ahead, we'll email over the bank statements beforehand.", Accepted, "go ahead"},
		{"guard: shown to another", "Go ahead. Show the plans to the builder first.", Accepted, "go ahead"},
		{"guard: no tail", "Please go ahead and email me the report when it's done.", Accepted, ""},
	})
}
