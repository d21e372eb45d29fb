package triage

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// naiveScan is what needleSet.scan must answer, found the slow way: every
// string tried at every byte of the text, lower-cased first when folding,
// only where a word may start for a set of words.
func naiveScan(needles []string, s string, fold, wordStarts bool) []bool {
	found := make([]bool, len(needles))
	for id, nd := range needles {
		if nd == "" {
			continue
		}
		for i := 0; i+len(nd) <= len(s); i++ {
			if wordStarts && i > 0 && s[i-1] < utf8.RuneSelf && asciiWordByte[s[i-1]] {
				continue
			}
			if equalAt(s[i:i+len(nd)], nd, fold) {
				found[id] = true
				break
			}
		}
	}
	return found
}

func checkScan(t *testing.T, needles []string, s string) {
	t.Helper()
	for _, wordStarts := range []bool{false, true} {
		n := newNeedleSet(needles)
		n.wordStarts = wordStarts
		for _, fold := range []bool{false, true} {
			want := naiveScan(needles, s, fold, wordStarts)
			got := make([]bool, len(needles))
			any := n.scan(s, fold, got)
			if !slices.Equal(got, want) || any != slices.Contains(want, true) {
				t.Fatalf("scan(%q) of %q (fold %v, word starts %v) = %v %v, want %v", s, needles, fold, wordStarts, any, got, want)
			}
			if first := n.scan(s, fold, nil); first != any {
				t.Fatalf("scan(%q) of %q (fold %v, word starts %v) without marks = %v, want %v", s, needles, fold, wordStarts, first, any)
			}
		}
	}
}

// TestNeedleScanCases: one-byte strings, the text's last byte, either
// case, strings longer than the text, non-ASCII bytes.
func TestNeedleScanCases(t *testing.T) {
	tests := []struct {
		needles []string
		text    string
	}{
		{[]string{"x"}, "abcx"},
		{[]string{"x"}, "X"},
		{[]string{"x", "ab"}, "ABx"},
		{[]string{"ab"}, "a"},
		{[]string{"ab"}, "zzAb"},
		{[]string{"abc"}, "ab"},
		{[]string{"é", "ça"}, "Ça va, café"},
		{[]string{"wrote", "a écrit"}, "Ann a écrit :"},
		{[]string{"in", "on"}, "Mon Info"},
		{[]string{"1", "2a"}, "x1 2A"},
		{[]string{"Von:", "de:"}, "von: DE: De:"},
		{[]string{"y"}, ""},
	}
	for _, tt := range tests {
		checkScan(t, tt.needles, tt.text)
	}
}

// TestNeedleScanRandom: scan agrees with the naive search on random
// texts over a small alphabet (both cases, spaces, an apostrophe, a
// non-ASCII letter), where strings of the set often occur.
func TestNeedleScanRandom(t *testing.T) {
	rng := rand.New(rand.NewSource(13))
	alphabet := []string{"a", "b", "A", "B", "c", " ", "'", "é", "1"}
	pick := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		return b.String()
	}
	for range 3000 {
		needles := make([]string, 1+rng.Intn(4))
		for k := range needles {
			needles[k] = strings.ToLower(pick(1 + rng.Intn(3)))
		}
		checkScan(t, needles, pick(rng.Intn(12)))
	}
}

// FuzzNeedleScan: scan agrees with the naive search on any text.
func FuzzNeedleScan(f *testing.F) {
	f.Add("Ann wrote: see below", "wrote|below|x")
	f.Add("ÉTÉ été", "été|t")
	f.Fuzz(func(t *testing.T, text, list string) {
		checkScan(t, strings.Split(list, "|"), text)
	})
}
