package triage

import (
	"math/rand/v2"
	"testing"
	"unicode/utf8"
)

// nextWordOneLoop is nextWord as one loop over the bytes: the reference
// the two-loop version must agree with.
func nextWordOneLoop(s string, i int) (start, end int) {
	start = -1
	for i < len(s) {
		c, size := s[i], 1
		var word, apostrophe bool
		if c < utf8.RuneSelf {
			word, apostrophe = asciiWordByte[c], c == '\''
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			word, apostrophe = isWordRune(r), isApostrophe(r)
		}
		switch {
		case word || (apostrophe && start >= 0):
			if start < 0 {
				start = i
			}
		case start >= 0:
			return start, i
		}
		i += size
	}
	if start >= 0 {
		return start, len(s)
	}
	return -1, -1
}

// TestNextWordAgrees: nextWord finds the same spans as the one-loop
// reference, on written cases and on random mixes of letters, digits,
// apostrophes (ASCII and typographic), punctuation, accented letters and
// broken UTF-8.
func TestNextWordAgrees(t *testing.T) {
	cases := []string{"", " ", "can't stop", "'quoted' words", "l\u2019été", "  \u2019tis", "a\xffb", "\xff\xfe",
		"naïve café", "1099-nec form", "end.", "don''t", "word\u2019", "\u00a0nbsp\u00a0", "日本語 テキスト"}
	pieces := []string{"a", "Z", "9", "'", "\u2019", "\u02bc", " ", ".", "-", "é", "ß", "\xff", "\xc3", "\u00a0", "日"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 3000 {
		var b []byte
		for range rng.IntN(12) {
			b = append(b, pieces[rng.IntN(len(pieces))]...)
		}
		cases = append(cases, string(b))
	}
	for _, s := range cases {
		for i := 0; i <= len(s); i++ {
			gs, ge := nextWord(s, i)
			ws, we := nextWordOneLoop(s, i)
			if gs != ws || ge != we {
				t.Fatalf("nextWord(%q, %d) = %d, %d; want %d, %d", s, i, gs, ge, ws, we)
			}
		}
	}
}
