package triage

// approxWords soften a wh-question put before its wh-word: "roughly what
// time will you…?", "approximately how long does…?". Only these four,
// which do not open a statement before a wh-word ("about what you said"
// needs an auxiliary after the wh-word to count, see approxWhQuestion).
var approxWords = set("roughly approximately around about")

// approxWhQuestion reports words that open with an approxWords word and
// then a wh-question ("And roughly what time will you get to us?"), so
// the ask keeps its opening rather than starting at the auxiliary. The
// first word is tested first, so other sentences cost one look-up.
func approxWhQuestion(ws []string) bool {
	return len(ws) > 2 && approxWords.has(ws[0]) && whWords.has(ws[1]) && whQuestion(ws[1:])
}

// whOpenedAfterLead reports that the auxiliary at lw[k] belongs to a
// wh-question that opens the sentence after discourse markers and a
// softener ("and roughly what time will you…", "so approximately how
// long would it…"): no run-on ask starts there. The wh-word two words
// back is tested first.
func whOpenedAfterLead(lw []string, k int) bool {
	if k < 2 || !whWords.has(lw[k-2]) {
		return false
	}
	for _, w := range lw[:k-2] {
		if !leadMarkers.has(w) && !approxWords.has(w) {
			return false
		}
	}
	return true
}
