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
