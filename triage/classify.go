package triage

import "strings"

// classification is the verdict on one ask.
type classification struct {
	kind     Kind
	minutes  int
	category string
	act      string
	score    float64 // > 0: paid
	signal   float64 // the part of score that comes from signals, not from the ask's form
	estimate Estimate
	check    bool // the estimate is uncertain: the rep should check it
}

// classify scores an ask from the signals it contains. Each signal counts
// once however many of its phrases match; the strongest signal of the
// winning side sets the estimate and the kind of act, the strongest signal
// naming a category sets the category.
func (e *Engine) classify(c clause) classification {
	ws := askingPart(c.text, c.ws)
	var fired [16]int // the signals found: on the stack for most asks
	t := e.tally(ws, fired[:0])
	form := formOf(c)
	work := (t.paid*agentFactor[c.agent] + scopeFactor(t)*t.scope) * statusFactor(form, ws)
	rule := t.rule
	view := viewBetween(c.lw, ws)
	if figureStillHolds(ws) || view {
		// A known figure asked after, or the firm's view between named
		// options, not what a rule allows.
		rule = 0
	}
	refrain := refrains(ws) || passedOnTask(ws) || opinionBetween(ws) || pickOneOf(ws) || view
	if refrain || otherDoerAlternative(ws) {
		// "… or is it someone else?" asks who does the work, not for it.
		work = 0
	}
	score := work + rule - t.quick + checkingShift(ws)
	signal := score
	if !refrain {
		// A request not to act takes no lean from its form: "please
		// don't send it" is noted in a minute; nor does the firm's view
		// between two options ("would you recommend oak or walnut?").
		score += e.formWeight[form]
	}

	cl := classification{score: score, signal: signal}
	if t.bestCat >= 0 {
		cl.category = e.signals[t.bestCat].Category
	}
	if score > 0 {
		e.sizePaidAsk(&cl, c.ws, t)
		return cl
	}
	e.sizeQuickAsk(&cl, c, t)
	return cl
}

// scopeFactor is how much each scope signal adds: more when the ask names
// work than alone ("since January" is only a hint).
func scopeFactor(t signalTally) float64 {
	if t.bestPaid >= 0 {
		return scopeWithWork
	}
	return scopeAlone
}

// signalTally sums the signals found in an ask, each counted once, and
// keeps the strongest of each side (indexes into Engine.signals, -1: none).
type signalTally struct {
	paid, quick, scope           float64 // weighted sums (Engine.sigWeight)
	rule                         float64 // rule words: research whoever would act, so no agent factor
	fired                        []int   // the signals found, in order
	bestPaid, bestQuick, bestCat int
	writes                       bool // a letter or a reply is named: the work is writing
	scopeN                       int
}

// tally reads the signals of ws; fired is the caller's buffer for
// signalTally.fired, so that most asks need no allocation for it.
func (e *Engine) tally(ws []string, fired []int) signalTally {
	t := signalTally{bestPaid: -1, bestQuick: -1, bestCat: -1, fired: fired}
	// A bit per signal, on the stack for up to 1,024 signals (437 are
	// built in: a smaller array sent every ask's bits to the heap).
	var small [16]uint64
	seen := small[:]
	if n := (len(e.signals) + 63) / 64; n > len(small) {
		seen = make([]uint64, n)
	}
	var spanBuf [16]matchSpan // counted matches; on the stack for most asks
	spans := spanBuf[:0]
	sigLex, sigOf := e.sig.get()
	sigLex.find(ws, func(pi, start, end int) bool {
		si := sigOf[pi]
		if e.sigSkip != nil && e.sigSkip[si] {
			return true
		}
		if seen[si/64]&(1<<(si%64)) != 0 || e.matchVetoed(ws, spans, start, end, si) {
			return true
		}
		seen[si/64] |= 1 << (si % 64)
		spans = append(spans, matchSpan{start, end, si})
		// Appended here, not in count or through any pointer to t, so
		// that the caller's buffer can stay on its stack.
		t.fired = append(t.fired, si)
		e.count(&t, si)
		return true
	})
	if t.rule > 0 {
		t = e.dropRuleFrames(t)
		if ruleNews(ws) || stillInForce(ws) {
			t.rule = 0
		}
	}
	return t
}

