package triage

// A need reported from someone else ("our insurer says we need…") as the
// background of the ask after it. Found by the messy16 set (issue #11);
// table rows in TestMessy16Shapes.

// reportVerbs report what someone else said: "our accountant says …",
// "the bank told us …".
var reportVerbs = set("says said tells told reckons advised advises mentioned insists")

// needWords state a need after a reported speaker: "… says we need a banner".
var needWords = set("need needs should must")

// backRefs point an ask back at the thing named before it: "could you
// add one?", "can you arrange it?".
var backRefs = set("one it that this them those these")

// reportedNeed: sentence s reports someone else saying the client needs
// a thing ("our insurer says we need a fire risk assessment") and the
// next sentence asks the firm for it by pointing back ("could you do
// one?"). The report is the background of that ask, not an ask of its
// own; a reported need with no such ask after it stays an ask.
func (e *Engine) reportedNeed(sw *sentWords, next string) bool {
	ws := sw.lower()
	if !reportsNeed(ws) && !conditionalNeed(ws) {
		return false
	}
	c := e.clause(next)
	if !c.ask || c.agent != agentFirm && !truthChecked(c.ws) {
		return false
	}
	for _, w := range c.ws {
		if backRefs.has(w) {
			return true
		}
	}
	return false
}

// reportsNeed: ws has a report verb followed, within three words, by
// "we/I need" (or should, must).
func reportsNeed(ws []string) bool {
	for i, w := range ws {
		if !reportVerbs.has(w) {
			continue
		}
		for k := i + 1; k < len(ws) && k <= i+4; k++ {
			if (ws[k] == "we" || ws[k] == "i") && k+1 < len(ws) && needWords.has(ws[k+1]) {
				return true
			}
		}
	}
	return false
}

// truthWords ask whether a report holds: "is that right?", "is that
// still the case?", "is it true?".
var truthWords = set("true right correct case accurate")

// truthChecked: the next sentence asks whether the reported need is so
// ("Is that still the case?"); the report is its background, as with an
// ask for the thing (the back reference is checked by the caller).
func truthChecked(ws []string) bool {
	if len(ws) > 8 {
		return false
	}
	for _, w := range ws {
		if truthWords.has(w) {
			return true
		}
	}
	return false
}
