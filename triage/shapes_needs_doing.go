package triage

import "strings"

// "The VAT return needs doing before the 7th", "the October payslips need
// redoing": a thing of the client's that needs a job done on it, said to
// the firm that does such jobs, asks for the job.

// needsDoingSubjects open the thing that needs the work: "the", "our",
// "my", "these".
var needsDoingSubjects = set("the our my these this both all")

// jobGerunds: the job the thing needs.
var jobGerunds = set("doing redoing filing refiling sorting checking rechecking fixing replacing updating chasing " +
	"submitting renewing reconciling amending correcting reviewing servicing repairing preparing finishing " +
	"completing sending posting printing processing signing " +
	// A trade's jobs on a building, a garden or a machine.
	"clearing cleaning painting repainting rewiring unblocking emptying trimming cutting pruning sealing " +
	"resealing testing inspecting installing fitting refitting labelling labeling")

// jobGerundAt: ws opens with a job of jobGerunds, or with a redo written
// with a hyphen, which reads as "re" and a word in -ing ("re-labelling",
// "re-pointing"): doing any such thing again is a job
// (TestNeedsRedoing).
func jobGerundAt(ws []string) bool {
	if jobGerunds.has(ws[0]) {
		return true
	}
	return ws[0] == "re" && len(ws) > 1 && len(ws[1]) > len("ing")+1 && strings.HasSuffix(ws[1], "ing")
}

// needsDoing: core opens with a thing of the client's ("the/our …") and
// goes on to "needs/need <job>" within a few words, before a word that
// starts another clause.
func needsDoing(core []string) bool {
	if len(core) < 4 || !needsDoingSubjects.has(core[0]) {
		return false
	}
	for i := 2; i+1 < len(core) && i <= needsDoingReach; i++ {
		w := core[i]
		if w == "needs" || w == "need" {
			// "…needs replacing, we can quote for it": a clause of the
			// speaker's own after the need makes it a report; another
			// thing that needs a job ("…, and the gate needs oiling")
			// keeps it a list of jobs.
			return (jobGerundAt(core[i+1:]) || needsJobNoun(core[i+1:])) && !breakAfterNeed(core[i+2:])
		}
		if needsBreaks.has(w) {
			return false
		}
	}
	return false
}

// breakAfterNeed: ws, the words after "needs <job>", start another
// clause that is not one more thing needing a job joined by "and".
func breakAfterNeed(ws []string) bool {
	for j, w := range ws {
		if needsBreaks.has(w) {
			return w != "and" || !needsDoing(ws[j+1:])
		}
	}
	return false
}

// needsBreaks end the thing's noun phrase before any "needs"; a
// preposition does not ("the boiler in flat 6 needs servicing").
var needsBreaks = set("and or but that which who you we i they he she it is are was were be has have had will would")

// needsDoingReach: how far into the sentence "needs" may stand ("the
// quarterly VAT return for the shop needs doing").
const needsDoingReach = 8

// anyWordIn: some word of ws is in set.
func anyWordIn(ws []string, set *wordSet) bool {
	for _, w := range ws {
		if set.has(w) {
			return true
		}
	}
	return false
}

// jobNouns: a job named as a noun, "needs a service", "needs a complete
// refresh".
var jobNouns = set("service refresh overhaul revamp redesign rewrite makeover repaint respray tidy tidy-up " +
	"clean deep-clean update survey inspection check-up checkup")

// jobNounOpeners open the noun phrase of the job: "a", "another", "its".
var jobNounOpeners = set("a an another its their his her some")

// needsJobNoun: ws (after "needs") is "a <job>" with at most two words
// between ("a complete refresh", "a proper deep clean"), none of which
// starts another clause.
func needsJobNoun(ws []string) bool {
	if len(ws) < 2 || !jobNounOpeners.has(ws[0]) {
		return false
	}
	for _, w := range ws[1:min(len(ws), 4)] {
		if jobNouns.has(w) {
			return true
		}
		if needsBreaks.has(w) {
			return false
		}
	}
	return false
}

// splitNeeds splits "the gutters need clearing, and the flashing needs
// resealing" at its "and": each thing needing a job is a job of its own.
func (e *Engine) splitNeeds(sp *sentenceSplit, k, r int) ([]clause, bool) {
	if sp.lw[k] != "and" || !needsDoing(sp.lw[r:]) {
		return nil, false
	}
	left := e.clause(trimJoin(sp.s[:sp.spans[k].start]))
	rc := e.clause(sp.s[sp.spans[r].start:])
	if !left.ask || !rc.ask {
		return nil, false
	}
	return append(e.splitAsks(left.text), e.splitAsks(rc.text)...), true
}

// splitNeedsOrOwnSeries: a list of things needing jobs (splitNeeds), else
// a series sharing the client's own frame (splitOwnSeries).
func (e *Engine) splitNeedsOrOwnSeries(sp *sentenceSplit, k, r int) ([]clause, bool) {
	if asks, ok := e.splitNeeds(sp, k, r); ok {
		return asks, true
	}
	return e.splitOwnSeries(sp, k, r)
}
