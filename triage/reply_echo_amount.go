package triage

import (
	"slices"
	"strings"
)

// The quote's hours named with a definite determiner, with or without
// the rate ("go ahead with the two hours at $250", "fine for your 3 hrs
// at €90"), point back at the quote's own figures: they restate the
// offer and name no price of the client's. An amount alone ("the $400")
// may be anything the client owes. A counter-offer brings its amount with a
// preposition or a verb ("for $200", "is $300"). Table rows in
// TestReplyEchoedAmount.

// echoGlue may stand inside such a phrase between the determiner and
// the amount: the hours and the rate ("the two hours at $250 per hour").
var echoGlue = set("at per an a @ x")

// echoedAmount reports that the first number of ws stands in a phrase
// opened by a quotedFigure word, past numbers, hour units and
// echoGlue only, that the phrase names hours, and that no number
// follows outside it.
func echoedAmount(ws []string, rl *replyLexicons) bool {
	k := -1
	for i, w := range ws {
		if strings.ContainsAny(w, "0123456789") {
			k = i
			break
		}
	}
	if k <= 0 {
		return false
	}
	inPhrase := func(w string) bool {
		return echoGlue.has(w) || rl.numerals.has(w) || rl.hourWords.has(w) || strings.ContainsAny(w, "0123456789")
	}
	j := k - 1
	for j > 0 && inPhrase(ws[j]) {
		j--
	}
	if !quotedFigure.has(ws[j]) {
		return false
	}
	for k < len(ws) && inPhrase(ws[k]) {
		k++
	}
	if !slices.ContainsFunc(ws[j+1:k], rl.hourWords.has) {
		return false // "I haven't paid the $400": no quoted hours named
	}
	// No number outside the phrase: "the 3 hours, but for $500" offers one.
	return !slices.ContainsFunc(ws[k:], func(w string) bool { return strings.ContainsAny(w, "0123456789") })
}
