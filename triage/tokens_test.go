package triage

import (
	"slices"
	"strings"
	"testing"
)

func TestNeedleSetAgreesWithContainsAny(t *testing.T) {
	needles := []string{"wrote", "a écrit", "написал", "書きました", "ab"}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"on monday ann wrote:", true},
		{"le lundi, ann a écrit :", true},
		{"ann написала:", true},
		{"さんは書きました", true},
		{"", false},
		{"a", false},
		{"written by ann", false},
		{"xab", true},
		{"wrot", false},
	} {
		if got := newNeedleSet(needles).in(tc.text); got != tc.want || got != containsAny(tc.text, needles) {
			t.Errorf("in(%q) = %v, want %v (containsAny %v)", tc.text, got, tc.want, containsAny(tc.text, needles))
		}
	}
	if !newNeedleSet([]string{""}).in("") {
		t.Error(`a set holding "" must find it in any text`)
	}
}

func TestScratchWordsMatchesWords(t *testing.T) {
	for _, s := range []string{"", "Could you SEND the file?", "it’s Zoë's turn", "a b c d e f g h i j k l m n o p"} {
		p := scratchWords(s)
		got := append([]string(nil), *p...)
		dropWords(p)
		want := words(s)
		if len(got) != len(want) {
			t.Fatalf("scratchWords(%q) = %q, want %q", s, got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("scratchWords(%q) = %q, want %q", s, got, want)
			}
		}
	}
}

// TestLexiconPrefilterNeverHides: a lexicon's prefilter only rules out
// texts in which no phrase matches. Checked on sentences written for it
// and on every line of the labelled mail, for the lexicons it guards.
func TestLexiconPrefilterNeverHides(t *testing.T) {
	e := New(DefaultConfig())
	lexes := map[string]*lexicon{"disclaimers": e.lex.disclaimers, "out_of_office": e.lex.outOfOffice,
		"go_ahead_offers": replyLex().goAheadOffers, "request_frames": e.lex.requestFrames, "greetings": e.lex.greetings}
	lines := []string{
		"This e-mail is CONFIDENTIAL and intended only for the addressee.",
		"If you received it in error, please notify the sender and delete it.",
		"I am out of the office until Monday with limited access to email.",
		"Shall I go ahead with the work?",
		"Could you prepare the accounts?",
		"We met at the café and talked about the budget.",
		"plain words with nothing in them",
	}
	msgs := corpusMessages(t)
	for _, m := range msgs {
		lines = append(lines, strings.Split(string(m), "\n")...)
	}
	for name, l := range lexes {
		matched := 0
		for _, s := range lines {
			has := l.has(words(s))
			if has {
				matched++
			}
			if has && !l.mayMatch(s) {
				t.Errorf("%s: prefilter rules out %q, in which a phrase matches", name, s)
			}
		}
		if matched == 0 {
			t.Errorf("%s: no line matched: the test checks nothing", name)
		}
	}
	if e.lex.disclaimers.mayMatch("Could you send the invoice again?") {
		t.Error("disclaimers: prefilter lets through a line with none of its words")
	}
}

// TestWordBloomHoldsItsWords: a bloom never turns away a lexicon's first
// words.
func TestWordBloomHoldsItsWords(t *testing.T) {
	sigLex, _ := New(DefaultConfig()).sig.get()
	for w := range sigLex.byWord.words {
		if !sigLex.byWordBloom.MayHold(w) {
			t.Errorf("signal word %q turned away", w)
		}
	}
}

