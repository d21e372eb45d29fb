package triage

import (
	"math/rand"
	"strings"
	"testing"
)

// TestHintRejects: where a literal phrase's hint rejects a word (find
// and hasAt then skip literalEnd), literalEnd returns -1, and where it
// does not, literalEnd is unchanged; on texts whose words are the
// phrases' own, the same lengths with other first bytes, and none after
// the last word.
func TestHintRejects(t *testing.T) {
	l := newLexicon(append([]string{"send it", "send us", "send in", "book a slot", "book", "{det} file"}, hintPhrases...))
	vocab := strings.Fields("send it us in on at book a slot the file can you please could hi want x y z end so")
	rng := rand.New(rand.NewSource(3))
	rejected := 0
	for range 5000 {
		ws := make([]string, 1+rng.Intn(6))
		for i := range ws {
			ws[i] = vocab[rng.Intn(len(vocab))]
		}
		for i, w := range ws {
			wp := l.opens(w)
			for k := range wp.literal {
				if wp.hint[k].rejects(ws, i) {
					rejected++
					if end := l.literalEnd(wp, k, ws, i); end >= 0 {
						t.Fatalf("%q at %d: hint of phrase %d rejects, but it matches to %d", ws, i, wp.literal[k], end)
					}
				}
			}
		}
		checkHinted(t, l, ws)
	}
	if rejected == 0 {
		t.Fatal("no phrase rejected: the test tries nothing")
	}
}
