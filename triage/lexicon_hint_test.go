package triage

import (
	"fmt"
	"slices"
	"testing"
)

func TestHintFor(t *testing.T) {
	tests := []struct {
		phrase string
		want   litHint
	}{
		{"please", litHint{kind: hintOne}},
		{"can you", litHint{kind: hintWord, n: 3, b: 'y'}},
		{"would you be able to", litHint{kind: hintWord, n: 3, b: 'y'}},
		{"1099-nec form", litHint{kind: hintWord, n: 3, b: 'n'}}, // a hyphen splits a phrase word
		{"can {pron}", litHint{}},
		{"set up*", litHint{}},
		{"ask ... to", litHint{}},
		{"thanks $", litHint{}},
	}
	for _, tt := range tests {
		t.Run(tt.phrase, func(t *testing.T) {
			l := newLexicon([]string{tt.phrase})
			if got := hintFor(l.phrases[0], l.plain[0]); got != tt.want {
				t.Errorf("hintFor(%q) = %+v, want %+v", tt.phrase, got, tt.want)
			}
		})
	}
}

// hintPhrases exercise every hint and the phrases read without one.
var hintPhrases = []string{"please", "can you", "can you please", "can u", "could you send", "can {pron}",
	"can ... help", "send*", "set up*", "thanks $", "^ hi", "can", "you", "you can", "{aux} you", "x y z",
	"1099-nec", "any chance you could", "a", "an", "the end $", "^ want a", "^ want {det}", "^ wa*", "^ {pron} free",
	"^ you around", "^ $"}

// plainMatches are the (start, phrase, end) of every phrase of l matched
// in ws, each phrase tried whole at every word: what find must report.
func plainMatches(l *lexicon, ws []string) []string {
	var out []string
	for i := range ws {
		for pi, p := range l.phrases {
			if end := l.matchAt(p, ws, i); end >= 0 {
				out = append(out, fmt.Sprint(i, pi, end))
			}
		}
	}
	return out
}

// checkHinted: find and hasAt, which try phrases through their hints,
// agree with trying every phrase whole.
func checkHinted(t *testing.T, l *lexicon, ws []string) {
	t.Helper()
	var got []string
	last := 0
	l.find(ws, func(pi, start, end int) bool {
		if start < last {
			t.Fatalf("%q: match at %d after one at %d", ws, start, last)
		}
		last = start
		got = append(got, fmt.Sprint(start, pi, end))
		return true
	})
	want := plainMatches(l, ws)
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Fatalf("find(%q) = %v, every phrase tried whole %v", ws, got, want)
	}
	for i := range ws {
		best := -1
		for _, p := range l.phrases {
			best = max(best, l.matchAt(p, ws, i))
		}
		if end, ok := l.hasAt(ws, i); ok != (best >= 0) || ok && end != best {
			t.Fatalf("hasAt(%q, %d) = %d, %v; every phrase tried whole: %d", ws, i, end, ok, best)
		}
	}
}

func TestPhraseHintFirstWord(t *testing.T) {
	for _, tt := range []struct {
		phrase string
		want   litHint
	}{
		{"^ want a", litHint{kind: hintFirstWord, n: 4, b: 'w'}},
		{"^ hi", litHint{kind: hintFirstWord, n: 2, b: 'h'}},
		{"^ {pron} free", litHint{}},
		{"^ wa*", litHint{}},
		{"thanks $", litHint{}},
	} {
		l := newLexicon([]string{tt.phrase})
		if got := phraseHint(l.phrases[0], l.plain[0]); got != tt.want {
			t.Errorf("phraseHint(%q) = %+v, want %+v", tt.phrase, got, tt.want)
		}
	}
}

func TestHintedFindAgreesWithWholePhrases(t *testing.T) {
	l := newLexicon(hintPhrases)
	for _, s := range []string{
		"Can you please send the file",
		"hi can u help, can we? you can",
		"thanks",
		"Hi there, thanks",
		"could you send it",
		"could you sent it",
		"a x y z the end",
		"setup set up setting",
		"1099-NEC is here",
		"any chance you could",
		"any chance you",
		"want a hand",
		"wanted a hand",
		"want the file",
		"you around?",
		"you free?",
		"we free?",
		"yes you around",
	} {
		checkHinted(t, l, words(s))
	}
}

func FuzzHintedFind(f *testing.F) {
	l := newLexicon(hintPhrases)
	e := New(DefaultConfig())
	for _, s := range []string{"can you please send", "could you send the end", "hi thanks", "do I need to file"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ws := words(s)
		checkHinted(t, l, ws)
		checkHinted(t, e.lex.requestFrames, ws)
	})
}
