package bloom

import "testing"

func TestFilter(t *testing.T) {
	words := map[string]bool{"also": true, "just": true, "kindly": true, "auch": true, "également": true}
	f := Of(words)
	for w := range words {
		if !f.MayHold(w) || !f.MayHoldBytes([]byte(w)) {
			t.Errorf("%q was added but MayHold says no", w)
		}
	}
	if f.MayHold("") || f.MayHoldBytes(nil) {
		t.Error("the empty word counts as held")
	}
	// A word that sets no bit the set's words set must be turned away.
	missed := 0
	for _, w := range []string{"invoice", "reconcile", "payroll", "tomorrow", "quarterly", "statement"} {
		if !f.MayHold(w) {
			missed++
		}
		if f.MayHold(w) != f.MayHoldBytes([]byte(w)) {
			t.Errorf("%q: MayHold and MayHoldBytes disagree", w)
		}
	}
	if missed == 0 {
		t.Error("a filter of 5 words let all 6 other words through")
	}
	var zero Filter
	if zero.MayHold("also") {
		t.Error("the zero filter holds a word")
	}
}
