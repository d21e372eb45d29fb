package triage

import (
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"
)

func TestReachFor(t *testing.T) {
	for _, tt := range []struct {
		phrase string
		word   string // "": no reach
		lo, hi int
	}{
		{"{det} ... cover adequate", "cover", 1, 4},
		{"... like you to know", "like", 0, 3},
		{"need {det} {det} ... ... prepared", "prepared", 3, 9},
		{"need {det} ... {det} $", "", 0, 0},
		{"send ... quote", "quote", 1, 4},
		{"^ so ... {pron} mind", "mind", 2, 5},
		{"^ {pron} ... mind", "mind", 1, 4},
		{"{det} {det} have {det} ... {det}", "", 0, 0},
		{"{det} ... requir* the code", "the", 2, 5},
		{"please send", "", 0, 0},
		{"a b c", "", 0, 0},
	} {
		l := newLexicon([]string{tt.phrase})
		p, r := l.phrases[0], l.reach[0]
		word := ""
		if r.k > 0 {
			word = p[r.k].word
		}
		if word != tt.word || word != "" && (int(r.lo) != tt.lo || int(r.hi) != tt.hi) {
			t.Errorf("reachFor(%q) = %q %d-%d, want %q %d-%d", tt.phrase, word, r.lo, r.hi, tt.word, tt.lo, tt.hi)
		}
	}
}

// findOrder is what find must report for ws, in its order: at each word,
// the phrases the word opens as a literal, in the order filed, then every
// other phrase that matches there, by index; each phrase tried whole.
func findOrder(l *lexicon, ws []string) []string {
	var out []string
	for i := range ws {
		lit := l.opens(ws[i]).literal
		for _, pi := range lit {
			if end := l.matchAt(l.phrases[pi], ws, i); end >= 0 {
				out = append(out, fmt.Sprint(i, pi, end))
			}
		}
		for pi, p := range l.phrases {
			if slices.Contains(lit, pi) {
				continue
			}
			if end := l.matchAt(p, ws, i); end >= 0 {
				out = append(out, fmt.Sprint(i, pi, end))
			}
		}
	}
	return out
}

// checkFindOrder: find reports exactly findOrder, in the same order.
func checkFindOrder(t *testing.T, l *lexicon, ws []string) {
	t.Helper()
	var got []string
	l.find(ws, func(pi, start, end int) bool { got = append(got, fmt.Sprint(start, pi, end)); return true })
	if want := findOrder(l, ws); !slices.Equal(got, want) {
		t.Fatalf("find(%q) = %v, every phrase tried whole %v", ws, got, want)
	}
}

// TestGapReachFind: find and hasAt, which turn a phrase with a gap away
// when the word after its gap stands nowhere it could, report what
// trying every phrase whole reports, in the same order, on random texts
// whose words are the phrases' own and a few others, so that the words
// fall just inside and just outside every gap's reach.
func TestGapReachFind(t *testing.T) {
	l := newLexicon([]string{"{det} ... cover adequate", "... like you to know", "need {det} {det} ... ... prepared",
		"send ... quote", "^ {pron} ... mind", "^ ... mind", "the ... $", "x ... y ... z", "x ... ... y", "{det} ... x",
		"like ... like", "requir* ... code", "send ... quote ... today"})
	l.add("a ... b") // after compact
	vocab := strings.Fields("the a cover adequate like you to know need prepared send quote we mind x y z b requires code today so")
	rng := rand.New(rand.NewSource(1))
	for range 20000 {
		ws := make([]string, rng.Intn(12))
		for i := range ws {
			ws[i] = vocab[rng.Intn(len(vocab))]
		}
		checkFindOrder(t, l, ws)
		checkHinted(t, l, ws)
	}
}

// TestGapReachBuiltIn runs the same check on the built-in lexicons, on
// texts made of each phrase with a gap: its words with none to four
// words in each gap, and the same after a word.
func TestGapReachBuiltIn(t *testing.T) {
	e := New(DefaultConfig())
	enSig, _ := e.views["en"].sig.get()
	lx := e.lex
	rng := rand.New(rand.NewSource(2))
	tried := 0
	for _, l := range []*lexicon{lx.greetings, lx.signOffs, lx.pleasantries, lx.offers, lx.notAsks, lx.requestFrames,
		lx.requestVerbs, lx.accept, lx.decline, lx.hedge, lx.outOfOffice, lx.disclaimers, enSig} {
		for pi, p := range l.phrases {
			if l.reach[pi].k == 0 {
				continue
			}
			tried++
			for _, gap := range []int{0, 1, 3, 4} {
				ws := gapText(p, gap, rng)
				checkFindOrder(t, l, ws)
				checkFindOrder(t, l, append([]string{"well"}, ws...))
			}
		}
	}
	if tried == 0 {
		t.Fatal("no built-in phrase has a gap before a word")
	}
}

// gapText spells phrase p: a class's first word, a prefix as itself, and
// n filler words for each gap.
func gapText(p []ptok, n int, rng *rand.Rand) []string {
	var ws []string
	for _, t := range p {
		switch {
		case t.class != nil:
			for w := range t.class.all {
				ws = append(ws, w)
				break
			}
		case t.gap:
			for range n {
				ws = append(ws, []string{"so", "then", "it", "the"}[rng.Intn(4)])
			}
		case t.word != "":
			ws = append(ws, t.word)
		}
	}
	return ws
}
