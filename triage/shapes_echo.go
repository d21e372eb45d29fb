package triage

import "strings"

// The subject line repeated as the body's first line ("Quick question about
// mileage?", "Payroll question - new starter?") names the topic; the asks
// follow it.

// subjectEcho returns text without its first line when that line repeats
// the subject and only names a topic: it does not open a question or a
// request, or it announces one ("quick question about …"). ok is false
// when there is no such line.
func (e *Engine) subjectEcho(text, subject string) (rest string, ok bool) {
	subj := echoKey(stripReplyPrefixes(subject))
	if subj == "" {
		return "", false
	}
	lead := len(text) - len(strings.TrimLeft(text, " \t\r\n"))
	line, after, _ := strings.Cut(text[lead:], "\n")
	if !hasEchoKey(line, subj) {
		return "", false
	}
	p := scratchWords(line)
	topic := !e.startsAsk(line) || announcesQuestion(*p)
	dropWords(p)
	if !topic {
		return "", false
	}
	return after, true
}

// announcesQuestion: "quick question about …", "payroll query": the line
// says a question follows.
func announcesQuestion(ws []string) bool {
	for _, w := range ws {
		if questionNouns.has(w) {
			return true
		}
	}
	return false
}

// echoKey reduces a line to what a repeat must match: lower case, single
// spaces, no closing punctuation.
func echoKey(s string) string {
	return strings.TrimRight(strings.ToLower(collapseSpace(strings.TrimSpace(s))), " ?!.:")
}

// hasEchoKey is echoKey(s) == key. An ASCII line (most) is compared as
// it is lower-cased, without a copy; the closing punctuation echoKey
// trims is not a letter, so trimming it first changes nothing.
func hasEchoKey(s, key string) bool {
	t := collapseSpace(strings.TrimSpace(s))
	if !isASCII(t) {
		return echoKey(s) == key
	}
	t = strings.TrimRight(t, " ?!.:")
	return len(t) == len(key) && equalAt(t, key, true)
}

// stripReplyPrefixes drops "Re:", "Fwd:", "AW:" and the like from a subject.
func stripReplyPrefixes(s string) string {
	for {
		t := strings.TrimSpace(s)
		i := strings.IndexByte(t, ':')
		if i <= 0 || i > 4 || !replyPrefixes.hasLower(t[:i]) {
			return t
		}
		s = t[i+1:]
	}
}
