package triage

// insideRuleWords: a quick signal matched on a noun ("the cover", "our
// cover": a determiner before it) inside rule words already counted is
// the same evidence read twice. "Does that affect the cover?" names what
// a policy allows (rule words "affect the cover"); its "cover" is not the
// verb of a price's scope ("does the fee cover…"), which still counts.
// The word "cover" itself inside rule words ("does our policy cover…":
// rule words "policy cover*"; "is our cover high enough") is read twice
// too; other quick words inside them ("go with you to the meeting or…")
// still count.
func (e *Engine) insideRuleWords(ws []string, spans []matchSpan, start, end, si int) bool {
	if e.signals[si].Kind != "quick" || start == 0 {
		return false
	}
	double := detWords.has(ws[start-1]) || (end == start+1 && coverWords.has(ws[start]))
	for _, m := range spans {
		if e.ruleSig[m.si] && m.start <= start && end <= m.end && double {
			return true
		}
	}
	return false
}

// coverWords are the verb and noun a rule on insurance cover holds.
var coverWords = set("cover covers")

// ruleWordsVetoed: a match the rule words around it explain (see
// insideRuleWords), or a rule word asked of the firm's own standing.
func (e *Engine) ruleWordsVetoed(ws []string, spans []matchSpan, start, end, si int) bool {
	return e.insideRuleWords(ws, spans, start, end, si) || e.firmsOwnStanding(ws, start, si) ||
		e.termsHeld(ws, start, end, si)
}

// termsHeld: "is our account still under the old terms?" asks which terms
// an arrangement is on, a fact on file: "under … terms" right after a
// copula or "still" says where a thing stands, not what the terms allow.
func (e *Engine) termsHeld(ws []string, start, end, si int) bool {
	return e.ruleSig[si] && heldTerms(ws, start, end)
}

// heldTerms: the rule words at ws[start:end] are "under … terms" right
// after a copula or "still" (termsHeld).
func heldTerms(ws []string, start, end int) bool {
	return start > 0 && ws[start] == "under" && ws[end-1] == "terms" && heldOnWords.has(ws[start-1])
}

// heldOnWords say where a thing stands before "under … terms".
var heldOnWords = set("still is are was were been be currently now")

// firmsOwnStanding: "Are your treatments covered by Bupa?", "Is your
// work HETAS approved?": a rule word asked of the firm's own service, its
// subject "your …" right after the opening auxiliary, is a fact the firm
// knows, not research; with the client's own case named anywhere ("are
// your fees deductible for us?") it stays research.
func (e *Engine) firmsOwnStanding(ws []string, start, si int) bool {
	if !e.ruleSig[si] || start < 2 || len(ws) < 3 || !auxWords.has(ws[0]) || ws[1] != "your" {
		return false
	}
	return !anyWordIn(ws, clientSelfWords)
}

// clientSelfWords name the client's own case.
var clientSelfWords = set("i me my mine we us our ours myself ourselves")
