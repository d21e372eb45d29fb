package triage

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxSignOffName is the most words a name may take on the closing line
// itself ("Thanks, Ann Lee").
const maxSignOffName = 3

// beforeSignOff is text, a client's new text in a reply to a quote, cut
// at a closing line said alone ("Kind regards,", "Thanks, Ann") with a
// name on the next line: what follows is the signature, and a tagline in
// it ("Yes! We're open Saturdays", "No call-out fee") answers nothing.
// Isolation keeps such a tail when a line of it is long. Not cut: a
// closing line with more said on it ("Cheers, go ahead"), one with no
// text above it, or a text with a postscript after the closing.
func (e *Engine) beforeSignOff(text string) string {
	lines := strings.Split(text, "\n")
	above := false
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		if above && e.closingAlone(t) && nameFollows(lines[i+1:]) && !postscriptIn(lines[i+1:]) {
			return strings.TrimSpace(strings.Join(lines[:i], "\n"))
		}
		above = true
	}
	return text
}

// closingAlone reports a line that is a closing (a SignOffs phrase, or
// one of the other languages' signOffLines) with at most a capitalised
// name after it.
func (e *Engine) closingAlone(t string) bool {
	if wordsAtLeast(t, maxSignOffName+4) || strings.HasSuffix(t, "?") {
		return false
	}
	p := scratchWords(t)
	end, ok := e.lex.signOffs.hasAt(*p, 0)
	dropWords(p)
	if !ok {
		l := strings.ToLower(t)
		for _, s := range signOffLines {
			rest, found := strings.CutPrefix(l, s)
			if r, _ := utf8.DecodeRuneInString(rest); found && (rest == "" || !unicode.IsLetter(r)) {
				end, ok = len(words(s)), true
				break
			}
		}
	}
	if !ok {
		return false
	}
	rest := strings.TrimFunc(t[wordStart(t, end):], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return rest == "" || len(strings.Fields(rest)) <= maxSignOffName && capitalisedLine(rest)
}

// nameFollows reports that the first non-blank line of lines reads as a
// name ("Oliver Grant", "Ann"), not a sentence.
func nameFollows(lines []string) bool {
	for _, l := range lines {
		if t := strings.TrimSpace(l); t != "" {
			return isNameLike(t) && capitalisedLine(t)
		}
	}
	return false
}

// postscriptIn reports a line of lines that opens a postscript ("P.S.",
// "PS:", "PPS"): the client wrote on after signing.
func postscriptIn(lines []string) bool {
	for _, l := range lines {
		t := strings.ToLower(strings.TrimSpace(l))
		for _, p := range []string{"p.s", "ps ", "ps:", "ps.", "ps-", "pps", "p.p.s"} {
			if strings.HasPrefix(t, p) {
				return true
			}
		}
	}
	return false
}
