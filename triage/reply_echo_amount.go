package triage

import "strings"

// An amount named with a definite determiner ("go ahead with the two
// hours at $250", "happy to pay your £180", "fine for the 3 hrs") points
// back at the quote's own figures: it restates the offer, it names no
// price of the client's. A counter-offer brings its amount with a
// preposition or a verb ("for $200", "is $300"). Table rows in
// TestReplyEchoedAmount.

// echoGlue may stand inside such a phrase between the determiner and
// the amount: the hours and the rate ("the two hours at $250 per hour").
var echoGlue = set("at per an a @ x")

// echoedAmount reports that the first number of ws stands in a phrase
// opened by a quotedFigure word, past numbers, hour units and
// echoGlue only, and that no number follows outside that phrase.
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
	// No number outside the phrase: "the 3 hours, but for $500" offers one.
	for _, w := range ws[k:] {
		if strings.ContainsAny(w, "0123456789") {
			return false
		}
	}
	return true
}
