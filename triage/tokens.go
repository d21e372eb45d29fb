package triage

import (
	"cmp"
	"slices"
	"sync"
	"unicode/utf8"
)

// Most readers tokenise a text only to look through its words and drop
// them: a line tested for an ask, a paragraph tested for a legal footer, a
// whole new text scanned for out-of-office wording. Their word slices come
// from a pool, so such a test allocates nothing but the words' own
// lower-case strings; a slice of words that a clause keeps is still made
// afresh (words, lowerSpans).

// wordScratch holds reusable word slices.
var wordScratch = sync.Pool{New: func() any { s := make([]string, 0, 64); return &s }}

// scratchWords returns the lower-case words of s, as words(s) does, in a
// pooled slice; give it back with dropWords once the words are read.
func scratchWords(s string) *[]string {
	p := wordScratch.Get().(*[]string)
	var buf [64]span
	spans := appendWordSpans(buf[:0], s)
	*p = appendLowerSpans((*p)[:0], s, spans)
	return p
}

// maxScratchWords bounds the slices kept in the pool: one huge paragraph
// must not pin its memory for the life of the process.
const maxScratchWords = 4096

// dropWords returns a slice of scratchWords to the pool; the caller must
// not use it afterwards.
func dropWords(p *[]string) {
	if cap(*p) > maxScratchWords {
		return
	}
	clear(*p) // let the strings go
	*p = (*p)[:0]
	wordScratch.Put(p)
}

// A needleSet tells whether any of a fixed list of strings occurs in a
// text, in one pass over the text: a bitmap of the strings' first two
// bytes rules out almost every position at once, and the strings are filed
// by their first byte, so only those few are compared where the bitmap
// lets a position through. It answers as containsAny over the same list
// does, without a scan of the whole text per string.
type needleSet struct {
	// needles are the strings sorted by first byte; those starting with
	// byte b are needles[first[b]:first[b+1]]. One slice and a table of
	// offsets rather than a slice per byte: the CLI builds a set per
	// lexicon at every start, and 256 slice headers each cost more to
	// allocate and clear than the strings they held.
	needles []needle
	first   [257]int32
	// pairs has bit b0<<8|b1 for the first two bytes of every string, in
	// either case of an ASCII letter, and for b0, any byte after a
	// one-byte string b0. A scan then tests one bit per byte of the text,
	// folding or not: the compare that follows is exact, so a bit set for
	// a case a scan does not fold only costs a compare.
	pairs  [1 << 16 / 64]uint64
	single [256]bool // some one-byte string is b, in either case
	empty  bool      // the list holds "", which every text contains
	// wordStarts: the strings are words, found only where a word of an
	// ASCII text may start (not just after a letter or digit).
	wordStarts bool
}

// needle is one string of a needleSet and its index in the list.
type needle struct {
	s  string
	id int
}

func newNeedleSet(needles []string) *needleSet {
	n := &needleSet{}
	var count [256]int
	for _, s := range needles {
		switch len(s) {
		case 0:
			n.empty = true
			continue
		case 1:
			for _, b0 := range bothCases(s[0]) {
				n.single[b0] = true
				for b1 := range 256 {
					n.setPair(b0, byte(b1))
				}
			}
		default:
			for _, b0 := range bothCases(s[0]) {
				for _, b1 := range bothCases(s[1]) {
					n.setPair(b0, b1)
				}
			}
		}
		count[s[0]]++
	}
	total := 0
	for b, c := range count {
		n.first[b] = int32(total)
		total += c
	}
	n.first[256] = int32(total)
	n.needles = make([]needle, total)
	next := n.first
	for id, s := range needles {
		if s != "" {
			n.needles[next[s[0]]] = needle{s, id}
			next[s[0]]++
		}
	}
	// Within a first byte, one-byte strings first, then by second byte:
	// markAt compares only the strings of the text's second byte.
	for b := range 256 {
		slices.SortStableFunc(n.needles[n.first[b]:n.first[b+1]], func(x, y needle) int {
			return cmp.Compare(secondByte(x.s), secondByte(y.s))
		})
	}
	return n
}

// secondByte is s[1], -1 for a one-byte s.
func secondByte(s string) int {
	if len(s) < 2 {
		return -1
	}
	return int(s[1])
}

func (n *needleSet) setPair(b0, b1 byte) {
	p := uint(b0)<<8 | uint(b1)
	n.pairs[p/64] |= 1 << (p % 64)
}

// bothCases is b and, for an ASCII letter, its other case.
func bothCases(b byte) []byte {
	switch {
	case 'a' <= b && b <= 'z':
		return []byte{b, b - 'a' + 'A'}
	case 'A' <= b && b <= 'Z':
		return []byte{b, b - 'A' + 'a'}
	}
	return []byte{b}
}

// in reports whether any of the strings occurs in s.
func (n *needleSet) in(s string) bool {
	return n.find(s, false)
}

// inFold is in for a set of lower-case ASCII strings, with the ASCII
// letters of s taken in either case.
func (n *needleSet) inFold(s string) bool {
	return n.find(s, true)
}

func (n *needleSet) find(s string, fold bool) bool {
	if n.empty {
		return true
	}
	return n.scan(s, fold, nil)
}

