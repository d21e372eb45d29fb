package triage

import "strings"

// A client often says what they want and then asks for it: "We'd like to
// repaint the shopfront before Easter. Could you quote for repainting it
// in the new colours?" The wish is the background of the request that
// follows; counting it too asks twice for one thing.

// clientWishSubjects say who wishes: the client.
var clientWishSubjects = set("i we i'd we'd i'm we're")

// wishFrameWords sit between the subject and "to": "would like", "want",
// "are looking", "hope".
var wishFrameWords = set("would like love want wanted are am looking hoping planning hope plan keen")

// wishVerb returns the verb of a wish statement ("we would like to move
// our seats …" → "move") and the words after it, or "" when ws opens no
// wish.
func wishVerb(ws []string) (string, []string) {
	if len(ws) < 4 || !clientWishSubjects.has(ws[0]) {
		return "", nil
	}
	k := 1
	for k < len(ws) && k <= 3 && wishFrameWords.has(ws[k]) {
		k++
	}
	if k == 1 || k+1 >= len(ws) || ws[k] != "to" {
		return "", nil
	}
	return ws[k+1], ws[k+2:]
}

// wishAskedNext: statement s wishes for a thing and ask next, put to the
// firm, asks for it again: the same verb (or its -ing form) and one of
// the wish's content words. A wish nothing after it repeats still asks.
func (e *Engine) wishAskedNext(sw *sentWords, next string) bool {
	if s := sw.s; next == "" || strings.HasSuffix(strings.TrimSpace(s), "?") || !opensFirstPerson(s) {
		return false // most sentences: no words read
	}
	verb, rest := wishVerb(sw.lower())
	if verb == "" || len(verb) < 3 {
		return false
	}
	c := e.clause(next)
	if !c.ask || c.agent != agentFirm || !hasVerbForm(c.lw, verb) {
		return false
	}
	for _, w := range rest {
		if len(w) >= 4 && !wishFrameWords.has(w) && !nounPhraseBreaks.has(w) && containsWord(c.lw, w) {
			return true
		}
	}
	return false
}

// hasVerbForm: ws holds verb, or its -ing or -ed form ("move", "moving",
// "moved").
func hasVerbForm(ws []string, verb string) bool {
	stem := strings.TrimSuffix(verb, "e")
	for _, w := range ws {
		if w == verb || w == stem+"ing" || w == verb+"ing" || w == stem+"ed" || w == verb+"d" {
			return true
		}
	}
	return false
}

// containsWord: ws holds w.
func containsWord(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

// nextSentence is the sentence after sentence j of a paragraph: the next
// one, or the next paragraph's first.
func nextSentence(at sentAt, j int) string {
	if j+1 < len(at.sents) {
		return at.sents[j+1]
	}
	if at.next == "" {
		return ""
	}
	if ss := sentences(at.next); len(ss) > 0 {
		return ss[0]
	}
	return ""
}

// opensFirstPerson: s starts with "I" or "We" (any case), the only
// openings a wish statement has.
func opensFirstPerson(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) > 2 && (s[0] == 'I' || s[0] == 'i') && (s[1] == ' ' || s[1] == '\'' || s[1] == 0xe2) ||
		len(s) > 3 && (s[0] == 'W' || s[0] == 'w') && (s[1] == 'e' || s[1] == 'E') && (s[2] == ' ' || s[2] == '\'' || s[2] == 0xe2)
}