// matchVetoed: a signal's match at ws[start:end] that its context shows
// is not what the signal means (work named but not asked for, a
// document's content, a meeting's name, the same words counted twice …).
func (e *Engine) matchVetoed(ws []string, spans []matchSpan, start, end, si int) bool {
	return e.workNotAsked(ws, start, si) ||
		e.documentContent(ws, start, si) || e.stateDuration(ws, start, si) || e.meetingName(ws, end, si) ||
		e.meetingOccasion(ws, start, si) || e.sameWordsTwice(spans, start, end, si) ||
		e.readinessTimed(ws, start, end, si) || e.modifierWord(ws, start, end, si) ||
		e.returnsFilledForm(ws, start, si) || e.ruleWordsVetoed(ws, spans, start, end, si) ||
		e.findingsReport(ws, spans, start, si) || e.dateAsProperty(ws, start, si) || e.checkLeadIn(ws, start, si) ||
		e.leadsToOtherWork(ws, spans, start, end, si) || e.notTheAsk(ws, start, si)
}

// notTheAsk: a signal in a purpose clause, after "do you expect to", in
// "does that help with" or "due" of manner ("due diligence") names no
// part of what is asked (shapes_purpose_clause.go,
// shapes_expected_work.go, shapes_help_thing.go, words_kind_due_manner.go).
func (e *Engine) notTheAsk(ws []string, start, si int) bool {
	return e.purposeClauseQuick(ws, start, si) || e.expectedWork(ws, start, si) || e.handsOnOffered(ws, start, si) ||
		e.helpingThing(ws, start, si) || e.dueManner(ws, start, si) || e.managedToDone(ws, start, si)
}

// leadsToOtherWork: the match names a price, a causative or a visit
// whose context makes the ask a job of another kind (a quote for fitting
// out, "collect it and strip it").
func (e *Engine) leadsToOtherWork(ws []string, spans []matchSpan, start, end, si int) bool {
	return e.priceVetoed(ws, spans, start, end, si) || e.causativeVetoed(ws, start, si) || e.arrangementThenWork(ws, start, end, si)
}

// priceVetoed: a price cue that asks the price of a job, named after it
// ("quote us for fitting …") or before it ("organise a tasting … and
// send us a price").
func (e *Engine) priceVetoed(ws []string, spans []matchSpan, start, end, si int) bool {
	return e.priceForJob(ws, end, si) || e.priceAfterWork(ws, spans, start, si) || e.jobPriceUnmet(ws, end, si)
}

// matchSpan is the words one counted signal matched.
type matchSpan struct{ start, end, si int }

// sameWordsTwice: the same words matched by a second signal of the same
// kind and act count once. Another language's list may spell a word as
// English does ("migration", "configuration" in the French install list);
// the English list already counted it, and one word is one piece of
// evidence, not two. So are two paid acts read in the same words (Dutch
// "controleren" is both a check and a review).
func (e *Engine) sameWordsTwice(spans []matchSpan, start, end, si int) bool {
	s := e.signals[si]
	for _, m := range spans {
		o := e.signals[m.si]
		if m.start == start && m.end == end && o.Kind == s.Kind && (o.Act == s.Act || s.Kind == "paid" && s.Act != "" && o.Act != "") {
			return true
		}
	}
	return false
}

// ruleNews: an ask that names rules only by their topic ("the rules",
// "regulations") and reports a change ("have the rules on mileage
// changed?") asks for news of a rule, not what it allows.
func ruleNews(ws []string) bool {
	return happened(ws) && !rulePredicateLex().has(ws)
}

// stillInForce: "is the server still covered by the support plan?"
// asks whether an arrangement the client holds is still in force, a fact
// the firm has to hand, not what a rule allows. A condition or a change
// after it ("still covered if partners come", "…now that we've grown"),
// or a rule named as the cover ("still covered by the exemption"), asks
// the rule again.
func stillInForce(ws []string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] != "still" || ws[i+1] != "covered" {
			continue
		}
		tail := ws[i+2:]
		for _, w := range tail {
			if conditionWords.has(w) || coverChanges.has(w) {
				return false
			}
		}
		return !ruleLex().has(tail)
	}
	return false
}

// coverChanges open a change of circumstances after "still covered":
// "now that turnover is higher", "after we moved", "since we started".
var coverChanges = set("now after since because given")

