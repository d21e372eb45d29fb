package triage

import (
	"strings"
	"testing"
)

// TestNoOtherCandidates: where noOtherCandidates lets hasAt stop after a
// word's own phrases, candidates has nothing to add, on lexicons with and
// without phrases opening with a prefix, "...", "^" or "$"; and hasAt
// agrees with every phrase tried whole.
func TestNoOtherCandidates(t *testing.T) {
	texts := []string{"please send the file", "send it now", "the end", "resend the invoice",
		"could you look", "hi there", "so send it", "thanks", "x", "sending the plan"}
	for _, phrases := range [][]string{
		{"please", "send it", "the end"},
		{"please", "send*", "the end"},
		{"please", "... send it"},
		{"please", "^ hi", "the end"},
		{"thanks $", "send"},
		{"{det} file", "send"},
		{"^ $", "resend*", "... the invoice", "{pron} look"},
	} {
		l := newLexicon(phrases)
		for _, s := range texts {
			ws := words(s)
			for i, w := range append(ws, "") {
				var buf [32]int
				if l.noOtherCandidates(w, i) && len(l.candidates(w, i, nil, buf[:0])) > 0 {
					t.Errorf("%v: noOtherCandidates(%q, %d), but candidates %v", phrases, w, i, l.candidates(w, i, nil, buf[:0]))
				}
			}
			checkHinted(t, l, ws)
			checkHinted(t, l, words(strings.ToUpper(s)))
		}
	}
}
