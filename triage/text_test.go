package triage

import (
	"strings"
	"testing"
)

// TestHasNormalizable: the byte-at-a-time test answers as ContainsFunc
// over runes does, on ASCII, on the characters normalize rewrites, and on
// text that is not valid UTF-8.
func TestHasNormalizable(t *testing.T) {
	for _, s := range []string{
		"", "plain ascii line", "tab\there", "crlf\r\n", "no\u00a0break", "figure\u2007space",
		"narrow\u202fno-break", "zero\u200bwidth", "bom\ufeff", "ltr\u200emark", "word\u2060joiner",
		"café olé", "日本語のテキスト", "bad \xff\xfe bytes", "cut rune \xe2\x80", "\xe2\x80\x8b",
		"emoji 👍 fine", "mixed ä\tb",
	} {
		if got, want := hasNormalizable(s), strings.ContainsFunc(s, needsNormalize); got != want {
			t.Errorf("hasNormalizable(%q) = %v, ContainsFunc says %v", s, got, want)
		}
	}
}
