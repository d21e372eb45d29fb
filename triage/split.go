package triage

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A segment is a run of text that the sentence splitter works on: a
// paragraph's wrapped lines joined back together, or one list item.
type segment struct {
	text string
	// item is set for numbered or bulleted list items.
	item bool
	// intro is set for a line ending in ":" that introduces a list.
	intro bool
	// para is the index of the blank-line paragraph the segment is in.
	para int
}

// segments breaks the client's text into paragraphs, list items and
// deliberate lines, rejoining lines that were only wrapped.
func segments(text string) []segment { return segmentsWith(text, nil) }

// segmentsWith is segments where startsAsk, when set, tells a line that
// opens an ask ("also whats the fee…"): one that follows a line which
// also opened an ask is a new line, not a wrapped continuation.
func segmentsWith(text string, startsAsk func(string) bool) []segment {
	// A segment is one line or more: sized once rather than grown.
	out := make([]segment, 0, strings.Count(text, "\n")+1)
	// One buffer of lines for every paragraph, on the stack for most.
	var lineBuf [32]string
	lines := lineBuf[:0]
	para := 0
	for p := range strings.SplitSeq(text, "\n\n") {
		lines = lines[:0]
		for l := range strings.SplitSeq(p, "\n") {
			lines = append(lines, l)
		}
		pj := paraJoiner{out: out, startsAsk: startsAsk, prevEnds: true, bare: bareNumbered(lines)}
		for _, l := range lines {
			pj.maxLen = max(pj.maxLen, utf8.RuneCountInString(strings.TrimSpace(l)))
		}
		for _, l := range lines {
			switch t := strings.TrimSpace(l); {
			case t == "":
			case pj.bare:
				pj.addBare(t)
			default:
				pj.add(t)
			}
		}
		pj.flush()
		for k := len(out); k < len(pj.out); k++ {
			pj.out[k].para = para
		}
		out = pj.out
		para++
	}
	markIntros(out)
	return out
}

// paraJoiner joins one paragraph's lines into segments.
type paraJoiner struct {
	out       []segment
	startsAsk func(string) bool
	maxLen    int // the paragraph's longest line, in runes
	// The segment being joined: its first line in first, and only from
	// its second line on the lines joined in cur, so that a segment of
	// one line (most of them) is a slice of the text, not a copy.
	first   string
	cur     strings.Builder
	curItem bool // cur is a list item
	// Whether cur's first line (askLine, after text when askAfter) opened
	// an ask costs a tokenisation and a request test, and only a wrapped
	// line after it asks: read when first needed (firstLineAsks), which
	// spares most segments, a line of their own.
	curAsk, askKnown bool
	askLine          string
	askAfter         bool
	prevLen          int  // the previous line's length, in runes
	prevEnds         bool // the previous line ended a clause
	prevComma        bool // the previous line ended with a comma
	// prevDangles: the previous line ended on a word no clause ends
	// with ("…send the" / "signed copy…"): the next line goes on with it.
	prevDangles bool
	// bare: the paragraph numbers a list without punctuation ("1 when
	// is…"); each of its lines stands alone.
	bare bool
}

func (pj *paraJoiner) flush() {
	text := pj.first
	if pj.cur.Len() > 0 {
		text = pj.cur.String()
	}
	if t := collapseSpace(text); t != "" {
		pj.out = append(pj.out, segment{text: t, item: pj.curItem})
	}
	pj.first = ""
	pj.cur.Reset()
	pj.curItem = false
}

// add adds one non-blank, trimmed line.
func (pj *paraJoiner) add(t string) {
	if body, ok := stripListMarker(t); ok {
		pj.flush()
		pj.write(body)
		pj.curItem = true
		pj.prevLen, pj.prevEnds = utf8.RuneCountInString(t), false
		pj.prevDangles = endsDangling(t)
		return
	}
	wrapped := pj.wrapped() || pj.hasText() && pj.prevDangles && startsLower(t)
	// Whether the line opens an ask costs a tokenisation and a request
	// test: it is read only where it decides something, and always as
	// it was before the flush below.
	hadText := pj.hasText()
	lineAsk, known := false, false
	opensAsk := func() bool {
		if !known {
			lineAsk, known = pj.lineAsk(t, hadText), true
		}
		return lineAsk
	}
	if wrapped && !pj.prevComma && pj.firstLineAsks() && opensAsk() {
		// "did the refund come thru for mon" / "also whats the
		// fee…": two asks on two lines without punctuation. A line
		// ending in a comma is cut mid-sentence ("…later,\nso I'd
		// like…"): the next line goes on with it.
		wrapped = false
	}
	if hadText && !wrapped && !(pj.curItem && startsLower(t)) {
		pj.flush()
	}
	if !pj.hasText() {
		// Kept as it was before the flush, and read when a wrapped line
		// needs it; already read above when it was.
		pj.askLine, pj.askAfter = t, hadText
		pj.curAsk, pj.askKnown = lineAsk, known
	}
	pj.write(t)
	pj.prevLen = utf8.RuneCountInString(t)
	pj.prevEnds = endsClause(t)
	pj.prevComma = lastPunct(t) == ','
	pj.prevDangles = endsDangling(t)
}

