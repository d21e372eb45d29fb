package triage

import "slices"

// A yes followed in the same sentence by the client's need for the work
// done ("Absolutely, we need the logo files sorted before the launch",
// "Yes, I want it filed by March") gives the reason to go ahead: the
// need is the go-ahead's second cue. A need to do something first ("yes,
// we need to check with the board") is no such need. Table rows in
// TestReplyYesThenNeed.

// wantVerbs say the client needs or wants a thing.
var wantVerbs = set("need needs want wants")

// needFillers may stand between the subject and the verb: "we really need".
var needFillers = set("really do definitely just urgently badly")

// outcomeWords say the work's outcome is wanted: "… sorted", "… done".
var outcomeWords = set("done sorted filed fixed finished completed ready submitted resolved updated lodged")

// needWindow bounds the words from the need verb to its done word.
const needWindow = 6

// yesThenNeed reports a sentence that is a bare yes, then "we" or "I",
// a need verb and, within needWindow words, a done word, with no
// negator and no question mark.
func yesThenNeed(s string, ws []string, parts []int, rl *replyLexicons) bool {
	if len(parts) == 0 || !bareYes(ws[:parts[0]], rl) || lastPunct(s) == '?' {
		return false
	}
	rest := ws[parts[0]:]
	if len(rest) < 3 || rest[0] != "we" && rest[0] != "i" || slices.ContainsFunc(rest, rl.negators.has) {
		return false
	}
	i := 1
	for i < len(rest) && needFillers.has(rest[i]) {
		i++
	}
	if i >= len(rest) || !wantVerbs.has(rest[i]) {
		return false
	}
	return slices.ContainsFunc(rest[i+1:min(len(rest), i+1+needWindow)], outcomeWords.has)
}