// relativeWork: an act of work in a relative clause ("the network you set
// up", "the letter we drafted", "the colleague who did our audit") names a
// thing or a person by work; it does not ask for the work. The clause's
// subject follows a noun, not a request frame ("can you rebuild"), a
// condition ("if we rebuild") or a question word ("what should we
// rebuild").
func (e *Engine) relativeWork(ws []string, start, si int) bool {
	if e.signals[si].Kind != "paid" || e.signals[si].Act == "" {
		return false
	}
	for k := max(0, start-personClauseReach); k < start; k++ {
		if personRelatives.has(ws[k]) {
			return true // "your colleague who did our audit"
		}
	}
	if start < 2 || !relativeSubjects.has(ws[start-1]) {
		return false
	}
	w := ws[start-2]
	if relativeLinks.has(w) {
		return true // "the report that you prepared"
	}
	if invertedModals.has(w) {
		return false // Danish "Kan I udarbejde …", Dutch "kunnen we …": a question, "I" is "you"
	}
	return !auxWords.has(w) && !whWords.has(w) && !detWords.has(w) && !pronWords.has(w) && !clauseOpeners.has(w) && !isFiller(w)
}

// stateDuration: a period after a perfect ("the lease we've had for the
// last 5 years", "a tenant who hasn't paid for the past 6 months", "now
// that I've been self-employed since March") says how long a state has
// lasted; it is no scope of the work. After "what" or "how much" ("what
// we've spent over the last year") it is: the answer adds up the period.
func (e *Engine) stateDuration(ws []string, start, si int) bool {
	if e.signals[si].Kind != "scope" || !periodOpeners.has(ws[start]) {
		return false
	}
	for k := start - 1; k >= max(0, start-stateReach); k-- {
		if !perfectAux.has(ws[k]) {
			continue
		}
		for q := max(0, k-2); q < k; q++ {
			if totalWh.has(ws[q]) {
				return false
			}
		}
		return true
	}
	return false
}

// meetingName: a work word just before a meeting noun ("the year-end
// review meeting", "the audit planning call") names the meeting; it does
// not ask for the work.
func (e *Engine) meetingName(ws []string, end, si int) bool {
	return (end < len(ws) && meetingNouns.has(ws[end]) && e.signals[si].Kind == "paid") ||
		e.meetingAsModifier(ws, end, si) // and a meeting word naming a room or a paper
}

// meetingOccasion: a meeting named as the occasion of work ("the budget
// for the board meeting", "il bilancio per la riunione dei soci", "für
// die Besprechung") is not a meeting asked for; "for a call" asks for
// one.
//
// A meeting a thing is brought to ("bring the forecast to the meeting")
// is its occasion too: the bringing is the ask, counted once by its own
// signal.
func (e *Engine) meetingOccasion(ws []string, start, si int) bool {
	if start < 1 || e.signals[si].Act != "schedule" {
		return false
	}
	if ws[start-1] == "to" && definiteDets.has(ws[start]) && broughtBefore(ws[:start-1]) {
		return true // "bring it to the meeting"
	}
	return start >= 2 && purposeWords.has(ws[start-2]) && definiteDets.has(ws[start-1])
}

// broughtBefore: a form of "bring" within a few words before the end of
// ws, so "to the meeting" after it is where the thing goes.
func broughtBefore(ws []string) bool {
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-broughtReach; k-- {
		if ws[k] == "bring" || ws[k] == "bringing" {
			return true
		}
	}
	return false
}

// broughtReach is how far before "to the meeting" the bringing may be.
const broughtReach = 6

// documentContent: an information verb in -ing after a document noun
// ("a letter confirming my income", "a note explaining the change") says
// what a document is to say; it does not ask for the information.
func (e *Engine) documentContent(ws []string, start, si int) bool {
	return start > 0 && e.signals[si].Kind == "quick" && strings.HasSuffix(ws[start], "ing") &&
		documentNouns.has(ws[start-1])
}

// dropRuleFrames takes the quick signals of advice ("do I need to", "can
// we", "is it ok") out of an ask that names a rule: there they are only the
// frame of the rule question ("can we claim…under the new rules?"), and
// what the rule allows is research.
func (e *Engine) dropRuleFrames(t signalTally) signalTally {
	kept := t.fired[:0]
	t.quick, t.bestQuick = 0, -1
	for _, si := range t.fired {
		s := e.signals[si]
		if s.Kind == "quick" {
			if s.Act == "advice" || slotSignal(s) {
				continue
			}
			t.quick += e.sigWeight[si]
			if t.bestQuick < 0 || strongerQuick(s, e.signals[t.bestQuick]) {
				t.bestQuick = si
			}
		}
		kept = append(kept, si)
	}
	t.fired = kept
	return t
}

