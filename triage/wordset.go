package triage

import "strings"

// A wordSet is a set of lower-case words (or of phrases, for set2). The
// rules look the words of every sentence up in some two hundred such
// sets, and nearly every look-up misses: a bitmap of each member's length,
// first and last byte turns most misses away without reading the words.
// The words are kept in a wordIndex rather than a map: its look-up hashes
// a few bytes rather than the whole word, and its words lie in one slice,
// which the collector scans as one object (the maps' look-ups were a
// twentieth of the profile). A nil set holds nothing.
type wordSet struct {
	words wordIndex
	empty bool // the set holds ""
	// keys has bit wordKey(w) for every member w. 1,024 bits: with 256, a
	// set of a hundred words had a third of the bits set, and a third of
	// the misses went on to the index.
	keys [16]uint64
}

// wordKey is the bit of w in wordSet.keys: its length, first and last
// byte mixed by one multiplication, 0 to 1,023. w is not empty.
func wordKey(w string) uint32 {
	k := uint32(w[0]) | uint32(w[len(w)-1])<<8 | uint32(len(w))<<16
	return k * 0x9E3779B1 >> 22
}

// has reports whether w is in s.
func (s *wordSet) has(w string) bool {
	if s == nil || len(w) == 0 {
		return s != nil && s.empty
	}
	k := wordKey(w)
	if s.keys[k/64]&(1<<(k%64)) == 0 {
		return false
	}
	_, ok := s.words.get(w)
	return ok
}

// hasLower is s.has(strings.ToLower(w)). A short ASCII w is lower-cased
// in a stack buffer: the lookup needs no copy of it on the heap.
func (s *wordSet) hasLower(w string) bool {
	var buf [32]byte // the compiler's limit for a string conversion on the stack
	if len(w) > len(buf) || !isASCII(w) {
		return s.has(strings.ToLower(w))
	}
	for i := 0; i < len(w); i++ {
		buf[i] = lowerASCII(w[i])
	}
	return s.has(string(buf[:len(w)]))
}

// add puts w in s.
func (s *wordSet) add(w string) {
	if w == "" {
		s.empty = true
		return
	}
	if _, ok := s.words.get(w); !ok {
		s.words.put(w, 0)
	}
	k := wordKey(w)
	s.keys[k/64] |= 1 << (k % 64)
}

// len is the number of words in s.
func (s *wordSet) len() int {
	if s == nil {
		return 0
	}
	n := s.words.n
	if s.empty {
		n++
	}
	return n
}

// all yields the words of s, "" last if s holds it.
func (s *wordSet) all(yield func(string) bool) {
	for w := range s.words.words {
		if !yield(w) {
			return
		}
	}
	if s.empty {
		yield("")
	}
}

// set is the set of the space-separated words of s.
func set(s string) *wordSet {
	// Sized up front, from an upper bound of the words: every fivemin
	// process builds some two hundred sets at start.
	out := &wordSet{}
	out.words.reserve(strings.Count(s, " ") + 1)
	out.words.text = make([]byte, 0, len(s))
	for w := range strings.FieldsSeq(s) {
		out.add(w)
	}
	return out
}

// set2 is set for entries of more than one word.
func set2(entries ...string) *wordSet {
	out := &wordSet{}
	out.words.reserve(len(entries))
	size := 0
	for _, e := range entries {
		size += len(e)
	}
	out.words.text = make([]byte, 0, size)
	for _, s := range entries {
		out.add(s)
	}
	return out
}
