package triage

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The byte-table readers (lowerWord, needsCollapse, hasNormalizable)
// against the definitions they replaced, on random strings over an
// alphabet of the bytes they tell apart.
func TestByteTablesAgreeRandom(t *testing.T) {
	oldLowerWord := func(w string) string {
		for i := 0; i < len(w); i++ {
			if c := w[i]; c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') || (c == '\'' && i == len(w)-1) {
				return lowerWordSlow(w)
			}
		}
		return w
	}
	collapse := func(s string) bool {
		return strings.ContainsFunc(s, func(r rune) bool { return r != ' ' && unicode.IsSpace(r) }) || strings.Contains(s, "  ")
	}
	alphabet := []string{"a", "Z", "'", " ", "\t", "\r", "\n", "\v", "\f", "é", "’", "\u00a0", "\u3000", "\xff", "1", "-"}
	rng := rand.New(rand.NewSource(7))
	for range 20000 {
		var b strings.Builder
		for range rng.Intn(8) {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		s := b.String()
		if got, want := lowerWord(s), oldLowerWord(s); got != want {
			t.Fatalf("lowerWord(%q) = %q, want %q", s, got, want)
		}
		if got, want := needsCollapse(s), collapse(s); got != want {
			t.Fatalf("needsCollapse(%q) = %v, want %v", s, got, want)
		}
		if got, want := hasNormalizable(s), strings.ContainsFunc(s, needsNormalize); got != want {
			t.Fatalf("hasNormalizable(%q) = %v, want %v", s, got, want)
		}
	}
}
