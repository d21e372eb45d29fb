package triage

import "testing"

// TestReplyFallsVerb: the English verb "falls" is no German condition;
// German "falls" still is. Sentences written for the test.
func TestReplyFallsVerb(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"falls apart", "Not worth it for me, I'll keep using the old mower till it falls apart.", Declined, "not worth"},
		{"that falls", "No thanks, it's not worth it for a shed that falls down every winter.", Declined, "no thanks"},
		{"which falls", "Go ahead with the gutter, which falls off every winter.", Accepted, "go ahead"},
		{"it falls over", "Please go ahead, the fence post falls over every time it blows.", Accepted, "go ahead"},
		{"falls short", "Go ahead please, the current render falls short of the regs.", Accepted, "go ahead"},
		// Guard: German.
		{"guard: German", "Ja, machen Sie das, falls es nicht teurer wird.", Unclear, "conditional: falls"},
	})
}
