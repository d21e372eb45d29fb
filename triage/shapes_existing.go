package triage

// A work noun in a noun phrase that names a version already made ("the
// latest valuation", "our current forecast", "the most recent
// projection") or in a copy of one ("a printed copy of the cashflow
// forecast") names a thing the firm has on file; sending or bringing it is
// no new work. A verb of work in the same ask ("update the latest
// forecast") still counts.

// existingAdjs say a version exists already; so do participles of work
// already done to it ("the revised drawings", "your amended lease", "the
// approved plans"), which name the version the work made.
var existingAdjs = set("latest current existing previous last original final recent signed " +
	"revised amended updated approved stamped agreed finalised finalized")

// existingReach is how many words may stand between the adjective or
// "copy of" and the work noun: modifiers such as "cashflow" or "supplier
// bank details".
const existingReach = 4

// nounPhraseBreaks end a noun phrase: a preposition, a conjunction or a
// verb frame means the noun is no longer the one the adjective opened.
var nounPhraseBreaks = set("for to on with by from in at about and or but that which who you we i they he she it is are was were be")

// existingVersion: the paid signal at ws[start] is a noun inside a noun
// phrase opened by a determiner and an existing-version adjective ("the
// latest"), or by "copy of" / "copies of".
func (e *Engine) existingVersion(ws []string, start, si int) bool {
	if e.signals[si].Kind != "paid" || start == 0 {
		return false
	}
	for k := start - 1; k >= 0 && k >= start-existingReach; k-- {
		w := ws[k]
		if w == "of" && k > 0 && (ws[k-1] == "copy" || ws[k-1] == "copies") {
			return true
		}
		if existingAdjs.has(w) && k > 0 && (versionDets.has(ws[k-1]) || possessives.has(ws[k-1]) || ws[k-1] == "most") {
			return true
		}
		if nounPhraseBreaks.has(w) {
			return false
		}
	}
	return false
}
