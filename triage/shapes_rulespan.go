package triage

// insideRuleWords: a quick signal matched on a noun ("the cover", "our
// cover": a determiner before it) inside rule words already counted is
// the same evidence read twice. "Does that affect the cover?" names what
// a policy allows (rule words "affect the cover"); its "cover" is not the
// verb of a price's scope ("does the fee cover…"), which still counts.
func (e *Engine) insideRuleWords(ws []string, spans []matchSpan, start, end, si int) bool {
	if e.signals[si].Kind != "quick" || start == 0 || !detWords.has(ws[start-1]) {
		return false
	}
	for _, m := range spans {
		if e.ruleSig[m.si] && m.start <= start && end <= m.end {
			return true
		}
	}
	return false
}