// workNotAsked: a signal of work that names work done or a thing made
// by it rather than asking for it.
func (e *Engine) workNotAsked(ws []string, start, si int) bool {
	return e.passiveWork(ws, start, si) || e.namedVersion(ws, start, si) || e.relativeWork(ws, start, si) ||
		e.howToWork(ws, start, si) || e.namedRevision(ws, start, si) || e.existingVersion(ws, start, si) ||
		e.ownActCondition(ws, start, si) || e.bringUpMatter(ws, start, si) ||
		e.pastOwnAct(ws, start, si)
}

// namedVersion: a past participle of work after "the", "your" or "this"
// names a version that exists ("the revised sheet", "your amended
// contract", "this updated plan"); it does not ask for the work, as
// "could you revise the sheet?" does. "A revised plan" is to be made,
// and stays.
func (e *Engine) namedVersion(ws []string, start, si int) bool {
	return start > 0 && versionDets.has(ws[start-1]) && strings.HasSuffix(ws[start], "ed") &&
		e.signals[si].Kind == "paid" && e.signals[si].Act != ""
}

// passiveWork: an act of work in the passive ("whether the direct debit
// has been set up", "the return was prepared") reports on work done or
// under way; it does not ask for it.
func (e *Engine) passiveWork(ws []string, start, si int) bool {
	return start > 0 && passiveAux.has(ws[start-1]) && e.signals[si].Kind == "paid" && e.signals[si].Act != ""
}

// count adds the weights of signal si to t (the caller lists si in
// t.fired).
func (e *Engine) count(t *signalTally, si int) {
	s := e.signals[si]
	w := e.sigWeight[si]
	switch s.Kind {
	case "paid":
		if e.ruleSig[si] {
			t.rule += w
		} else {
			t.paid += w
		}
		// A signal naming the work (an act, or its own minutes) can
		// size it; objects ("the return", "payroll") only categorise.
		if (s.Act != "" || s.Minutes > 0) && (t.bestPaid < 0 || s.Weight > e.signals[t.bestPaid].Weight) {
			t.bestPaid = si
		}
		t.writes = t.writes || s.Act == "write"
	case "quick":
		t.quick += w
		if t.bestQuick < 0 || strongerQuick(s, e.signals[t.bestQuick]) {
			t.bestQuick = si
		}
	case "scope":
		t.scope += w
		t.scopeN++
	}
	// Ties go to the later signal: the head noun ends the noun phrase
	// ("payroll tax return" is a return).
	if s.Category != "" && (t.bestCat < 0 || s.Weight >= e.signals[t.bestCat].Weight) {
		t.bestCat = si
	}
}

// strongerQuick orders quick signals by their act's rank, then by weight.
func strongerQuick(s, best Signal) bool {
	return actRank(s.Act) < actRank(best.Act) ||
		(actRank(s.Act) == actRank(best.Act) && s.Weight > best.Weight)
}

// formOf says which shape the ask has; its form weight is what the shape
// adds to the ask's score: a question leans quick, a request leans paid.
func formOf(c clause) form {
	switch {
	case c.question || c.interrogative:
		return questionForm(c)
	case c.request && infoRequest(c.ws):
		// "Remind me whether…", "please send me…": asks for an answer.
		return formInfoRequest
	case c.request:
		return formRequest
	}
	return formStatement
}

