package triage

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestHasLowerAgrees: wordSet.hasLower answers as has(strings.ToLower(w)).
func TestHasLowerAgrees(t *testing.T) {
	s := set("the a your our re fwd aw")
	for _, w := range []string{"The", "THE", "the", "Your", "YOUR", "yours", "RE", "Re", "re", "Fwd", "AW", "",
		"\u212Aelvin", "Ä", "İ", strings.Repeat("A", 40), "tHe", "a", "A"} {
		if got, want := s.hasLower(w), s.has(strings.ToLower(w)); got != want {
			t.Errorf("hasLower(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestHasEchoKeyAgrees: hasEchoKey(s, key) is echoKey(s) == key, on
// written lines and on random ones from a small alphabet.
func TestHasEchoKeyAgrees(t *testing.T) {
	keys := []string{"quick question about mileage", "payroll question - new starter", "re: k", "", "k"}
	lines := []string{"Quick question about mileage?", "  QUICK  question about\tmileage ?! ", "Payroll question - new starter?",
		"payroll question - new starter", "\u212A", "K", "k.", "Quick question about mileage?? more", "Ärger"}
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"a", "K", "k", " ", "  ", "\t", "?", ".", "!", ":", "\u212A", "é", "É", "q"}
	for range 2000 {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		lines = append(lines, b.String())
	}
	for _, l := range lines {
		keys = append(keys, echoKey(l))
	}
	for _, l := range lines {
		for _, k := range keys[:len(keys)/50+5] {
			if got, want := hasEchoKey(l, k), echoKey(l) == k; got != want {
				t.Fatalf("hasEchoKey(%q, %q) = %v, want %v", l, k, got, want)
			}
		}
		if k := echoKey(l); !hasEchoKey(l, k) {
			t.Fatalf("hasEchoKey(%q, its own key %q) = false", l, k)
		}
	}
}
