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

// TestWordIndex: the index answers as a map does, through its growth and
// after reserve, and yields every word it holds.
func TestWordIndex(t *testing.T) {
	words := []string{"a", "ab", "ba", "abc", "acb", "bill", "ball", "invoice", "invoices", "reconcile", "reconciled", "x", "été", "zz"}
	for v := range vocabulary() {
		words = append(words, v)
	}
	for _, reserved := range []int{0, 5000} {
		var x wordIndex
		x.reserve(reserved)
		want := map[string]int32{}
		for _, w := range words {
			if _, ok := want[w]; ok {
				continue
			}
			if _, ok := x.get(w); ok {
				t.Fatalf("get(%q) before put", w)
			}
			want[w] = int32(len(want))
			x.put(w, want[w])
		}
		for w, v := range want {
			if got, ok := x.get(w); !ok || got != v {
				t.Errorf("get(%q) = %d, %v; want %d", w, got, ok, v)
			}
		}
		for _, w := range []string{"", "abcd", "bal", "invoiced", "qqqq"} {
			if _, ok := want[w]; ok {
				continue
			}
			if got, ok := x.get(w); ok {
				t.Errorf("get(%q) = %d, want none", w, got)
			}
		}
		n := 0
		for w := range x.words {
			if _, ok := want[w]; !ok {
				t.Errorf("words yields %q, never put", w)
			}
			n++
		}
		if n != len(want) {
			t.Errorf("words yields %d words, want %d", n, len(want))
		}
	}
}