// TestHasAnyPrefixLower agrees with lower-casing first, ASCII or not.
func TestHasAnyPrefixLower(t *testing.T) {
	prefixes := []string{"sent from my", "envoyé de mon", "von meinem"}
	for _, s := range []string{"Sent from my iPhone", "SENT FROM MY PHONE", "Envoyé de mon iPad", "ENVOYÉ DE MON IPAD",
		"Von meinem Handy", "Sent from", "", "sent from mine", "I sent from my desk"} {
		if got, want := hasAnyPrefixLower(s, prefixes), hasAnyPrefix(strings.ToLower(s), prefixes); got != want {
			t.Errorf("hasAnyPrefixLower(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestFirstWordsAgreesWithFields: the slice firstWords returns is the
// join of the first fields, whatever the spacing.
func TestFirstWordsAgreesWithFields(t *testing.T) {
	old := func(s string, n int) string {
		f := strings.Fields(s)
		if len(f) > n {
			f = f[:n]
		}
		return strings.Trim(strings.Join(f, " "), ":,.!")
	}
	for _, s := range []string{"", "   ", "Hello", "  Thanks,  Ann  ", "a b c d e f g h", "a\tb c", "one two\nthree",
		"Dear Sir: please see below.", "Grüße aus Köln, Anna", "x  y", "CONFIDENTIAL: this message"} {
		for _, n := range []int{0, 1, 2, 6} {
			if got, want := firstWords(s, n), old(s, n); got != want {
				t.Errorf("firstWords(%q, %d) = %q, want %q", s, n, got, want)
			}
		}
	}
}

// TestHistoryTestsNeverHide: where the quick look rules a test out, the
// test itself finds nothing, on every line of the labelled mail.
func TestHistoryTestsNeverHide(t *testing.T) {
	found := 0
	for _, m := range corpusMessages(t) {
		lines := strings.Split(string(m), "\n")
		for i, l := range lines {
			tl := strings.TrimSpace(l)
			if tl == "" {
				continue
			}
			low, mayAttrib, mayMark := historyTests(tl)
			full := strings.ToLower(tl)
			if !mayAttrib && attribution(lines, i, full) > 0 {
				t.Errorf("attribution ruled out on %q", tl)
			}
			if !mayMark && historyMarkerAt(lines, i, full) {
				t.Errorf("history marker ruled out on %q", tl)
			}
			if (mayAttrib || mayMark) && low != full {
				t.Errorf("historyTests(%q) lowered to %q", tl, low)
			}
			if mayAttrib && attribution(lines, i, full) > 0 {
				found++
			}
		}
	}
	if found == 0 {
		t.Error("no attribution in the corpus: the test checks nothing")
	}
}

// refScanWords is the rune-by-rune word scanner the table-driven ones
// must agree with: letters and digits, with inner apostrophes.
func refScanWords(s string, fn func(start, end int)) {
	start := -1
	for i, r := range s {
		if isWordRune(r) || (isApostrophe(r) && start >= 0) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			fn(start, i)
			start = -1
		}
	}
	if start >= 0 {
		fn(start, len(s))
	}
}

// TestAppendWordSpansAgreesWithScanWords: the table-driven scanners
// (scanWords, appendWordSpans) find the words refScanWords finds, in ASCII, other scripts, apostrophes of every
// kind and broken UTF-8, and on every line of the labelled mail.
func TestAppendWordSpansAgreesWithScanWords(t *testing.T) {
	texts := []string{"", "a", "Can't we—just 'go'?", "it’s Zoë's l'année", "x\xffy \xe2\x80 z", "ʼtwas 12.5% of 3,000",
		"日本語のメッセージ", "naïve café", "don''t ''", "e\u0301t\u00e9", "Привет, мир!"}
	for _, m := range corpusMessages(t) {
		texts = append(texts, strings.Split(string(m), "\n")...)
	}
	for _, s := range texts {
		var want, scanned []span
		refScanWords(s, func(a, b int) { want = append(want, span{a, b}) })
		scanWords(s, func(a, b int) { scanned = append(scanned, span{a, b}) })
		if !slices.Equal(scanned, want) {
			t.Fatalf("scanWords(%q) = %v, want %v", s, scanned, want)
		}
		got := appendWordSpans(nil, s)
		if len(got) != len(want) {
			t.Fatalf("appendWordSpans(%q) = %v, want %v", s, got, want)
		}
		for _, n := range []int{0, 1, 2, 16} {
			if first := appendWordSpansN(nil, s, n); len(first) != min(n, len(want)) {
				t.Fatalf("appendWordSpansN(%q, %d) = %v, want the first of %v", s, n, first, want)
			}
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("appendWordSpans(%q) = %v, want %v", s, got, want)
			}
		}
	}
}

// TestMatchCandidateAgreesWithMatchAt: wherever the indexes offer a
// phrase, matching only its other words ends where matching it whole
// does, for every lexicon the engine reads, on the labelled mail.
func TestMatchCandidateAgreesWithMatchAt(t *testing.T) {
	e := New(DefaultConfig())
	sigLex, _ := e.sig.get()
	lexes := []*lexicon{sigLex, e.lex.requestFrames, e.lex.requestVerbs, e.lex.pleasantries, e.lex.notAsks,
		e.lex.offers, e.lex.greetings, e.lex.signOffs, e.lex.outOfOffice, e.lex.accept, e.lex.decline, e.lex.hedge}
	var sentencesRead, matched int
	for _, m := range corpusMessages(t) {
		for _, s := range sentences(collapseSpace(string(m))) {
			ws := words(s)
			sentencesRead++
			for _, l := range lexes {
				for i, w := range ws {
					var buf [32]int
					wp := l.opens(w)
					for _, pi := range append(append([]int(nil), wp.literal...), l.candidates(w, i, wp.class, buf[:0])...) {
						got, want := l.matchCandidate(pi, ws, i), l.matchAt(l.phrases[pi], ws, i)
						if got != want {
							t.Fatalf("phrase %v at %d of %q: %d, whole phrase %d", l.phrases[pi], i, ws, got, want)
						}
						if got >= 0 {
							matched++
						}
					}
				}
			}
		}
	}
	if matched == 0 || sentencesRead == 0 {
		t.Fatal("nothing matched: the test checks nothing")
	}
}

// TestWordsAtLeastAgreesWithWordCount on every line of the labelled mail.
func TestWordsAtLeastAgreesWithWordCount(t *testing.T) {
	lines := []string{"", "’", "it’s", "a-b c", "x\xff y"}
	for _, m := range corpusMessages(t) {
		lines = append(lines, strings.Split(string(m), "\n")...)
	}
	for _, s := range lines {
		c := wordCount(s)
		for n := 0; n <= 14; n++ {
			if got := wordsAtLeast(s, n); got != (c >= n) {
				t.Fatalf("wordsAtLeast(%q, %d) = %v, wordCount %d", s, n, got, c)
			}
		}
	}
}

// TestNeedleSetMarksAll: scanning for every string marks each one found,
// the last byte of the text included.
func TestNeedleSetMarksAll(t *testing.T) {
	n := newNeedleSet([]string{"hi", "ann", "x", "zz"})
	found := make([]bool, 4)
	if !n.scan("Hi Ann, x", true, found) {
		t.Fatal("scan found nothing")
	}
	if want := []bool{true, true, true, false}; !slices.Equal(found, want) {
		t.Errorf("found %v, want %v", found, want)
	}
}

// TestLastCommaSpace agrees with strings.LastIndex.
func TestLastCommaSpace(t *testing.T) {
	for _, s := range []string{"", ",", ", ", "a, b, c", "a,b", "a, b,c", "x,, y", "end,", ",start"} {
		if got, want := lastCommaSpace(s), strings.LastIndex(s, ", "); got != want {
			t.Errorf("lastCommaSpace(%q) = %d, want %d", s, got, want)
		}
	}
}