// firstLineAsks reports whether the segment's first line opened an ask
// (lineAsk), reading it the first time it is asked for.
func (pj *paraJoiner) firstLineAsks() bool {
	if !pj.askKnown {
		pj.curAsk, pj.askKnown = pj.lineAsk(pj.askLine, pj.askAfter), true
	}
	return pj.curAsk
}

// addBare adds a line of a bare-numbered paragraph: its own segment, an
// item when numbered.
func (pj *paraJoiner) addBare(t string) {
	pj.flush()
	if _, ok := bareNumber(t); ok {
		t = strings.TrimSpace(t[2:])
		pj.curItem = true
	}
	pj.write(t)
}

// hasText: a segment is being joined.
func (pj *paraJoiner) hasText() bool { return pj.first != "" || pj.cur.Len() > 0 }

// write adds line t to the segment, after a space if it is not the first.
func (pj *paraJoiner) write(t string) {
	switch {
	case !pj.hasText():
		pj.first = t
	case pj.cur.Len() == 0:
		pj.cur.Grow(len(pj.first) + 1 + len(t))
		pj.cur.WriteString(pj.first)
		pj.cur.WriteByte(' ')
		pj.cur.WriteString(t)
	default:
		pj.cur.WriteByte(' ')
		pj.cur.WriteString(t)
	}
}

// wrapped reports whether the next line continues the previous one, which
// was cut by wrapping: long relative to the paragraph's width and not
// ended by punctuation. Text that was not wrapped at all (lines far longer
// than 80) has a deliberate break at every newline.
func (pj *paraJoiner) wrapped() bool {
	return pj.hasText() && pj.maxLen <= 100 && pj.prevLen >= pj.maxLen*55/100 && pj.prevLen >= 30 && !pj.prevEnds
}

// lineAsk reports whether line t opens an ask. After another line
// (afterText), only a line that opens with a joining word ("also", "and")
// and then an ask counts: a wrapped clause can look like a question too
// ("which items are deductible…").
func (pj *paraJoiner) lineAsk(t string, afterText bool) bool {
	lineAsk := pj.startsAsk != nil && pj.startsAsk(t)
	if afterText && lineAsk {
		p := scratchWords(firstWords(t, 6))
		w := *p
		lineAsk = len(w) >= 1 && leadMarkers.has(w[0]) && !sharesFrame(w)
		dropWords(p)
	}
	return lineAsk
}

// sharesFrame: "and" then a bare verb continues the line before ("Could
// you set up the new class\nand recode the old entries?"): the verb shares
// that line's frame, and splitAsks decides whether it is a second ask. A
// new question or request ("and whats…", "and also…", "and please…")
// opens its own.
func sharesFrame(w []string) bool {
	return w[0] == "and" && len(w) > 1 && !isInterrogative(w[1:]) && !leadMarkers.has(w[1]) && w[1] != "please"
}

// markIntros marks list introductions: "Could you help with the
// following:".
func markIntros(out []segment) {
	for i := range out {
		if !out[i].item && (strings.HasSuffix(out[i].text, ":") || pointsToList(out[i].text)) && i+1 < len(out) && out[i+1].item {
			out[i].intro = true
		}
	}
}

// endsDangling: the line's last word is one no clause ends with, an
// article or a possessive ("Would you send the" / "signed copy back?").
func endsDangling(t string) bool {
	i := strings.LastIndexByte(t, ' ')
	return i >= 0 && danglingWords.hasLower(t[i+1:])
}

func endsClause(t string) bool {
	switch lastPunct(t) {
	case '.', '?', '!', ':', ';':
		return true
	}
	return false
}

func startsLower(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r)
}

