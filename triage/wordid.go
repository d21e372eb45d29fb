package triage

import (
	"math"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"
)

// Word IDs. Every word the built-in vocabulary names (the registry's lists,
// the closed word sets, the words of every lexicon compiled before the
// first engine) is interned once into one table: the words are laid back
// to back in one string, and a word's ID is found from where its bytes
// lie in that string. Tokenising interns each word of a text as it lower-
// cases it (lowerWord), so a token that is a vocabulary word is the
// table's own string; a lexicon then finds the phrases a token opens by
// indexing an array with its ID instead of hashing the token once per
// lexicon. A token that is not interned (a word outside the vocabulary,
// or one made some other way) is looked up by string as before, so the
// answer never depends on how a token was made: only its speed does.
//
// The table is built once, by the first New, from the words registered
// until then: every word of the closed sets (set) and of the lexicons
// compiled at package initialisation and by that New, which between them
// hold every built-in list. Words registered later (a firm's own words,
// in a lexicon compiled by a later New) simply have no ID and take the
// string path.

// vocab is the interned vocabulary.
type vocab struct {
	arena string // the words, back to back
	// at is by offset in arena: (1 + the ID of the word starting there)<<8
	// | its length, 0 elsewhere.
	at    []uint32
	words []string // by ID: the word, a slice of arena
	// slots is an open-addressing hash table of 1 + ID (0: empty),
	// len(slots) a power of two.
	slots []int32
}

var (
	// theVocab is nil until built.
	theVocab atomic.Pointer[vocab]

	// pending collects the words registered before the table is built.
	pending struct {
		sync.Mutex
		words []string
		built bool
	}
)

// registerWord adds w to the words the table will hold, if it is not built
// yet.
func registerWord(w string) {
	pending.Lock()
	if !pending.built {
		pending.words = append(pending.words, w)
	}
	pending.Unlock()
}

// buildVocab builds the table from the registered words, once.
func buildVocab() {
	pending.Lock()
	defer pending.Unlock()
	if pending.built {
		return
	}
	pending.built = true
	theVocab.Store(newVocab(pending.words))
	pending.words = nil
}

// newVocab interns words (duplicates and "" dropped), IDs in order.
func newVocab(words []string) *vocab {
	size := 16
	for size < 2*len(words) {
		size *= 2
	}
	v := &vocab{slots: make([]int32, size)}
	for _, w := range words {
		if w == "" || len(w) > maxInternLen {
			continue
		}
		if _, ok := findWord(v, w); !ok {
			v.words = append(v.words, w)
			v.insert(w, int32(len(v.words)))
		}
	}
	// The words move into one string, so that a token's ID is where its
	// bytes lie.
	v.arena = strings.Join(v.words, "")
	v.at = make([]uint32, len(v.arena))
	off := 0
	for id, w := range v.words {
		v.words[id] = v.arena[off : off+len(w)]
		v.at[off] = uint32(id+1)<<8 | uint32(len(w))
		off += len(w)
	}
	return v
}

// maxInternLen bounds the words interned: longer tokens are never looked
// up (internLower's buffer).
const maxInternLen = 24

// hashWord is FNV-1a over the bytes of w.
func hashWord[T string | []byte](w T) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h
}

func (v *vocab) insert(w string, slot int32) {
	mask := uint32(len(v.slots) - 1)
	i := hashWord(w) & mask
	for v.slots[i] != 0 {
		i = (i + 1) & mask
	}
	v.slots[i] = slot
}

// findWord returns the table's own string for the word w (a string or
// bytes), if the vocabulary has it.
func findWord[T string | []byte](v *vocab, w T) (string, bool) {
	mask := uint32(len(v.slots) - 1)
	for i := hashWord(w) & mask; ; i = (i + 1) & mask {
		s := v.slots[i]
		if s == 0 {
			return "", false
		}
		if word := v.words[s-1]; word == string(w) {
			return word, true
		}
	}
}

// idOf returns the ID of w if w is the table's own string for a word (not
// merely equal to one), else -1.
func (v *vocab) idOf(w string) int32 {
	if len(w) == 0 {
		return -1
	}
	off := uintptr(unsafe.Pointer(unsafe.StringData(w))) - uintptr(unsafe.Pointer(unsafe.StringData(v.arena)))
	if off >= uintptr(len(v.arena)) {
		return -1
	}
	a := v.at[off]
	if a == 0 || int(a&0xff) != len(w) {
		return -1
	}
	return int32(a>>8) - 1
}

// internWord returns the table's string for a lower-case word, or w.
func internWord(w string) string {
	if v := theVocab.Load(); v != nil && len(w) <= maxInternLen {
		if s, ok := findWord(v, w); ok {
			return s
		}
	}
	return w
}

// idIndex maps word IDs to a lexicon's phrase lists: slot[id] is 1 + the
// index in phrases, 0 when the word opens no phrase.
type idIndex struct {
	slot    []uint16
	phrases []wordPhrases
}

// newIDIndex indexes byWord's words that have IDs in v; nil if the
// lexicon has too many words for the index.
func newIDIndex(v *vocab, byWord map[string]wordPhrases) *idIndex {
	if len(byWord) >= math.MaxUint16 {
		return nil
	}
	ix := &idIndex{slot: make([]uint16, len(v.words)), phrases: make([]wordPhrases, 0, len(byWord))}
	for w, wp := range byWord {
		s, ok := findWord(v, w)
		if !ok {
			continue // no interned token equals w
		}
		ix.phrases = append(ix.phrases, wp)
		ix.slot[v.idOf(s)] = uint16(len(ix.phrases))
	}
	return ix
}

// opens returns the phrases the word with ID id opens.
func (ix *idIndex) opens(id int32) wordPhrases {
	if k := ix.slot[id]; k != 0 {
		return ix.phrases[k-1]
	}
	return wordPhrases{}
}
