package triage

import (
	"strings"
	"testing"
)

// TestReplyCapAsCondition: a go-ahead whose condition is a cap on the
// hours ("as long as it stays under 3 hours", "provided it doesn't run
// past two hours") is a capped go-ahead for the quote's hours to settle;
// a condition on anything else stays a condition. Sentences written for
// the test.
func TestReplyCapAsCondition(t *testing.T) {
	e := New(DefaultConfig())
	tests := []struct {
		text   string
		want   Decision
		cap    int
		reason string
	}{
		{"Fine, carry on as long as it stays under 4 hours.", Unclear, 240, "capped at 4 h"},
		{"Go ahead, provided it doesn't go over two hours.", Unclear, 120, "capped at 2 h"},
		{"Yes please proceed, so long as it won't exceed 1.5 hours.", Unclear, 90, "capped at 1.5 h"},
		{"Happy for you to go ahead as long as the job doesn't run past three hours.", Unclear, 180, "capped at 3 h"},
		{"Please go ahead - as long as it remains within 5 hours.", Unclear, 300, "capped at 5 h"},
		// Guards: a condition on something other than the hours, or no yes.
		{"Go ahead, as long as it doesn't go over budget.", Unclear, 0, "conditional"},
		{"Go ahead as long as you're finished by 3 o'clock.", Unclear, 0, "conditional"},
		{"Go ahead, provided you can start within two weeks.", Unclear, 0, "conditional"},
		{"If you can keep it under 2 hours, go ahead.", Unclear, 0, "conditional"},
		{"Go ahead as long as it stays under 3 hours and under $300.", Unclear, 0, ""},
		{"Would it stay under 3 hours, as long as the walls are sound?", Unclear, 0, ""},
		{"Go ahead, provided it doesn't exceed the 3 hours you quoted.", Unclear, 0, "conditional"},
		{"Go ahead - as long as it stays within the two hours.", Unclear, 0, "conditional"},
	}
	for _, tt := range tests {
		got := e.ReadReply(tt.text)
		if got.Decision != tt.want || got.CapMinutes != tt.cap || !strings.Contains(got.Reason, tt.reason) {
			t.Errorf("ReadReply(%q) = %s (%s) cap %d, want %s (%s…) cap %d", tt.text, got.Decision, got.Reason, got.CapMinutes, tt.want, tt.reason, tt.cap)
		}
	}
}
