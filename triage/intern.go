package triage

import (
	"strings"
	"sync"
)

// internTable is the vocabulary (see vocabulary) as an open-addressing
// hash table whose hash internLower works out while it lower-cases a word:
// a look-up is then one or two compares, where the map's look-up hashed
// the word again (most of internLower's time). Its words lie in one
// string and its slots hold offsets into it, so the collector has one
// pointer to follow, not one per word.
type internTable struct {
	words string
	slots []internSlot // a power of two in size, at most half full
	mask  uint32
}

// internSlot is a word of the table: words[off : off+n]; n == 0: empty.
type internSlot struct {
	off uint32
	n   uint32
}

// internHashStep adds byte c to hash h (FNV-1a).
func internHashStep(h uint32, c byte) uint32 { return (h ^ uint32(c)) * 16777619 }

// internHashSeed is the hash of the empty word.
const internHashSeed uint32 = 2166136261

func internHash(w string) uint32 {
	h := internHashSeed
	for i := 0; i < len(w); i++ {
		h = internHashStep(h, w[i])
	}
	return h
}

// vocabularyTable is vocabulary() as an internTable.
var vocabularyTable = sync.OnceValue(func() *internTable { return newInternTable(vocabulary()) })

func newInternTable(set map[string]string) *internTable {
	size := 1
	for size < 2*len(set) {
		size *= 2
	}
	var all strings.Builder
	t := &internTable{slots: make([]internSlot, size), mask: uint32(size - 1)}
	for w := range set {
		if w == "" {
			continue
		}
		i := internHash(w) & t.mask
		for t.slots[i].n != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = internSlot{off: uint32(all.Len()), n: uint32(len(w))}
		all.WriteString(w)
	}
	t.words = all.String()
	return t
}

// find returns the table's copy of word w, whose hash is h, if it holds w.
func (t *internTable) find(w []byte, h uint32) (string, bool) {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		sl := t.slots[i]
		if sl.n == 0 {
			return "", false
		}
		if s := t.words[sl.off : sl.off+sl.n]; s == string(w) {
			return s, true
		}
	}
}

// A wordIndex maps words to small numbers, as a map[string]int32 would,
// for the lexicons' look-up of a text's words: open addressing on a hash
// of a few of the word's bytes (no loop over the word), the words kept in
// one byte slice. A look-up reads one or two slots, where the map hashed
// the whole word and probed a group.
type wordIndex struct {
	text  []byte     // the words, one after another
	slots []wordSlot // a power of two in size, at most half full
	n     int        // words held
}

// wordSlot is one word: text[off : off+n] maps to val; n == 0: empty.
type wordSlot struct {
	off, n uint32
	val    int32
}

// wordIndexHash mixes a word's length and its first two, middle and last
// two bytes: words that share all of them only cost a longer probe.
func wordIndexHash(w string) uint32 {
	n := len(w)
	h := uint64(n) | uint64(w[0])<<8 | uint64(w[n-1])<<16 | uint64(w[n/2])<<24
	if n > 1 {
		h |= uint64(w[1])<<32 | uint64(w[n-2])<<40
	}
	h *= 0x9E3779B97F4A7C15
	return uint32(h >> 32)
}

// get returns w's number.
func (x *wordIndex) get(w string) (int32, bool) {
	if x.n == 0 || w == "" {
		return 0, false
	}
	mask := uint32(len(x.slots) - 1)
	for i := wordIndexHash(w) & mask; ; i = (i + 1) & mask {
		s := x.slots[i]
		if s.n == 0 {
			return 0, false
		}
		if int(s.n) == len(w) && string(x.text[s.off:s.off+s.n]) == w {
			return s.val, true
		}
	}
}

// put files w (not empty, not held yet) under v.
func (x *wordIndex) put(w string, v int32) {
	if 2*(x.n+1) > len(x.slots) {
		x.grow()
	}
	x.insert(wordSlot{off: uint32(len(x.text)), n: uint32(len(w)), val: v}, w)
	x.text = append(x.text, w...)
	x.n++
}

func (x *wordIndex) insert(s wordSlot, w string) {
	mask := uint32(len(x.slots) - 1)
	i := wordIndexHash(w) & mask
	for x.slots[i].n != 0 {
		i = (i + 1) & mask
	}
	x.slots[i] = s
}

// grow doubles the table (16 slots at first) and files the words again.
func (x *wordIndex) grow() {
	old := x.slots
	x.slots = make([]wordSlot, max(16, 2*len(old)))
	for _, s := range old {
		if s.n != 0 {
			x.insert(s, string(x.text[s.off:s.off+s.n]))
		}
	}
}

// reserve makes room for n words without growing.
func (x *wordIndex) reserve(n int) {
	size := 16
	for size < 2*n {
		size *= 2
	}
	if size > len(x.slots) {
		old := x.slots
		x.slots = make([]wordSlot, size)
		for _, s := range old {
			if s.n != 0 {
				x.insert(s, string(x.text[s.off:s.off+s.n]))
			}
		}
	}
}

// words yields the words held.
func (x *wordIndex) words(yield func(string) bool) {
	for _, s := range x.slots {
		if s.n != 0 && !yield(string(x.text[s.off:s.off+s.n])) {
			return
		}
	}
}