// stripListMarker removes a leading list marker ("1.", "2)", "(a)", "a)",
// "-", "*", "•") and reports whether there was one.
func stripListMarker(t string) (string, bool) {
	if t == "" {
		return t, false
	}
	switch t[0] {
	case '-', '*', '+':
		if len(t) > 1 && t[1] == ' ' {
			return strings.TrimSpace(t[2:]), true
		}
		return t, false
	case '(':
		return stripParenMarker(t)
	}
	for _, b := range bullets {
		if strings.HasPrefix(t, b+" ") {
			return strings.TrimSpace(t[len(b)+1:]), true
		}
	}
	return stripLabelMarker(t)
}

// stripParenMarker strips "(a) ", "(1) ".
func stripParenMarker(t string) (string, bool) {
	if j := strings.IndexByte(t, ')'); j > 1 && j <= 4 && len(t) > j+1 && t[j+1] == ' ' && isMarkerLabel(t[1:j]) {
		return strings.TrimSpace(t[j+1:]), true
	}
	return t, false
}

// stripLabelMarker strips "1. ", "12) ", "a) ", "b. " (a single letter
// only, so "e.g. " and initials are left alone).
func stripLabelMarker(t string) (string, bool) {
	j := labelLen(t)
	if j == 0 || len(t) <= j+1 || (t[j] != '.' && t[j] != ')') || t[j+1] != ' ' {
		return t, false
	}
	if j == 1 && unicode.IsLetter(rune(t[0])) && t[j] == '.' && unicode.IsUpper(rune(t[0])) {
		// "A. Smith" is an initial, not a list.
		return t, false
	}
	return strings.TrimSpace(t[j+1:]), true
}

// labelLen is the length of t's leading list label: up to three digits,
// or one ASCII letter.
func labelLen(t string) int {
	j := 0
	for j < len(t) && j < 3 && t[j] >= '0' && t[j] <= '9' {
		j++
	}
	if j == 0 && len(t) > 1 && unicode.IsLetter(rune(t[0])) && t[0] < utf8.RuneSelf {
		j = 1
	}
	return j
}

func isMarkerLabel(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) && !unicode.IsLetter(r) {
			return false
		}
	}
	return len(s) <= 3
}

// sentences splits a segment into sentences. It knows abbreviations,
// initials, decimals, dates, times, addresses and URLs (no break inside a
// token), ellipses, and sloppy lower-case writing after "?" and "!".
func sentences(s string) []string { return appendSentences(nil, s) }

// appendSentences appends the sentences of s to out: a caller that reads
// them one segment at a time reuses one slice.
func appendSentences(out []string, s string) []string {
	start := 0
	n := len(s)
	for i := 0; i < n; i++ {
		c := s[i]
		if c != '.' && c != '?' && c != '!' {
			continue
		}
		j := terminatorEnd(s, i+1)
		if j < n && s[j] != ' ' && !gluedQuestion(s, start, i, j) {
			// Inside a token: 3.5, example.com, 10.30, e.g.
			i = j - 1
			continue
		}
		if j >= n {
			break
		}
		next := nextWordStart(s, j)
		if next >= n {
			break
		}
		if !terminatorEnds(s, start, i, j, next) {
			i = j - 1
			continue
		}
		if t := strings.TrimSpace(s[start:j]); t != "" {
			out = append(out, t)
		}
		start = j
		i = j - 1
	}
	if t := strings.TrimSpace(s[start:]); t != "" {
		out = append(out, t)
	}
	return out
}

// terminatorEnds decides whether the terminator run s[i:j] ends the
// sentence begun at start; next: where the next word starts.
func terminatorEnds(s string, start, i, j, next int) bool {
	if s[i] == '.' {
		return periodEnds(s[start:i], s[next:], j-i > 1)
	}
	return !parentheticalQuery(s, start, i, j, next)
}

// parentheticalQuery: the "?" or "!" at s[i] sits inside a parenthesis
// that closes with it, and the sentence goes on in lower case ("the
// driver on Monday (Sam?) was great", "the invoice (or two!) went
// out"): a doubt in passing, not a sentence's end.
func parentheticalQuery(s string, start, i, j, next int) bool {
	if s[j-1] != ')' {
		return false
	}
	open := strings.LastIndexByte(s[start:i], '(')
	if open < 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[next:])
	return unicode.IsLower(r) && guessInPassing(s[start+open+1:i])
}

// maxGuessWords bounds a doubt in passing: "(Kev?)", "(the new one?)".
const maxGuessWords = 4