// questionForm is formOf for an ask put as a question.
func questionForm(c clause) form {
	switch {
	case c.agent == agentFirm && (romanceWork(c.ws) || germanicWork(c.ws)):
		// "¿Podrías cambiar las fotos…?", "pourriez-vous refaire…?":
		// "Könnten Sie … anlegen?": a request for work put politely
		// in Spanish, French, Italian, Portuguese, German or Dutch
		// (shapes_politework.go).
		return formPoliteWork
	case c.request && c.agent == agentFirm && politeFramedWork(c.ws):
		// "Would you be able to sync the sound?", "please could you
		// reglaze the bay window?": a request frame that is also a
		// polite frame, and the verb after it is work.
		return formPoliteWork
	case c.request && c.agent == agentFirm:
		return formFirmRequestQuestion
	case c.agent == agentFirm && firmWorkAsked(c):
		// "Can you move the en-suite…?", "could you re-edit the
		// shots?": a request for something to be done, put politely.
		return formPoliteWork
	case c.agent != agentClient && (possibleWork(c.ws) || ableWork(c.ws)):
		// "Would it be possible to redraw the plans?": a request
		// for work put as a question of possibility.
		return formPoliteWork
	case c.agent == agentFirm:
		// "Can you tell me…?", "could you confirm…?": a request for
		// an answer.
		return formPoliteInfo
	default:
		// "Is that going to be a problem for the audit?": a
		// question about a thing, not a request for work.
		return formFactQuestion
	}
}

// sizePaidAsk sets a paid ask's act and estimate from its strongest
// work signal.
func (e *Engine) sizePaidAsk(cl *classification, ws []string, t signalTally) {
	cl.kind = Paid
	base := 0
	if t.bestPaid >= 0 {
		base = e.signals[t.bestPaid].Minutes
		cl.act = e.signals[t.bestPaid].Act
	}
	if t.writes && genericActs.has(cl.act) {
		// "Prepare the reminder letters": what is made says how big
		// the job is, not the verb of making.
		cl.act, base = "write", 0
	}
	sz := e.sizePaid(ws, base, cl.act, cl.category, t.scopeN)
	cl.minutes, cl.estimate, cl.check = sz.minutes, sz.estimate, sz.check
	if cl.act == "" {
		cl.act = "other"
	}
}

// sizeQuickAsk sets a quick ask's act and minutes.
func (e *Engine) sizeQuickAsk(cl *classification, c clause, t signalTally) {
	cl.kind = Quick
	cl.estimate = EstimateDefault
	cl.minutes = e.cfg.QuickMinutes
	switch {
	case t.bestQuick >= 0:
		cl.act = e.signals[t.bestQuick].Act
		if m := e.signals[t.bestQuick].Minutes; m > 0 {
			cl.minutes = m
		}
	case c.interrogative && !c.request:
		// A bare yes/no or fact question.
		cl.act, cl.minutes = "yes-no", 1
	default:
		cl.act = "info"
	}
	cl.category = "" // quick asks are not priced
}

// firmWorkAsked: a polite request to the firm asks for an act of work,
// put to "you" or to its worker by name (shapes_namedworker.go).
func firmWorkAsked(c clause) bool {
	return c.namedWorker || actionVerb(c.ws)
}

// actionVerb reports whether a polite request ("can you X …") asks for an
// act of work: its verb is not one that asks for information.
func actionVerb(ws []string) bool {
	v, ok := verbAfter(politeFrames, ws)
	if !ok {
		return workerRequest(ws)
	}
	// "Will you do the survey or is it someone else?" asks who.
	return !notActionVerbs.has(v) && !infoVerbs.has(v) && !otherDoerAlternative(ws) && !surfaceKindAsked(ws, v)
}

// verbAfter returns the verb after a frame of frames that opens ws
// ("can you please <verb>"), fillers and "please" skipped.
func verbAfter(frames *lexicon, ws []string) (string, bool) {
	end, ok := frames.hasAt(ws, 0)
	if !ok {
		return "", false
	}
	for end < len(ws) && (fillers.has(ws[end]) || ws[end] == "please") {
		end++
	}
	if end >= len(ws) {
		return "", false
	}
	return ws[end], true
}

// infoRequest: a request, not put as a question, that asks for an answer
// ("remind me whether…") or a copy ("please send me the form").
func infoRequest(ws []string) bool {
	i := 0
	for i < len(ws) && (fillers.has(ws[i]) || ws[i] == "please" || ws[i] == "kindly") {
		i++
	}
	if i < len(ws) && infoVerbs.has(ws[i]) && !workingInfoVerbs.has(ws[i]) {
		return true
	}
	// At i: "just need to know whether…" is as much an info frame.
	_, ok := infoFrames.hasAt(ws, i)
	if !ok {
		_, ok = wishedInfo.hasAt(ws, i)
	}
	return ok || indirectInfo(ws)
}

func actRank(act string) int {
	for i, a := range quickActs {
		if a == act {
			return i
		}
	}
	return len(quickActs)
}
