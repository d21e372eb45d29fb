package triage

import "strings"

// "We've had a letter from HMRC about a penalty – any idea what this is
// about?": a statement, a spaced dash, then the question. The statement is
// the question's background; the ask is what follows the dash, however
// long the statement.

// asideAsk returns the index of the word where the ask opens inside a
// parenthesis (parenAsk) or after a dash (dashAsk); 0 when neither.
func asideAsk(text string, spans []span, ws []string) int {
	if k := parenAsk(text, spans, ws); k > 0 {
		return k
	}
	return dashAsk(text, spans, ws)
}

// minDashBackground: the statement before the dash has at least this
// many words ("Quick one – is…" is read by the discourse markers).
const minDashBackground = 4

// dashAsk returns the index of the word after the last spaced dash of a
// question whose words before the dash state something and whose words
// after it open a direct question; 0 when there is none.
func dashAsk(text string, spans []span, ws []string) int {
	if lastPunct(text) != '?' || !asideDashSet.in(text) {
		return 0 // most sentences: no dash
	}
	for k := len(spans) - 2; k >= minDashBackground; k-- {
		gap := text[spans[k-1].end:spans[k].start]
		if !isAsideDash(gap) {
			continue
		}
		c := stripLead(ws, k)
		// "– is that something we pay?", "– can you send them?" point
		// back at the statement: the question is read whole.
		if len(c) < 2 || !isInterrogative(c) || anaphoricSubject(c) || anyWordIn(c, dashBackRefs) || isInterrogative(ws) || strings.Contains(text[:spans[k].start], "?") {
			return 0
		}
		return k
	}
	return 0
}

// dashBackRefs point a question after a dash back at the statement.
var dashBackRefs = set("it them those these one")

// isAsideDash: the gap between two words holds a spaced dash.
func isAsideDash(gap string) bool {
	for _, d := range asideDashes {
		if strings.Contains(gap, d) {
			return true
		}
	}
	return false
}