// guessInPassing: the parenthesis holds a short guess, not a question
// of its own ("(can you tell me where it goes?)" asks): a few words,
// not opened by an auxiliary or a question word.
func guessInPassing(inner string) bool {
	f := strings.Fields(inner)
	if len(f) == 0 || len(f) > maxGuessWords {
		return false
	}
	w := strings.ToLower(strings.Trim(f[0], ",;:"))
	return !auxWords.has(w) && !whWords.has(w)
}

// terminatorEnd takes the whole run of terminators and closing quotes
// from s[j]: "?!", "...", '."'; it returns where the run ends.
func terminatorEnd(s string, j int) int {
	for j < len(s) && strings.IndexByte(".?!\")'", s[j]) >= 0 {
		j++
	}
	for _, q := range closingQuotes {
		if strings.HasPrefix(s[j:], q) {
			j += len(q)
		}
	}
	return j
}

func nextWordStart(s string, j int) int {
	for j < len(s) && s[j] == ' ' {
		j++
	}
	return j
}

// periodEnds decides whether a "." ends the sentence before: the text so
// far; after: what follows; run: the period was part of "..." or similar.
func periodEnds(before, after string, run bool) bool {
	prev := lastToken(before)
	nr, _ := utf8.DecodeRuneInString(after)
	if ends, ok := abbreviationEnds(prev, nr); ok {
		return ends
	}
	// A single letter is an initial: "J. Smith", "U.S.", unless it is the
	// pronoun "I" closing a clause ("so am I.", "than I.").
	if prev == "I" && pronounI(before) {
		return opensSentence(nr)
	}
	if utf8.RuneCountInString(prev) == 1 && unicode.IsLetter([]rune(prev)[0]) {
		// A lower-case unit after a number ("1.5 m.", "20 g.") is no
		// initial: a capital after it opens the next sentence.
		return unitAfterNumber(before, prev) && unicode.IsUpper(nr)
	}
	if ordinalDate(prev, after) || ordinalAfterLead(before, prev) {
		return false
	}
	if opensSentence(nr) {
		return true
	}
	if run {
		return unicode.IsUpper(nr)
	}
	// Lower case after a period: sloppy writing ("thx. also can u") when the
	// sentence before is substantial.
	return unicode.IsLower(nr) && (wordsAtLeast(before, 3) || ackOnly(before))
}

// abbreviationEnds decides a period after an abbreviation (ok false: prev
// is none).
func abbreviationEnds(prev string, next rune) (ends, ok bool) {
	lowerPrev := strings.ToLower(prev)
	if numberAbbreviations.has(lowerPrev) && !unicode.IsDigit(next) {
		// "No. 14" numbers; "…so the answer was no. Is it…" ends.
		return false, false
	}
	if !abbreviations.has(lowerPrev) && !abbreviations.has(strings.TrimSuffix(lowerPrev, ".")) {
		return false, false
	}
	// "etc." and "a.m." often do end sentences: trust a capital after them.
	return endingAbbreviations.has(lowerPrev) && unicode.IsUpper(next), true
}

// opensSentence reports a rune that opens a sentence after a period: a
// capital, a digit, an opening quote or parenthesis, "¿" or "¡".
func opensSentence(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '\u201c' || r == '(' || r == '\u00bf' || r == '\u00a1'
}

// pronounI: before ends in "I" after a lower-case word ("so am I",
// "as did I"): the pronoun, not an initial, which follows a name or
// another initial ("Jane I.", "J. I.").
func pronounI(before string) bool {
	s := strings.TrimRight(before, " ")
	s = strings.TrimRight(s[:len(s)-1], " ")
	w := lastToken(s)
	if w == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// unitAfterNumber: before ends in a number, a space and the lower-case
// letter prev ("…1.5 m").
func unitAfterNumber(before, prev string) bool {
	r, _ := utf8.DecodeRuneInString(prev)
	if !unicode.IsLower(r) {
		return false
	}
	s := strings.TrimRight(before, " ")
	s = strings.TrimRight(s[:len(s)-len(prev)], " ")
	n := lastToken(s)
	return n != "" && unicode.IsDigit(rune(n[len(n)-1]))
}

// lastToken returns the last space-separated token of s without leading
// punctuation, keeping inner dots ("e.g").
func lastToken(s string) string {
	s = strings.TrimRight(s, " ")
	i := strings.LastIndexAny(s, " (")
	return strings.TrimLeft(s[i+1:], "\"'\u201c\u2018")
}