// scan reports whether a string of the set occurs in s; with found, it
// marks found[id] for every one that does (not "") and reads s to its
// end. With fold the strings are lower-case ASCII and s's ASCII letters
// count in either case.
func (n *needleSet) scan(s string, fold bool, found []bool) bool {
	hit := false
	last := len(s) - 1
	for i := 0; i <= last; i++ {
		// One bit per byte turns away almost every position; only the
		// few it lets through are read further.
		if i < last {
			if p := uint(s[i])<<8 | uint(s[i+1]); n.pairs[p/64]&(1<<(p%64)) == 0 {
				continue
			}
		} else if !n.single[s[i]] {
			break
		}
		if n.wordStarts && i > 0 {
			if c := s[i-1]; c < utf8.RuneSelf && asciiWordByte[c] {
				continue // inside a word
			}
		}
		if n.markAt(s, i, fold, found) {
			if found == nil {
				return true
			}
			hit = true
		}
	}
	return hit
}

// markAt reports whether a string of the set starts at s[i], marking
// found[id] of every one that does when found is not nil.
func (n *needleSet) markAt(s string, i int, fold bool, found []bool) bool {
	b0 := s[i]
	if fold {
		b0 = lowerASCII(b0)
	}
	hit := false
	cands := n.needles[n.first[b0]:n.first[int(b0)+1]]
	for len(cands) > 0 && len(cands[0].s) == 1 {
		if found == nil {
			return true
		}
		found[cands[0].id], hit = true, true
		cands = cands[1:]
	}
	if i+1 == len(s) {
		return hit
	}
	b1 := s[i+1]
	if fold {
		b1 = lowerASCII(b1)
	}
	// The first string whose second byte is b1, by halving.
	lo, hi := 0, len(cands)
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); cands[m].s[1] < b1 {
			lo = m + 1
		} else {
			hi = m
		}
	}
	for _, nd := range cands[lo:] {
		if nd.s[1] != b1 {
			break
		}
		if len(s)-i >= len(nd.s) && equalAt(s[i+2:i+len(nd.s)], nd.s[2:], fold) {
			if found == nil {
				return true
			}
			found[nd.id], hit = true, true
		}
	}
	return hit
}

func lowerASCII(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// equalAt: a equals the needle nd, ASCII letters of a in either case with
// fold.
func equalAt(a, nd string, fold bool) bool {
	if !fold {
		return a == nd
	}
	for k := 0; k < len(nd); k++ {
		if lowerASCII(a[k]) != nd[k] {
			return false
		}
	}
	return true
}

// asciiWordByte marks the ASCII bytes words are made of: letters and
// digits (isWordRune for ASCII).
var asciiWordByte = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = isWordRune(rune(c))
	}
	return t
}()

// wordByte and innerWordByte mark, among all 256 byte values, the ASCII
// bytes that start a word (letters and digits) and those a word goes on
// with (an apostrophe too): nextWord tests a byte with one look-up, and
// only bytes they leave out need asking whether they are ASCII.
var wordByte, innerWordByte = func() (start, inner [256]bool) {
	for c := range utf8.RuneSelf {
		start[c] = asciiWordByte[c]
		inner[c] = asciiWordByte[c] || c == '\''
	}
	return start, inner
}()

// appendWordSpans appends the spans of the words of s to out, as
// scanWords finds them, reading ASCII a byte at a time through a table
// rather than decoding and classifying every rune: most mail is ASCII,
// and finding words is the most frequent thing triage does.
func appendWordSpans(out []span, s string) []span {
	return appendWordSpansN(out, s, len(s)+1)
}

// appendWordSpansN is appendWordSpans that stops after n words.
func appendWordSpansN(out []span, s string, n int) []span {
	for i, k := 0, 0; k < n; k++ {
		start, end := nextWord(s, i)
		if start < 0 {
			break
		}
		out = append(out, span{start, end})
		i = end
	}
	return out
}

// wordsAtLeast reports whether s holds at least n words, reading no
// further than the n-th: "a short line" tests need not count a long one.
func wordsAtLeast(s string, n int) bool {
	if n > 0 && len(s) < 2*n-1 {
		// n words take a byte each and a byte between each two: most
		// texts are too short to count.
		return false
	}
	i := 0
	for k := 0; k < n; k++ {
		start, end := nextWord(s, i)
		if start < 0 {
			return false
		}
		i = end
	}
	return true
}

// nextWord returns the span of the first word of s that starts at or
// after byte i (where a word ended or s starts), or -1, -1.
func nextWord(s string, i int) (start, end int) {
	// Two tight loops, to the word's first byte and past its last, rather
	// than one that asks at every byte whether a word has started: words
	// are split at every sentence of every message, several times.
	for ; i < len(s); i++ {
		c := s[i]
		if wordByte[c] {
			break
		}
		if c < utf8.RuneSelf {
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			break
		}
		i += size - 1
	}
	if i >= len(s) {
		return -1, -1
	}
	start = i
	for i < len(s) {
		c := s[i]
		if innerWordByte[c] {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			return start, i
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) && !isApostrophe(r) {
			return start, i
		}
		i += size
	}
	return start, len(s)
}
