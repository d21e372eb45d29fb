package triage

import "testing"

// TestInternTable: the table finds every vocabulary word as the
// vocabulary's own string, and no other word.
func TestInternTable(t *testing.T) {
	tab := vocabularyTable()
	for w := range vocabulary() {
		got, ok := tab.find([]byte(w), internHash(w))
		if !ok || got != w {
			t.Errorf("find(%q) = %q, %v", w, got, ok)
		}
	}
	for _, w := range []string{"zzqx", "reconciliationz", "x-y-z", "ünder"} {
		if _, ok := vocabulary()[w]; ok {
			continue
		}
		if got, ok := tab.find([]byte(w), internHash(w)); ok {
			t.Errorf("find(%q) = %q, want none", w, got)
		}
	}
}
