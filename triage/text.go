package triage

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// normalize makes text easier to read line by line: LF line ends, no-break
// and other odd spaces as spaces, zero-width characters removed. The
// client's characters are otherwise kept: asks are quoted as written.
func normalize(s string) string {
	if !hasNormalizable(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				continue
			}
			b.WriteByte('\n')
		case r == '\u00a0' || r == '\u2007' || r == '\u202f' || r == '\t':
			b.WriteByte(' ')
		case isInvisible(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isInvisible: zero-width characters and direction marks (Outlook puts
// U+200E inside localised header dates).
func isInvisible(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\ufeff', '\u200e', '\u200f', '\u2060':
		return true
	}
	return false
}

// hasNormalizable is strings.ContainsFunc(s, needsNormalize) reading ASCII
// a byte at a time: of ASCII only CR and tab need normalizing, and the
// whole of every message body is tested.
func hasNormalizable(s string) bool {
	for i := 0; i < len(s); {
		switch asciiSpaceClass[s[i]] {
		case plainByte, spaceByte, newlineByte:
			i++
			continue
		case tabOrCR:
			return true
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if needsNormalize(r) {
			return true
		}
		i += n
	}
	return false
}

func needsNormalize(r rune) bool {
	switch r {
	case '\r', '\u00a0', '\u2007', '\u202f', '\t', '\u200b', '\u200c', '\u200d', '\ufeff', '\u200e', '\u200f', '\u2060':
		return true
	}
	return false
}

// collapseSpace trims s and turns every run of white space into one space.
func collapseSpace(s string) string {
	s = strings.TrimSpace(s)
	if !needsCollapse(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// needsCollapse reports white space in s other than single spaces: two
// spaces in a row, or any other space character. ASCII is tested byte by
// byte; other characters are decoded.
func needsCollapse(s string) bool {
	for i := 0; i < len(s); {
		switch asciiSpaceClass[s[i]] {
		case plainByte:
			i++
			continue
		case spaceByte:
			if i+1 < len(s) && s[i+1] == ' ' {
				return true
			}
			i++
			continue
		case notASCII:
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return true
			}
			i += n
			continue
		}
		return true // tab, CR, LF, VT, FF
	}
	return false
}

// Classes of bytes for needsCollapse and hasNormalizable, which read the
// whole of every message body: one table look-up per byte of ASCII.
const (
	plainByte   = iota // ASCII, not white space
	spaceByte          // ' '
	tabOrCR            // '\t', '\r'
	newlineByte        // '\n', '\v', '\f'
	notASCII           // a byte of a multi-byte character: decode it
)

var asciiSpaceClass = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = notASCII
		case c == ' ':
			t[c] = spaceByte
		case c == '\t' || c == '\r':
			t[c] = tabOrCR
		case c == '\n' || c == '\v' || c == '\f':
			t[c] = newlineByte
		}
	}
	return t
}()

// words splits s into lower-case word tokens: letters, digits and inner
// apostrophes. Hyphens and other punctuation separate words.
func words(s string) []string {
	return appendWords(make([]string, 0, len(s)/5+1), s)
}

func appendWords(out []string, s string) []string {
	scanWords(s, func(start, end int) { out = append(out, lowerWord(s[start:end])) })
	return out
}

// scanWords calls fn with the byte range of every word of s: letters and
// digits, with inner apostrophes.
func scanWords(s string, fn func(start, end int)) {
	scanWordsUntil(s, func(start, end int) bool { fn(start, end); return true })
}

// scanWordsUntil is scanWords that stops when fn returns false.
// It walks s with nextWord, which classifies ASCII bytes by table.
func scanWordsUntil(s string, fn func(start, end int) bool) {
	for i := 0; ; {
		start, end := nextWord(s, i)
		if start < 0 || !fn(start, end) {
			return
		}
		i = end
	}
}

// isApostrophe accepts the typographic apostrophes too: "it’s" is one word.
func isApostrophe(r rune) bool {
	return r == '\'' || r == '\u2019' || r == '\u02bc'
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func lowerWord(w string) string {
	// Most words are plain lower-case ASCII: one pass says so, a table
	// look-up a byte.
	for i := 0; i < len(w); i++ {
		if !lowerASCIIByte[w[i]] {
			return lowerWordSlow(w)
		}
	}
	if len(w) > 0 && w[len(w)-1] == '\'' {
		return lowerWordSlow(w) // a trailing apostrophe goes
	}
	return w
}

// lowerASCIIByte marks the bytes lowerWord keeps as they are: ASCII but
// for the capitals.
var lowerASCIIByte = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = c < 'A' || c > 'Z'
	}
	return t
}()

// apostrophes spells the typographic apostrophes as ASCII ones.
var apostrophes = strings.NewReplacer("\u2019", "'", "\u02bc", "'")

func lowerWordSlow(w string) string {
	if !isASCII(w) && (strings.ContainsRune(w, '\u2019') || strings.ContainsRune(w, '\u02bc')) {
		w = apostrophes.Replace(w)
	}
	w = strings.TrimRight(w, "'")
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return internLower(w)
		}
	}
	return w
}

// lastPunct returns the last non-space, non-closing character of s:
// the sentence's final punctuation if it has one.
func lastPunct(s string) rune {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == ')' || r == '"' || r == '\'' || r == '\u201d' || r == ']'
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// wordCount counts word tokens without allocating them.
func wordCount(s string) int {
	n := 0
	in := false
	for _, r := range s {
		w := isWordRune(r)
		if w && !in {
			n++
		}
		in = w || (in && isApostrophe(r))
	}
	return n
}

// containsAnyOf reports whether s contains one of subs. For characters
// outside ASCII it is strings.ContainsAny's answer at a fraction of the
// cost: ContainsAny with such a set decodes s rune by rune, where
// strings.Contains searches for the bytes (UTF-8 is self-synchronising,
// so the bytes of a character occur only where the character does).
func containsAnyOf(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// currencySigns are the currency symbols prices are written with.
var currencySigns = []string{"$", "£", "€", "¥"}
