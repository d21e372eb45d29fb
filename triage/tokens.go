package triage

import "sync"

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
	*p = appendWords((*p)[:0], s)
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
// text, in one pass over the text: the strings are filed by their first
// byte, so at each position of the text only those starting with its byte
// are compared. It answers as containsAny over the same list does, without
// a scan of the whole text per string.
type needleSet struct {
	byFirst [256][]string
	empty   bool // the list holds "", which every text contains
}

func newNeedleSet(needles []string) *needleSet {
	n := &needleSet{}
	for _, s := range needles {
		if s == "" {
			n.empty = true
			continue
		}
		n.byFirst[s[0]] = append(n.byFirst[s[0]], s)
	}
	return n
}

// in reports whether any of the strings occurs in s.
func (n *needleSet) in(s string) bool {
	if n.empty {
		return true
	}
	for i := 0; i < len(s); i++ {
		for _, nd := range n.byFirst[s[i]] {
			if len(s)-i >= len(nd) && s[i:i+len(nd)] == nd {
				return true
			}
		}
	}
	return false
}
