package triage

import "strings"

// A long statement that ends in a colon and hands over to a question
// ("I'm off from Monday until the 9th with no email, so one last thing
// before I go: can the kiln be fired on the 3rd?") is background: the ask
// is the question after the colon. A short lead ("One question: do you
// …?") stays quoted with its ask, as before; a lead that asks itself is
// left to the splitters. Table rows in TestColonLeadAsk
// (shapes_colon_ask_test.go).

// colonAskAt returns the index in ws (the words of text from the first,
// as stripLead leaves them) of a question that follows a colon after more
// than maxBackgroundWords of statement, 0 if none.
func (e *Engine) colonAskAt(text string, spans []span, ws []string) int {
	if strings.IndexByte(text, ':') < 0 || lastPunct(text) != '?' {
		return 0
	}
	off := len(spans) - len(ws)
	for k := maxBackgroundWords + 1; k+2 < len(ws) && k <= maxClauseWords; k++ {
		if strings.IndexByte(text[spans[off+k-1].end:spans[off+k].start], ':') < 0 {
			continue
		}
		if conditionWords.has(ws[0]) || e.opensAsk(ws) || !e.opensAsk(ws[k:]) {
			return 0
		}
		return k
	}
	return 0
}
