package triage

import "testing"

// TestWaiveCheckBack: waiving the step of checking back with the client
// ("no need to ring me first") says nothing against the work, whatever
// the verb of checking back; a no said of the work still declines.
func TestWaiveCheckBack(t *testing.T) {
	e := New(DefaultConfig())
	tests := []struct {
		text string
		want Decision
	}{
		{"Go ahead, no need to phone me first.", Accepted},
		{"Please go ahead - no need to email me before you start.", Accepted},
		{"Yes, go ahead. Don't bother calling us beforehand.", Accepted},
		{"Go ahead please, no need to run it past me.", Accepted},
		{"Happy for you to go ahead, no need to check with us again.", Accepted},
		// A weak yes with a waiver is no decline.
		{"Great, but no need to ring me first.", Unclear},
		{"Sounds good but don't bother sending me the draft first.", Unclear},
		// The no is said of the work: still declined.
		{"No need to call me, we've decided not to go ahead.", Declined},
		{"Don't bother, thanks.", Declined},
		{"No need, thanks - we'll leave it.", Declined},
	}
	for _, tt := range tests {
		if got := e.ReadReply(tt.text); got.Decision != tt.want {
			t.Errorf("ReadReply(%q) = %v (%s), want %v", tt.text, got.Decision, got.Reason, tt.want)
		}
	}
}
