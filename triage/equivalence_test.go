package triage

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// oldClauseRe is the regular expression clauses split sentences with
// before sentenceWords found the same breaks between words by hand.
var oldClauseRe = regexp.MustCompile(`[,;:()\x{2013}\x{2014}]|\s-+\s|\.\s`)

// TestSentenceWordsMatchClauseRegexp checks that the hand-written clause
// breaks give the same words, split into the same parts, as splitting at
// oldClauseRe and tokenising each part.
func TestSentenceWordsMatchClauseRegexp(t *testing.T) {
	for _, s := range []string{
		"Sounds good, go ahead.",
		"ok; but not the second part: just the first",
		"We'll think it over (maybe next week) and let you know",
		"Fine \u2013 go ahead\u2014thanks",
		"Yes - please start -- on Monday",
		"Yes -please start- on Monday",
		"e-mail me the e.g. list. Then start",
		"Costs $1,200.50. That's fine",
		"tab\t-\tseparated\f--\rwords",
		"Not sure.\nLet me check",
		"",
		",,, ;",
		"dogs', cats'. birds'",
		"invalid \xe2\x80 byte, \xe2\x80\x93 dash",
	} {
		ws, parts := sentenceWords(s)
		var got [][]string
		from := 0
		for _, p := range append(slices.Clone(parts), len(ws)) {
			got = append(got, ws[from:p])
			from = p
		}
		var want [][]string
		for _, part := range oldClauseRe.Split(s, -1) {
			if w := words(part); len(w) > 0 {
				want = append(want, w)
			}
		}
		if len(ws) == 0 {
			got = nil
		}
		if !slices.EqualFunc(got, want, slices.Equal[[]string]) {
			t.Errorf("sentenceWords(%q) parts %q, want %q", s, got, want)
		}
	}
}

func TestUnitSetMentioned(t *testing.T) {
	us := newUnitSet([]string{"hours", "hr", "h"})
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"for 3 h please", true},
		{"3h", false}, // a one-letter unit must stand alone
		{"H", true},
		{"two HOURS max", true},
		{"about 2hrs", true}, // a longer unit may sit inside a word
		{"go ahead", false},
		{"", false},
		{"the_h_", false},
	} {
		if got := us.mentioned(tc.s); got != tc.want {
			t.Errorf("mentioned(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestNeedsCollapse checks the byte-wise test against the rune-wise one
// collapseSpace used before it.
func TestNeedsCollapse(t *testing.T) {
	old := func(s string) bool {
		return strings.ContainsFunc(s, func(r rune) bool { return r != ' ' && unicode.IsSpace(r) }) || strings.Contains(s, "  ")
	}
	for _, s := range []string{
		"", "one two", "one  two", "a\tb", "a\nb", "a\vb", "a\fb", "a\rb",
		"a\u00a0b", "a\u0085b", "a\u3000b", "a\u2009b", "café olé", "bad \xff\xc2 utf8", "end ", " ",
	} {
		if got, want := needsCollapse(s), old(s); got != want {
			t.Errorf("needsCollapse(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestMayHoldMoney: the prefilter lets through every text the money
// expression matches, and turns away numbers with no currency after them.
func TestMayHoldMoney(t *testing.T) {
	rl := replyLex()
	for _, tc := range []struct {
		s       string
		through bool // false: the prefilter may turn it away
	}{
		{"it's $300", true},
		{"450 €", true},
		{"300 Dollars tops", true},
		{"2K is fine", true},
		{"1,200.50\teuros", true},
		{"about 12 \u212a", true}, // the Kelvin sign folds to k
		{"at 3 pm", true},         // "p" may open "pounds": the expression decides
		{"room 12, floor 3", true},
		{"on 12 March at 3", false},
		{"call 555-0100", false},
		{"room 12 on floor 3", false},
		{"no numbers here", false},
	} {
		got := rl.mayHoldMoney(tc.s)
		if rl.money.MatchString(tc.s) && !got {
			t.Errorf("mayHoldMoney(%q) = false, but money matches", tc.s)
		}
		if got != tc.through {
			t.Errorf("mayHoldMoney(%q) = %v, want %v", tc.s, got, tc.through)
		}
	}
}

// TestLongestWordsMatchesSort checks longestWords against what it replaced:
// every literal word or prefix once, sorted longest first (stably), cut to
// prefilterWords; over every built-in phrase and phrases made for ties and
// repeats.
func TestLongestWordsMatchesSort(t *testing.T) {
	sorted := func(p []ptok) []string {
		var out []string
		for _, t := range p {
			if t.class == nil && t.word != "" && !slices.Contains(out, t.word) {
				out = append(out, t.word)
			}
		}
		slices.SortStableFunc(out, func(a, b string) int { return len(b) - len(a) })
		return out[:min(prefilterWords, len(out))]
	}
	b := builtin()
	phrases := append(b.Words.all(), listsOf(b.Reply)...)
	phrases = append(phrases,
		"ab cd ef", "ab ab cd", "abc ab abc de", "x {det} yy zzz", "{det} {pron}", "... to $",
		"ship* the parcel*", "aa bb aa cc dd", "short longer longest longer", "")
	l := &lexicon{}
	for _, p := range phrases {
		pt := l.phrases[l.add(p)]
		var got [prefilterWords]string
		n := longestWords(pt, &got)
		if want := sorted(pt); !slices.Equal(got[:n], want) {
			t.Errorf("longestWords(%q) = %q, want %q", p, got[:n], want)
		}
	}
}
