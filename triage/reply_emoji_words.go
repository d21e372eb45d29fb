package triage

import (
	"slices"
	"strings"
)

// A sign with only courtesies beside it ("👎 sorry", "👍 thanks!") is
// answered by the sign, as the sign alone is. Table rows in
// TestReplySignWithCourtesy.

// apologies may stand beside a sign as courtesies do.
var apologies = set("sorry soz apologies")

// onlyCourtesies reports words that are all courtesies or apologies.
func onlyCourtesies(ws []string, rl *replyLexicons) bool {
	for _, w := range ws {
		if !rl.courtesies.has(w) && !apologies.has(w) {
			return false
		}
	}
	return true
}

// signAnswer files the answer of a sentence that is a sign with nothing
// but courtesies beside it: "👍" is a yes, "👎" a no. It reports whether
// it filed one.
func signAnswer(s string, ws []string, rl *replyLexicons, ev *replyEvidence) bool {
	if len(ws) > 0 && !onlyCourtesies(ws, rl) {
		return false
	}
	switch {
	case slices.ContainsFunc(rl.agreeEmoji, func(m string) bool { return strings.Contains(s, m) }):
		addCue(&ev.bareYes, "👍")
	case slices.ContainsFunc(rl.disagreeEmoji, func(m string) bool { return strings.Contains(s, m) }):
		addCue(&ev.strongDecline, "👎")
	default:
		return false
	}
	return true
}
