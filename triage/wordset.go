package triage

import "strings"

// A wordSet is a set of lower-case words (or of phrases, for set2). The
// rules look the words of every sentence up in some two hundred such
// sets, and nearly every look-up misses: a bitmap of each member's length,
// first and last byte turns most misses away without hashing the word or
// reading the map, whose buckets lie all over the heap (the map look-ups
// were a tenth of the profile). A nil set holds nothing.
type wordSet struct {
	m    map[string]bool
	keys [4]uint64 // bit wordKey(w) for every member w
}

// wordKey is the bit of w in wordSet.keys: its length, first and last
// byte mixed by one multiplication. w is not empty.
func wordKey(w string) uint32 {
	k := uint32(w[0]) | uint32(w[len(w)-1])<<8 | uint32(len(w))<<16
	return k * 0x9E3779B1 >> 24
}

// has reports whether w is in s.
func (s *wordSet) has(w string) bool {
	if s == nil || len(w) == 0 {
		return s != nil && s.m[w]
	}
	k := wordKey(w)
	if s.keys[k/64]&(1<<(k%64)) == 0 {
		return false
	}
	return s.m[w]
}

// add puts w in s.
func (s *wordSet) add(w string) {
	if s.m == nil {
		s.m = map[string]bool{}
	}
	s.m[w] = true
	if len(w) > 0 {
		k := wordKey(w)
		s.keys[k/64] |= 1 << (k % 64)
	}
}

// len is the number of words in s.
func (s *wordSet) len() int {
	if s == nil {
		return 0
	}
	return len(s.m)
}

// set is the set of the space-separated words of s.
func set(s string) *wordSet {
	out := &wordSet{}
	for _, w := range strings.Fields(s) {
		out.add(w)
	}
	if out.m == nil {
		out.m = map[string]bool{}
	}
	return out
}

// set2 is set for entries of more than one word.
func set2(entries ...string) *wordSet {
	out := &wordSet{m: make(map[string]bool, len(entries))}
	for _, s := range entries {
		out.add(s)
	}
	return out
}
