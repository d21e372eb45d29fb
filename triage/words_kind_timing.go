package triage

// timingWords ask when: "when could you have …", "how soon could you
// have …", "by when would you have …".
var timingWords = set("when soon wann quand cuándo wanneer quando")

// readyWords close a readiness frame: "have the plans ready".
var readyWords = set("ready done finished")

// readinessTimed: a "could you have <thing> ready" signal inside a question
// that asks when ("roughly when could you have the drawings ready?") asks
// for a date, not for the thing to be made: the work is already agreed.
func (e *Engine) readinessTimed(ws []string, start, end, si int) bool {
	if e.signals[si].Kind != "paid" || end == 0 || !readyWords.has(ws[end-1]) {
		return false
	}
	for _, w := range ws[:start] {
		if timingWords.has(w) {
			return true
		}
	}
	return false
}
