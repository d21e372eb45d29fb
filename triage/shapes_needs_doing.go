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
			return jobNeeded(core[i+1:]) || thingDoneNeeded(core[i+1:])
		}
		if w == "will" && core[i+1] == "need" {
			// "the gutters will need clearing before winter"
			continue
		}
		if needsBreaks.has(w) {
			return reportThenNeed(core[i:])
		}
	}
	return false
}

// jobNeeded: ws, the words after "needs", name a job, and no clause of
// the speaker's own follows it: "…needs replacing, we can quote for it"
// is a report; another thing that needs a job ("…, and the gate needs
// oiling") keeps it a list of jobs.
func jobNeeded(ws []string) bool {
	return len(ws) > 0 && (jobGerundAt(ws) || needsJobNoun(ws)) && !breakAfterNeed(ws[1:])
}

// reportThenNeed: ws, from the verb of a report on the thing, go on to
// "and (will) need(s) <job>" within a few words: "the extractor fan has
// stopped working and will need replacing". Another subject or a
// conjunction before that "and" ("…has stopped but we've ordered one")
// ends it.
func reportThenNeed(ws []string) bool {
	if !thingReportVerbs.has(ws[0]) || beVerbs.has(ws[0]) && !strings.HasSuffix(ws[1], "ing") {
		// "is leaking" reports a fault; "is twenty years old and will
		// need replacing at some point" describes the thing.
		return false
	}
	for j := 1; j+2 < len(ws) && j <= needsDoingReach; j++ {
		w := ws[j]
		if w == "and" {
			rest := ws[j+1:]
			if rest[0] == "will" {
				rest = rest[1:]
			}
			return (rest[0] == "needs" || rest[0] == "need") && jobNeeded(rest[1:])
		}
		if afterNeedBreaks.has(w) {
			return false
		}
	}
	return false
}

// thingReportVerbs open a report on the thing: "has stopped", "is leaking",
// "keeps tripping".
var thingReportVerbs = set("is are has have keeps keep was were")

// beVerbs report a fault only with a participle: "is leaking".
var beVerbs = set("is are was were")

// breakAfterNeed: ws, the words after "needs <job>", start another
// clause that is not one more thing needing a job joined by "and".
func breakAfterNeed(ws []string) bool {
	for j, w := range ws {
		if afterNeedBreaks.has(w) {
			return w != "and" || !needsDoing(ws[j+1:])
		}
	}
	return false
}

// needsBreaks end the thing's noun phrase before any "needs"; a
// preposition does not ("the boiler in flat 6 needs servicing").
var needsBreaks = set("and or but that which who you we i they he she it is are was were be has have had will would")

// afterNeedBreaks start a clause after the need that makes it a report:
// the speaker's own or someone else's doing ("…, we can quote for it",
// "…, but they'll do it"). A clause about the thing ("…, nothing has come
// through since Tuesday") does not.
var afterNeedBreaks = set("and or but you we i they he she")

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
	if asks, ok := e.splitFutureNeed(sp, k, r); ok {
		return asks, true
	}
	return e.splitOwnSeries(sp, k, r)
}

// splitFutureNeed splits "could you fix the gate and I'll need an invoice
// for the landlord" at its "and": the client's own future need of a new
// thing, with its own subject, is a second ask, not part of the first job.
// A need pointing back ("and I'll need it by Friday") or of the client's
// own act ("and we'll need to move the car") is not (TestFutureNeedAfterJob).
func (e *Engine) splitFutureNeed(sp *sentenceSplit, k, r int) ([]clause, bool) {
	lw := sp.lw
	if lw[k] != "and" || r != k+1 || !futureNeedAt(lw, r) {
		return nil, false
	}
	left := e.clause(trimJoin(sp.s[:sp.spans[k].start]))
	rc := e.clause(sp.s[sp.spans[r].start:])
	if !left.ask || !rc.ask {
		return nil, false
	}
	return append(e.splitAsks(left.text), rc), true
}

// futureNeedAt: lw from i reads "I'll / we'll / I will (also) need a …".
func futureNeedAt(lw []string, i int) bool {
	switch {
	case i+1 < len(lw) && futureNeedSubj.has(lw[i]):
		i++
	case i+2 < len(lw) && (lw[i] == "i" || lw[i] == "we") && lw[i+1] == "will":
		i += 2
	default:
		return false
	}
	if i < len(lw) && lw[i] == "also" {
		i++
	}
	return i+1 < len(lw) && lw[i] == "need" && needThingOpeners.has(lw[i+1])
}

// needThingOpeners open a new thing needed: "a written report", "an
// invoice", "something in writing", "copies of …".
var needThingOpeners = set("a an some something another copies receipts")
