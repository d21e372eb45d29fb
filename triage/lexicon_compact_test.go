package triage

import (
	"slices"
	"testing"
)

// TestLexiconCompactThenAdd: after compact shares the lists filed under
// each word, adding phrases (as signalLexicon's callers may) copies a
// shared list rather than writing over its neighbour's.
func TestLexiconCompactThenAdd(t *testing.T) {
	l := newLexicon([]string{"book a slot", "bring forward", "book in", "move the", "{det} invoice", "resched*"})
	l.add("book a table")
	l.add("bring back")
	l.add("rescheduling fee")
	cases := []struct {
		text string
		want []int // phrases matched, in order
	}{
		{"please book a slot", []int{0}},
		{"bring forward the date", []int{1}},
		{"can you book in a visit", []int{2}},
		{"move the meeting", []int{3}},
		{"the invoice is late", []int{4}},
		{"reschedule it", []int{5}},
		{"book a table for two", []int{6}},
		{"bring back the van", []int{7}},
		{"is there a rescheduling fee", []int{8, 5}}, // find gives a word's own phrases before prefixes'
	}
	for _, c := range cases {
		var got []int
		l.find(words(c.text), func(pi, _, _ int) bool { got = append(got, pi); return true })
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: matched %v, want %v", c.text, got, c.want)
		}
	}
}
