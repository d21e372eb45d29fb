package triage

// General shapes of asks that the request frames alone miss: run-ons
// without punctuation that join several asks, indirect requests (a hope or
// a wish that asks for work), questions that vent rather than ask, and the
// two kinds of checking (what a rule allows: research; whether something
// happened: a status).

import (
	"slices"
	"strings"
)

// --- Run-ons -------------------------------------------------------------

// runOnOpenerReach is how far into a run-on its first ask may start: past
// a greeting and an opener ("hey sam quick one did the…").
const runOnOpenerReach = 4

// minRunOnAsk is the fewest words of one ask in a run-on.
const minRunOnAsk = 4

// runOnAsks splits a sentence written without any punctuation ("hi tom
// can u send me the invoice also whats the deadline and can you do…")
// at the words that open a question or a request to the firm, and drops a
// greeting or background before the first ("morning sorry to chase but
// did…"). It reports false when the sentence is punctuated, too short, or
// opens with its only ask.
func (e *Engine) runOnAsks(sw *sentWords) ([]clause, wordsRead, bool) {
	s := sw.s
	if punctuated(s) {
		// The words if a reader before read them, else none.
		return nil, sw.read, false
	}
	read := sw.words()
	spans, lw := read.spans, read.lw
	if len(spans) < 8 || len(spans) > maxSplitWords {
		return nil, read, false
	}
	starts := e.runOnStarts(lw, spliceCommas(s, spans))
	// Only discourse markers before the first ask ("also whats…"): they
	// stay with it.
	markersOnly := len(starts) > 0 && len(stripLead(lw[:starts[0]], 0)) == 0
	if len(starts) == 1 && markersOnly {
		asks, ok := e.askBeforeStatement(s, spans, lw)
		return asks, read, ok
	}
	if len(starts) == 0 {
		return nil, read, false
	}
	var asks []clause
	switch {
	case markersOnly:
		starts[0] = 0
	case e.opensAsk(stripLead(lw[:starts[0]], 0)) || e.greetingSelfIntro(lw[:starts[0]]):
		asks = e.leadBeforeRunOn(s, spans, lw, starts[0])
	}
	asks, ok := e.runOnClauses(s, spans, lw, starts, asks, len(asks) == 0 && !markersOnly)
	return asks, read, ok
}

// leadBeforeRunOn: what comes before a run-on's first opener (at
// first) is a greeting or background, unless it opens with an ask itself
// ("please …"); that ask is returned.
func (e *Engine) leadBeforeRunOn(s string, spans []span, lw []string, first int) []clause {
	end := first
	for end > 1 && runOnJoiners.has(lw[end-1]) {
		end-- // "what grants are there and do we…": not "and"
	}
	if c := e.clause(s[:spans[end-1].end]); c.ask && !e.frameOnly(c.ws) {
		return []clause{c}
	}
	return nil
}

// wordsRead are the word spans of a sentence and, when read, their
// lower-case words: runOnAsks hands them on so that splitAsks need not
// read the sentence again.
type wordsRead struct {
	spans []span
	lw    []string
}

// runOnClauses appends the asks of a run-on from their starts to asks.
// Each ask is read from its opener; what is shown as its text may start
// earlier, at a conditional lead or (background: the words before the
// first opener are neither an ask nor discourse markers) at the statement
// it is about.
func (e *Engine) runOnClauses(s string, spans []span, lw []string, starts []int, asks []clause, background bool) ([]clause, bool) {
	leads := conditionalLeads(lw, starts)
	if background {
		if b, ok := e.runOnBackground(lw, starts, leads); ok {
			leads[0] = b
		}
	}
	for i := range starts {
		c := e.clause(runOnSegment(s, spans, lw, starts, leads, i))
		if !c.ask {
			continue
		}
		if leads[i] < starts[i] {
			c.text = s[spans[leads[i]].start:spans[starts[i]].start] + c.text
		}
		asks = append(asks, c)
	}
	return asks, len(asks) > 0
}

// runOnSegment is the text of the i-th ask of a run-on: from its start to
// the next one's lead, without the joiner between them.
func runOnSegment(s string, spans []span, lw []string, starts, leads []int, i int) string {
	st, end := starts[i], len(lw)
	if i+1 < len(starts) {
		end = leads[i+1]
	}
	end = statementTail(lw, st, end)
	for end > st+1 && runOnJoiners.has(lw[end-1]) {
		end--
	}
	if end == len(lw) {
		return strings.TrimSpace(s[spans[st].start:])
	}
	return s[spans[st].start:spans[end-1].end]
}

// runOnStarts returns the word indexes where the asks of a run-on start;
// commas (nil: none) marks the words a spliced comma comes before.
func (e *Engine) runOnStarts(lw []string, commas []bool) []int {
	var starts []int
	_, greeted := e.lex.greetings.hasAt(lw, 0)
	_, acked := ackOpeners.hasAt(lw, 0)
	greeted = greeted || runOnOpeners.has(lw[0]) || acked || vocativeAsk(lw)
	for k := range lw {
		// An ask is at least a few words: "can you also file a…" is one
		// ask, not "can you also" and "file a…".
		if n := len(starts); n > 0 && k-starts[n-1] < minRunOnAsk {
			continue
		}
		if oneJobJoin(lw, k-1) || e.sharedObjectPair(lw, k-1) {
			continue // "come out and have a look", "plan and do the server swap": one job
		}
		if k > 1 && whInversionAt(lw, k) {
			continue // "what sort of deposit would you need": one question
		}
		if e.runOnOpensAt(lw, k, greeted, len(starts) > 0, commas) {
			starts = append(starts, k)
		}
	}
	return starts
}

// runOnOpensAt: an ask of a run-on opens at lw[k] (later: after the
// run-on's first ask; commas: runOnStarts').
func (e *Engine) runOnOpensAt(lw []string, k int, greeted, later bool, commas []bool) bool {
	return runOnStart(lw, k, greeted) || e.unjoinedStart(lw, k) || later && invertedHowStart(lw, k) || existentialStart(lw, k, greeted, later) ||
		spliceQuestionStart(lw, k, commas)
}

// runOnStart reports whether lw[k] opens an ask inside a run-on: at the
// start, after a joiner, or just after a greeting or an opener (greeted),
// an auxiliary with a subject ("can u", "did the") or a wh-question
// ("whats", "when is"). "I have a hunch…" and "attached is the…" open
// statements: without a greeting first, only a joiner starts an ask.
func runOnStart(lw []string, k int, greeted bool) bool {
	if k > 0 && !runOnJoiners.has(lw[k-1]) && (!greeted || k > runOnOpenerReach) {
		return false
	}
	if k > 0 && (auxWords.has(lw[k-1]) || whWords.has(lw[k-1])) {
		return false // "can you", not "you" after it
	}
	rest := lw[k:]
	if len(rest) < 3 {
		return false
	}
	if whWords.has(rest[0]) {
		return runOnWh(rest)
	}
	if droppedWordOpen(lw, k) {
		return true // "…and also i need a copy for odile", "hi jo u around tmrw…"
	}
	if rest[0] == "if" {
		_, ok := benefitTailAsk(rest) // "…and if you could start on it that would be great"
		return ok
	}
	return questionOpens(rest)
}

// questionOpens: rest opens with an auxiliary and its subject ("can u",
// "did the") or with a language's question opener ("hola Marta me
// confirmas la hora…", langCues.QuestionOpeners).
func questionOpens(rest []string) bool {
	if _, ok := questionOpenerLex().hasAt(rest, 0); ok {
		return true
	}
	return auxWords.has(rest[0]) && !strings.HasSuffix(rest[0], "n't") &&
		(pronWords.has(rest[1]) || detWords.has(rest[1]))
}

// unjoinedStart reports an ask that opens inside a run-on with no joiner
// before it, by a shape no statement goes on with: a direct request to
// the firm ("…the printer jams again can you take a look"), a status question
// about someone's act ("…the heating is off again did anyone call them"), a
// question about when ("…the van is free all week which date suits you"),
// or "also" or "plus" before an imperative ("…and also book a…").
func (e *Engine) unjoinedStart(lw []string, k int) bool {
	if k < minRunOnAsk || len(lw)-k < 3 || unjoinedBlocked(lw, k) || whOpenedAfterLead(lw, k) {
		return false
	}
	if questionStart(lw, k) || turnStart(lw, k) {
		return true
	}
	w, next := lw[k], lw[k+1]
	switch {
	case runOnPoliteAux.has(w):
		return runOnPoliteSubjects.has(next)
	case runOnStatusAux.has(w):
		return runOnStatusSubjects.has(next)
	case w == "do" || w == "what" || w == "which":
		return runOnDoOrWhat(lw, k)
	}
	return e.closedClauseStart(lw, k)
}

// runOnDoOrWhat: "do you…" or "what/which <time>…" at lw[k] opens a new
// ask inside a run-on.
func runOnDoOrWhat(lw []string, k int) bool {
	if next := lw[k+1]; lw[k] == "do" {
		// "…closed it in june do you need the last statement"; "how much
		// do you…", "what do you…", "which day of the month do you…" are
		// one question.
		return (next == "you" || next == "u") && !howDegreeWords.has(lw[k-1]) && !whOpens(lw, k)
	}
	// "…could you also confirm what time …": after a verb of checking
	// the wh-clause is its object (TestCheckVerbWhObject).
	return timeNouns.has(lw[k+1]) && !whObjectVerbs.has(lw[k-1])
}

// closedClauseStart: in a run-on, a contracted wh-word ("…want our vat
// number whats that again") or "also"/"plus" with a request verb opens
// a new ask. After an ask the wh-clause is its object ("can u check
// with the team whats going on").
func (e *Engine) closedClauseStart(lw []string, k int) bool {
	w := lw[k]
	switch {
	case whContracted.has(w):
		if relativeWho(lw, k) {
			return false
		}
		return clauseClosedBefore(lw, k) || e.objectFilled(lw, k) || !firmFrames.has(lw[:k]) && !clientFrames.has(lw[:k])
	case (w == "also" || w == "plus") && !sharedModal(lw[k-1]):
		_, ok := e.lex.requestVerbs.hasAt(lw, k+1)
		return ok || e.alsoPleaseRequest(lw, k) || relayedAsk(lw, k+1)
	}
	return false
}

// whObjectVerbs take a wh-clause of time or choice as their object:
// "confirm what time", "check which day".
var whObjectVerbs = set("confirm check verify clarify explain establish")

// runOnPoliteSubjects: "can you", "can u", and "can someone look at the
// router" (anyone at the firm) open an ask in a run-on.
var runOnPoliteSubjects = set("you u someone somebody anyone anybody")

// questionStart: a yes/no question about the client's own act or a
// third person's, or a wh-question after a yes/no one, opens inside a
// run-on.
func questionStart(lw []string, k int) bool {
	return clientQuestionOpens(lw, k) || thirdPersonStart(lw, k) || deicticStart(lw, k)
}

// deicticStart: "is that", "is this", "is it" right after a statement
// that ends on when it happened ("…froze twice this morning is that
// normal") asks about what was just told.
func deicticStart(lw []string, k int) bool {
	return lw[k] == "is" && deicticSubjects.has(lw[k+1]) && statementEnds.has(lw[k-1]) && !copulaSubject(lw, k)
}

// copulaSubject: the words before "is" at k are the subject it
// completes ("the good news since friday is that …", "all i can tell
// you about yesterday is that …"), not a statement of its own.
func copulaSubject(lw []string, k int) bool {
	for i := k - 1; i >= 0 && i >= k-copulaReach; i-- {
		switch lw[i] {
		case "what", "all":
			if i+1 < k && subjectPronouns.has(lw[i+1]) {
				return true
			}
		case "the":
			for _, w := range lw[i+1 : min(k, i+4)] {
				if copulaHeads.has(w) {
					return true
				}
			}
		}
	}
	return false
}

// copulaReach bounds how far back copulaSubject looks for the subject.
const copulaReach = 10

// thirdPersonStart: "does she", "do they", "should he" opening a question
// about a third person inside a run-on ("…starts in may does she need a
// contract"); after a wh-word, a pronoun or an echo word ("so does he",
// "nor do they") the pair belongs to a statement.
func thirdPersonStart(lw []string, k int) bool {
	if !runOnThirdAux.has(lw[k]) || !runOnThirdSubjects.has(lw[k+1]) {
		return false
	}
	prev := lw[k-1]
	return !whWords.has(prev) && !pronWords.has(prev) && !runOnEcho.has(prev)
}

// unjoinedBlocked: the word before lw[k] makes what follows part of the
// clause before ("let me know what day…", "told us what day…", "…do you
// know can you…"), unless it closes an elliptic condition ("…if it is
// can you…").
func unjoinedBlocked(lw []string, k int) bool {
	if ellipticCondition(lw, k) || saidComparison(lw, k) || strandedNeed(lw, k) {
		return false
	}
	if k >= 3 && approxWords.has(lw[k-1]) && unjoinedBlocked(lw, k-1) {
		// "let me know roughly what time…", "tell us approximately which
		// day…": the softener stands between the frame and its object.
		return true
	}
	return auxWords.has(lw[k-1]) || runOnNotOpen.has(lw[k-1]) ||
		objectPronouns.has(lw[k-1]) && (runOnNotOpen.has(lw[k-2]) || tellingVerbs.has(lw[k-2]))
}

// sharedModal: "…could also check", "…you also post": the verb after
// "also" belongs to the frame before it, not to an ask of its own.
func sharedModal(w string) bool {
	return auxWords.has(w) || w == "you" || w == "u" || w == "to" || w == "please"
}

// runOnBackground returns where the first ask of a run-on starts when the
// statement before it is what the ask is about ("the wifi in the back
// office keeps dropping can you have a look"): the ask is short or points
// back, and the statement is more than a greeting, a name and an opener
// or an apology ("morning sorry to chase but…"). The greeting and the
// name after it stay out.
func (e *Engine) runOnBackground(lw []string, starts, leads []int) (int, bool) {
	first, end := starts[0], len(lw)
	if len(starts) > 1 {
		end = leads[1]
	}
	ask := lw[first:end]
	if len(ask) > 2*runOnShortAsk || len(ask) > runOnShortAsk && !pointsBack(ask) {
		return 0, false
	}
	b := 0
	if g, ok := e.lex.greetings.hasAt(lw, 0); ok {
		b = g + 1 // the greeting and a name
	}
	if leads[0]-b < minRunOnAsk || e.longStory(lw[b:leads[0]]) || e.opensNotAsk(lw[b:leads[0]]) || concessionOnly(lw[b:leads[0]]) {
		return 0, false
	}
	return b, true
}

// longStory: a statement of more than maxBackgroundWords before a short
// ask ("the till printer is doing that thing again where it prints half a
// receipt then stops can u come look at it") tells a story the ask need
// not be quoted with; a need put as a statement ("need another 500 of the
// flyers … by the 14th can u do it") is the ask itself.
func (e *Engine) longStory(ws []string) bool {
	if len(ws) <= maxBackgroundWords {
		return false
	}
	ws = stripLead(ws, 0)
	needs := len(ws) > 1 && (needVerbs.has(ws[0]) || needPersons.has(ws[0]) && needVerbs.has(ws[1]))
	return !needs && !e.opensAsk(ws)
}

// pointsBack: the ask's object refers to what was said before it ("have
// a look", "fix it").
func pointsBack(ws []string) bool {
	for _, w := range ws {
		if anaphora.has(w) || w == "look" {
			return true
		}
	}
	return false
}

// conditionalLeads returns where each ask of a run-on is shown from: its
// start, or before a conditional lead ("…on tuesday if not can you
// get…"), which belongs to the ask it conditions, not to the one before.
func conditionalLeads(lw []string, starts []int) []int {
	leads := make([]int, len(starts))
	for i, st := range starts {
		prev := 0
		if i > 0 {
			prev = starts[i-1]
		}
		leads[i] = st
		if st-2 > prev && lw[st-2] == "if" && (lw[st-1] == "not" || lw[st-1] == "so") {
			leads[i] = st - 2
		}
		if st-3 > prev && ellipticCondition(lw, st) {
			leads[i] = st - 3 // "…but if they have can you…"
		}
	}
	return leads
}

// whenQuestion: "what date suits them", "which time suits": a question
// about when, with or without its auxiliary.
func whenQuestion(ws []string) bool {
	return len(ws) > 2 && (ws[0] == "what" || ws[0] == "which") && timeNouns.has(ws[1]) && !pronWords.has(ws[2]) && !detWords.has(ws[2])
}

// runOnWh: a wh-question opens here ("whats the…", "when is my…"), not a
// relative clause ("…and which need to be…").
func runOnWh(rest []string) bool {
	w := rest[0]
	if strings.ContainsRune(w, '\'') || strings.HasSuffix(w, "s") && w != "whose" || ellipticPrice(rest) {
		return true
	}
	if howDegree(rest) {
		rest = rest[1:] // "how much will it…", "how long does the…"
	}
	return len(rest) > 2 && auxWords.has(rest[1]) && (pronWords.has(rest[2]) || detWords.has(rest[2]))
}

// --- Indirect requests ---------------------------------------------------

// indirectAsk finds a request put as a hope or a wish, with no request
// verb or question mark: "I'm hoping you'll…", "we're hoping someone
// can…", "it would be really helpful if you could…", "it would also help
// to know whether…". It returns the index of the asked verb (or of the
// word after "to know"), and whether there is one.
func indirectAsk(ws []string) (int, bool) {
	if v, ok := hopeAsk(ws); ok {
		return v, true
	}
	if v, ok := benefitAsk(ws); ok {
		return v, true
	}
	if v, ok := benefitAfterLead(ws); ok {
		return v, true
	}
	if v, ok := checkingAsk(ws); ok {
		return v, true
	}
	return benefitTailAsk(ws)
}

// benefitTailAsk: "if you could <verb> …, that would help (a lot)", "if
// someone can <verb> …, it'd be great": the condition is the request.
func benefitTailAsk(ws []string) (int, bool) {
	if len(ws) < 4 || ws[0] != "if" {
		return 0, false
	}
	v, ok := anyModalVerb(ws, 1)
	if !ok {
		return 0, false
	}
	for k := v + 1; k < len(ws); k++ {
		if _, ok := benefitHead(ws[k:]); ok {
			return v, true
		}
		if k+2 < len(ws) && (ws[k] == "that" || ws[k] == "that'd") && benefitAfterThat(ws[k+1:]) {
			return v, true
		}
	}
	return 0, false
}

// benefitAfterThat reads what follows "that" in "that would help", "that
// would be great", "that'd be useful".
func benefitAfterThat(ws []string) bool {
	if ws[0] == "would" || ws[0] == "will" {
		ws = ws[1:]
	}
	for _, w := range ws[:min(len(ws), 3)] {
		if w == "help" || w == "helps" || benefitWords.has(w) {
			return true
		}
	}
	return false
}

// hopeAsk: "(I was) hoping (that) you could <verb>…".
func hopeAsk(ws []string) (int, bool) {
	i := 0
	for i < len(ws) && i < 4 && hopeLead.has(ws[i]) {
		i++
	}
	if i >= len(ws) || !hopeWords.has(ws[i]) {
		return 0, false
	}
	i++
	if i < len(ws) && ws[i] == "that" {
		i++
	}
	if v, ok := hopeToGet(ws, i); ok {
		return v, true
	}
	if v, ok := idealHave(ws, i); ok {
		return v, true
	}
	v, ok := modalVerb(ws, i)
	if !ok || hopeReceive.has(ws[v]) {
		return 0, false
	}
	return v, true
}

// modalVerb reads "you could <verb>", "someone can be able to <verb>",
// "you'd <verb>" from ws[i] and returns the verb's index. After a hope the
// verbs of hopeNotWork wish the reader well ("hope you can get some
// rest") rather than ask.
func modalVerb(ws []string, i int) (int, bool) {
	v, ok := anyModalVerb(ws, i)
	if !ok || hopeNotWork.has(ws[v]) && !workPhrasal(ws, v) {
		return 0, false
	}
	return v, true
}

// workPhrasal: the wish verb at ws[v] opens a phrase that names work
// ("come up with a menu", "make a start on the accounts", "get round to
// the filing"): a request after all.
func workPhrasal(ws []string, v int) bool {
	return v+2 < len(ws) && workParticles[ws[v]+" "+ws[v+1]] == ws[v+2]
}

// anyModalVerb is modalVerb with any verb: in "if you could get it sorted,
// that would be great" or "if you could come in on Monday, that would
// help" the condition is the request whatever its verb.
func anyModalVerb(ws []string, i int) (int, bool) {
	i, ok := subjectModal(ws, i)
	if !ok {
		return 0, false
	}
	for i < len(ws) && fillers.has(ws[i]) {
		i++
	}
	if i+2 < len(ws) && ws[i] == "be" && ws[i+1] == "able" && ws[i+2] == "to" {
		i += 3
	}
	if i >= len(ws) || bareHelp(ws[i:]) {
		return 0, false
	}
	return i, true
}

// bareHelp: "…you can help (us)." leads in to the ask that follows; it
// names no work of its own.
func bareHelp(ws []string) bool {
	if ws[0] != "help" {
		return false
	}
	rest := ws[1:]
	if len(rest) > 0 && meWords.has(rest[0]) {
		rest = rest[1:]
	}
	return len(rest) <= 1
}

// subjectModal reads "you could", "you'd", "your office can" from ws[i] and
// returns the index after it.
func subjectModal(ws []string, i int) (int, bool) {
	switch {
	case i+1 < len(ws) && hopeSubjects.has(ws[i]) && hopeModals.has(ws[i+1]):
		return i + 2, true
	case i < len(ws) && hopeModalSubj.has(ws[i]):
		return i + 1, true
	case i+2 < len(ws) && ws[i] == "your" && hopeModals.has(ws[i+2]):
		return i + 3, true // "your team could"
	}
	return 0, false
}

// benefitAsk: "it would (really) be (very) helpful if you could <verb>",
// "it would also help to know which…", "it'd help if someone could…".
func benefitAsk(ws []string) (int, bool) {
	i, ok := benefitHead(ws)
	if !ok {
		return 0, false
	}
	if toLearn(ws, i) {
		return i + 2, true
	}
	if i < len(ws) && ws[i] == "if" {
		return modalVerb(ws, i+1)
	}
	if toGetAsk(ws, i) || toHaveBy(ws, i) {
		return i + 1, true
	}
	// "it'd be good to catch up about…", "it would be great to talk
	// through…": a meeting asked for.
	if i+1 < len(ws) && ws[i] == "to" && meetVerbs.has(ws[i+1]) {
		return i + 1, true
	}
	return 0, false
}

// toLearn: ws[i:] is "to know …", or "to hear" and what to hear ("it
// would be nice to hear whether…" asks as "to know" does; "good to hear
// from you" asks nothing).
func toLearn(ws []string, i int) bool {
	if i+2 >= len(ws) || ws[i] != "to" {
		return false
	}
	return ws[i+1] == "know" || ws[i+1] == "hear" && hearWhat.has(ws[i+2])
}

// benefitHead reads "it would (really) be (very) helpful" or "it'd help
// (us)" and returns the index after it.
func benefitHead(ws []string) (int, bool) {
	i, ok := benefitSubject(ws)
	if !ok {
		return 0, false
	}
	i = skipDegree(ws, i)
	if i >= len(ws) {
		return 0, false
	}
	switch ws[i] {
	case "be":
		i = skipDegree(ws, i+1)
		if j, ok := helpNoun(ws, i); ok {
			return j, true
		}
		return i + 1, i < len(ws) && benefitWords.has(ws[i])
	case "help":
		i++
		if i < len(ws) && meWords.has(ws[i]) {
			i++
		}
		return i, true
	}
	return 0, false
}

// benefitSubject reads "it would", "it'd", or no subject at all ("would
// be great…", "be great…"), and returns the index after it.
func benefitSubject(ws []string) (int, bool) {
	switch {
	case len(ws) > 2 && ws[0] == "it" && (ws[1] == "would" || ws[1] == "will"):
		return 2, true
	case len(ws) > 1 && ws[0] == "it'd":
		return 1, true
	case len(ws) > 2 && ws[0] == "would" && ws[1] == "be":
		return 1, true // the subject dropped: "Would be lovely if you could…"
	case len(ws) > 1 && ws[0] == "be":
		return 0, true // "Be handy if you could…"
	}
	return 0, false
}

// skipDegree skips degree words ("really", "very", "also") from ws[i].
func skipDegree(ws []string, i int) int {
	for i < len(ws) && degreeWords.has(ws[i]) {
		i++
	}
	return i
}

// indirectInfo: an indirect request for an answer or a copy ("it would
// help to know whether…", "hoping you could send me…"), not for work.
func indirectInfo(ws []string) bool {
	// "wanted to check the payroll went through": a status, unless what
	// is checked is what a rule allows.
	if j, ok := checkingAsk(ws); ok {
		return !namesRule(ws[j:])
	}
	v, ok := indirectAsk(ws)
	if !ok {
		return false
	}
	if v > 0 && (ws[v-1] == "know" || ws[v-1] == "hear") {
		return true
	}
	// Checking is work (checkVerbs); a meeting asked for is scheduling.
	return infoVerbs.has(ws[v]) && ws[v] != "check" || meetVerbs.has(ws[v])
}

// --- Venting -------------------------------------------------------------

// ventingQuestion reports a question that vents rather than asks
// (lower-case words of the whole sentence): "why is it that every time
// I…", "how many times do I have to…", "do you know how frustrating…",
// "does anyone there actually check…", "who approves these things?", and
// the "seen this?" that hands over a forward.
func ventingQuestion(ws []string) bool {
	return whyAlways(ws) || whyEveryoneSo(ws) || howManyTimes(ws) || anyoneEven(ws) || whoGeneric(ws) || seenThis(ws) ||
		whyNotSooner(ws) || whySoHard(ws) || hyperbolicNeed(ws) || whyCantPeople(ws) || whoInvented(ws) || whyLifeSo(ws) ||
		ventingAtOthers(ws) || payingForVent(ws)
}

// ventingAtOthers: the venting questions about what other people do or
// never do ("why does nothing ever…", "how do others cope…", "why do
// they even bother…") and about how long things take or took.
func ventingAtOthers(ws []string) bool {
	return whyNothingEver(ws) || howOthersCope(ws) || durationVent(ws) || whyTheyEven(ws) || ownDelayWonder(ws) ||
		whyAllTakesLong(ws) || ownPlightWonder(ws) || selfEvidentVent(ws)
}

// whoInvented: "who invented this form?", "qui a inventé ce système ?",
// "wer hat sich das ausgedacht?": asking who thought a thing up blames
// it and asks the firm nothing. The who-word opens the question or
// follows one opener ("mais qui…", "but who…"); the invent word follows
// it within ventInventReach words (German puts the verb last).
func whoInvented(ws []string) bool {
	for i := 0; i < len(ws)-1 && i < 2; i++ {
		if !ventWho.has(ws[i]) {
			continue
		}
		for _, w := range ws[i+1 : min(len(ws), i+1+ventInventReach)] {
			if ventInvent.has(w) {
				return true
			}
		}
	}
	return false
}

// whyLifeSo: "why does the tax office make life so hard?", "por que a
// Receita complica tanto a vida?", "warum macht die Bank einem das Leben
// so schwer?": a why-question about how hard someone makes life vents.
// The degree word sits right after the life word or two before it, so
// "why is life insurance so dear?" (two after) still asks.
func whyLifeSo(ws []string) bool {
	why := false
	for i := 0; i < len(ws) && i < 3; i++ {
		why = why || whyAt(ws, i)
	}
	if !why {
		return false
	}
	for i, w := range ws {
		if !ventLife.has(w) {
			continue
		}
		if i+1 < len(ws) && ventSo.has(ws[i+1]) || i >= 2 && ventSo.has(ws[i-2]) {
			return true
		}
	}
	return false
}

// whyCantPeople: "why can't people just pay on time?", "why won't
// anyone answer the phone?": a complaint about people at large. "Why
// can't we claim the fuel?" and "why won't the portal load?" ask.
func whyCantPeople(ws []string) bool {
	return len(ws) >= 4 && ws[0] == "why" && strings.HasSuffix(ws[1], "n't") && (peopleAtLarge.has(ws[2]) || whyCantAllBeSo(ws))
}

// whyCantAllBeSo: "why can't every plumber be this reliable?", "why
// can't all suppliers be as quick as you?": a wish that all of a kind
// were like the one just praised (or blamed), not a question. Without
// the comparison ("why can't every invoice be sent by email?") it asks.
// Table rows in TestWhyCantAllBeSo (shapes_why_cant_all_test.go).
func whyCantAllBeSo(ws []string) bool {
	if ws[2] != "every" && ws[2] != "all" {
		return false
	}
	for i := 3; i+1 < len(ws) && i <= whyAllReach; i++ {
		if ws[i] == "be" {
			return beDegree.has(ws[i+1])
		}
	}
	return false
}

// whyAllReach bounds the sweep's noun phrase before "be".
const whyAllReach = 6

// beDegree compare after "be": "be this easy", "be as quick as", "be
// like you", "be so helpful".
var beDegree = set("this that so as like more")

// whyNothingEver: "why does nothing ever arrive on time?", "why can
// nobody at the bank ever give a straight answer?": a why-question whose
// subject is no one or nothing at all, with "ever", complains. Without
// "ever" ("why has nothing been filed?") it asks after a particular
// failure.
func whyNothingEver(ws []string) bool {
	if len(ws) < 4 || !whyAt(ws, 0) {
		return false
	}
	for i := 1; i < len(ws) && i <= 3; i++ {
		if !ventNone.has(ws[i]) && !(ws[i] == "no" && i+1 < len(ws) && ws[i+1] == "one") {
			continue
		}
		for _, w := range ws[i+1:] {
			if w == "ever" {
				return true
			}
		}
	}
	return false
}

// ventNone are the subjects that sweep over no one and nothing.
var ventNone = set("nothing nobody noone no-one none")

// whyNotSooner: "why didn't we move banks ages ago?", "why haven't I
// switched sooner?": regret about the client's own past, not a question
// for the firm.
func whyNotSooner(ws []string) bool {
	if len(ws) < 4 || ws[0] != "why" || !strings.HasSuffix(ws[1], "n't") || (ws[2] != "we" && ws[2] != "i") {
		return false
	}
	for _, w := range ws[3:] {
		if ventRegret.has(w) {
			return true
		}
	}
	return false
}

// whyEveryoneSo: a why-question whose subject (or object) sweeps over
// everything and that complains by degree, "why does every insurer make
// it so slow?", "why do councils make everything so hard?",
// "why is everything such a hassle?". One about a particular thing ("why
// is our bill so high?") or without the degree ("why does every invoice
// show zero VAT?") asks for an explanation.
func whyEveryoneSo(ws []string) bool {
	for i := 0; i+2 < len(ws) && i < 3; i++ {
		from, ok := whySweepFrom(ws, i)
		if !ok {
			continue
		}
		// The sweep is the subject or, after a verb, its object: "why
		// do banks make everything so hard?".
		j := sweepAt(ws, from)
		if j < 0 {
			continue
		}
		for _, w := range ws[j+1:] {
			if ventSo.has(w) {
				return true
			}
		}
		if sweepOvercosts(ws[j+1:]) {
			return true
		}
	}
	return false
}

// whySweepFrom reports a why-word at ws[i] and where its sweep may
// start: after "why" and an auxiliary in English; straight after the
// why-word in the other languages, whose verb follows it ("warum dauert
// alles so lange", "porque é que tudo demora tanto").
func whySweepFrom(ws []string, i int) (int, bool) {
	switch {
	case ws[i] == "why":
		return i + 2, auxWords.has(ws[i+1])
	case ws[i] == "por":
		return i + 2, whyAt(ws, i)
	default:
		return i + 1, whyWords.has(ws[i])
	}
}

// sweepAt returns the index of the first ventEveryone word among the
// three from ws[i], or -1.
func sweepAt(ws []string, i int) int {
	for j := i; j < len(ws) && j < i+3; j++ {
		if ventEveryone.has(ws[j]) {
			return j
		}
	}
	return -1
}

// whyAlways: a why-question about what always, never or only ever happens.
func whyAlways(ws []string) bool {
	why := -1
	for i := 0; i < len(ws) && i < 3; i++ {
		if whyAt(ws, i) {
			why = i
		}
	}
	if why < 0 {
		return false
	}
	for i := why + 1; i < len(ws); i++ {
		switch {
		case ventAlways.has(ws[i]):
			return true
		case ws[i] == "only" && i+1 < len(ws) && ws[i+1] == "ever":
			// "why does it only ever break on a Saturday?": "only
			// ever" complains as "always" does.
			return true
		case ventEvery.has(ws[i]):
			if everyRecurs(ws, why, i) {
				return true
			}
		case keepsRecurring(ws, i):
			return true
		}
	}
	return false
}

// whyAt reports a why-word at ws[i]: "why", "warum", "pourquoi", or
// the "por" of Spanish and Portuguese "por qué", "por que".
func whyAt(ws []string, i int) bool {
	if whyWords.has(ws[i]) {
		return true
	}
	return ws[i] == "por" && i+1 < len(ws) && (ws[i+1] == "qué" || ws[i+1] == "que")
}

// howManyTimes: "how many times (more) do I have to…", "do you know how
// frustrating…".
func howManyTimes(ws []string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] != "how" {
			continue
		}
		if ventAdjectives.has(ws[i+1]) {
			return true
		}
		if ws[i+1] == "many" && i+2 < len(ws) && ventHowManyWhat.has(ws[i+2]) {
			return true
		}
	}
	return false
}

// anyoneEven: "does anyone (there) actually read…", "is anybody even…".
func anyoneEven(ws []string) bool {
	if len(ws) < 3 || !auxWords.has(ws[0]) {
		return false
	}
	for i := 1; i < len(ws) && i < 4; i++ {
		if ventAnyone.has(ws[i]) {
			for _, w := range ws[i+1 : min(len(ws), i+6)] {
				if ventIntensive.has(w) {
					return true
				}
			}
		}
	}
	return false
}

// whoGeneric: "who approves these things?", "who writes stuff like this?",
// and the degree form (whoDegree).
func whoGeneric(ws []string) bool {
	if len(ws) < 3 || !ventWhoOpen.has(ws[0]) {
		return false
	}
	for i := 1; i+1 < len(ws); i++ {
		for _, g := range ventGeneric {
			if ws[i] == g[0] && ws[i+1] == g[1] {
				return true
			}
		}
	}
	return whoDegree(ws) || whoThenVents(ws)
}

// ventWhoOpen open a who-question: "who", "who'd".
var ventWhoOpen = set("who who'd")

// seenThis: "seen this?", "have you seen the below?": hands over what
// follows; the ask, if any, comes after it.
func seenThis(ws []string) bool {
	if len(ws) > 4 {
		return false
	}
	i := 0
	if len(ws) > 2 && auxWords.has(ws[0]) && ws[1] == "you" {
		i = 2
	}
	if i >= len(ws) || !seenWords.has(ws[i]) {
		return false
	}
	rest := ws[i+1:]
	return len(rest) > 0 && (seenObjects.has(rest[len(rest)-1]))
}

// exasperated reports a question in a reply that vents rather than asks
// back: "£90 for one letter??", "Seriously, I have to pay for…?".
func exasperated(s string, ws []string) bool {
	t := strings.TrimSpace(s)
	if strings.HasSuffix(t, "??") || strings.HasSuffix(t, "?!") || strings.HasSuffix(t, "!?") {
		return true
	}
	if len(ws) > 0 && exasperationOpeners.has(ws[0]) {
		return true
	}
	return ventingQuestion(ws)
}

// --- Context after the ask -----------------------------------------------

// askingPart drops the words of a closing parenthesis of context from the
// words an ask is classified on: "Can you send me the invoice (the
// auditors want to reconcile every account)?" asks for a copy; the
// parenthesis only says why. A question inside it is an aside of its own
// (questionInAside), and a short one ("(40)") stays.
func askingPart(text string, ws []string) []string {
	ws = ws[:ownPurposeAt(ws)]
	t := strings.TrimRight(text, " ?.!")
	if !strings.HasSuffix(t, ")") {
		return ws
	}
	open := strings.LastIndexByte(t, '(')
	if open <= 0 || strings.Contains(t[open:], "?") {
		return ws
	}
	n := wordCount(t[open:])
	if n < 3 || n > len(ws)-3 {
		return ws
	}
	return ws[:len(ws)-n]
}

// frameCancelled: a negated frame ("I don't need…") or one measured
// against ("fewer hours than I need") asks for nothing.
func frameCancelled(core []string, start int) bool {
	return negatedFrame(core, start) || comparedFrame(core, start)
}

// comparedFrame: "more stock than we need", "fewer hours than I need": the frame
// measures against a need, it asks for nothing.
func comparedFrame(core []string, start int) bool {
	return start > 0 && comparisons.has(core[start-1])
}

// --- Answers --------------------------------------------------------------

// availabilityAnswer: "Any afternoon after the 12th except Friday." answers a
// question about when; without a question mark it asks nothing ("any
// news on…" still does).
func availabilityAnswer(ws []string) bool {
	return len(ws) > 1 && (ws[0] == "any" || ws[0] == "anytime") && (ws[0] == "anytime" || timeNouns.has(ws[1])) ||
		windowOnly(ws)
}

// windowPreps open the time window a client allows for the work.
var windowPreps = set("before by after until till within from")

// windowOnly: "Anything before March would be great.", "anything by the
// end of the month is fine": the time allowed for an ask already made,
// not one of its own ("anything by way of news…" still asks).
func windowOnly(ws []string) bool {
	return len(ws) > 2 && ws[0] == "anything" && windowPreps.has(ws[1]) && ws[2] != "way"
}

// --- Checking ------------------------------------------------------------

// checkingShift weighs an ask that asks the firm to check something: a
// check of whether something happened is a status (quick), a check of
// what a rule allows is research (paid). A check that is the purpose of
// a search ("carry out a search to check whether anyone has filed…") is
// what the search finds out, not a status: it pulls neither way.
func checkingShift(ws []string) float64 {
	for i := 0; i+1 < len(ws); i++ {
		if !checkVerbs.has(ws[i]) || searchPurpose(ws, i) {
			continue
		}
		j := i + 1
		switch {
		case j < len(ws) && checkForWords.has(ws[j]) && j+2 < len(ws):
			j += 2 // "check for me whether"
		case j+1 < len(ws) && meWords.has(ws[j]):
			j++ // "tell me whether", "advise us if"
		}
		if w, ok := checkedClause(ws, i, j); ok {
			return w
		}
	}
	return 0
}

// checkedClause weighs the clause checked by the verb at ws[i], opened at
// ws[j] by a link ("whether", "if", "that") or by its subject alone.
func checkedClause(ws []string, i, j int) (float64, bool) {
	if !checkLinks.has(ws[j]) {
		if bareStatusClause(ws[j:]) {
			return happenedCheckWeight, true // "check the parcel has arrived"
		}
		return 0, false
	}
	rest := ws[j+1:]
	switch {
	case versionAsked(rest):
		// "if it's the approved one": which version, before "approved"
		// reads as a happened check's lighter pull.
		return versionCheckWeight, true
	case happened(rest) && !rulePredicateLex().has(rest):
		// "whether the rules changed": news of a rule, not what it allows.
		return happenedWeight(ws[i], ws[j], rest), true
	case namesRule(rest), permissionCheckVerbs.has(ws[i]) && permission(rest):
		return ruleCheckWeight, true
	case happened(rest), stillHolds(rest), passiveDone(rest):
		return happenedWeight(ws[i], ws[j], rest), true
	}
	return 0, false
}

// stillReach bounds where "still" may stand in a checked clause: "if we
// still have", "whether the offer is still".
const stillReach = 4

// stillHolds: the checked clause asks whether a state still holds ("if we
// still have a credit", "whether the quote is still valid"): "still"
// next to a finite "be" or "have", not "still have to…" (a duty).
func stillHolds(rest []string) bool {
	for k := 1; k < len(rest) && k <= stillReach; k++ {
		if rest[k] != "still" {
			continue
		}
		if finiteBeHave.has(rest[k-1]) {
			return true
		}
		return k+1 < len(rest) && finiteBeHave.has(rest[k+1]) && (k+2 >= len(rest) || rest[k+2] != "to")
	}
	return false
}

// bareStatusClause: the checked clause comes without "that" ("check the
// parcel has arrived", "check my details are on the new system"): a noun
// phrase opened by a determiner, a finite "be" or "have" within
// statusSubjectReach words, and after it a finished act or the thing's
// place in a record ("is in the folder", "are on file"). "Check the
// figures are right" asks for a review and is not one.
func bareStatusClause(ws []string) bool {
	if len(ws) < 3 || !detWords.has(ws[0]) {
		return false
	}
	for k := 2; k < len(ws) && k <= statusSubjectReach; k++ {
		if simplePastStatus(ws, k) {
			return true // "check the parcel arrived", "check the payment went through"
		}
		if !finiteBeHave.has(ws[k]) {
			continue
		}
		rest := ws[k+1:]
		return happened(rest) && !rulePredicateLex().has(rest) || onRecord(rest)
	}
	return false
}

// simplePastStatus: ws[k] reports in the simple past that a thing
// arrived or a third party acted ("the courier delivered", "the bank
// released", "the payment went through"), right after the subject; a
// relative pronoun before it makes the past part of the object ("the
// figures that came in"), which the check is still about.
func simplePastStatus(ws []string, k int) bool {
	if statusRelatives.has(ws[k-1]) {
		return false
	}
	if happenedMotion.has(ws[k]) {
		return k+1 < len(ws) && happenedParticle.has(ws[k+1])
	}
	return happenedWords.has(ws[k]) || pastDelivered.has(ws[k])
}

var (
	statusRelatives = set("that which who we i you they")
	// pastDelivered: goods or mail handed over, in the simple past.
	pastDelivered = set("delivered posted signed")
)

// statusSubjectReach bounds the subject of a bare status clause: "the
// signed engagement letter has".
const statusSubjectReach = 4

var (
	finiteBeHave = set("is are was were has have had")
	// recordPlaces hold a thing the firm keeps: "in the folder", "on the
	// portal", "on file".
	recordPlaces = set("folder file files system portal drive dropbox inbox account list server cloud records database calendar diary")
)

// onRecord: ws opens with "in" or "on" and names a recordPlaces word
// within three words ("on the new system", "on file").
func onRecord(ws []string) bool {
	if len(ws) < 2 || ws[0] != "in" && ws[0] != "on" {
		return false
	}
	return slices.ContainsFunc(ws[1:min(len(ws), 4)], recordPlaces.has)
}

// searchPurpose: the check verb at ws[i] follows "search to" or
// "searches to".
func searchPurpose(ws []string, i int) bool {
	return i >= 2 && ws[i-1] == "to" && searchNouns.has(ws[i-2])
}

// happenedWeight is the pull of a check of whether something happened,
// by its verb: "find out", "work out" and "look into" weigh as work verbs
// in their own right ("find out what we owe"), so a status put with them
// ("find out whether the bank has released the loan", "look into whether
// the payment went out") needs the stronger pull; not
// "find out how…" (a method) nor "…if we can claim…" (a permission).
// "How much" or "how many" ask for a total ("find out how much we've
// paid them"): no status at all.
func happenedWeight(verb, link string, rest []string) float64 {
	switch {
	case link == "how" && len(rest) > 0 && amountWh.has(rest[0]):
		return 0
	case researchCheckVerbs.has(verb) && link != "how" && !permission(rest):
		return happenedOutWeight
	}
	return happenedCheckWeight
}

// permission: the checked clause asks whether the client may or must
// do something: "we can still use…", "I need to register…", "we have to
// register…".
func permission(rest []string) bool {
	if len(rest) < 2 || !permissionSubjects.has(rest[0]) {
		return false
	}
	return permissionModals.has(rest[1]) || (len(rest) > 2 && rest[1] == "have" && rest[2] == "to")
}

// happened: the words report a finished act or one under way ("was
// filed", "went out", "has landed", "are coming through").
func happened(ws []string) bool {
	for i, w := range ws {
		if doneWords.has(w) || happenedWords.has(w) {
			return true
		}
		if happenedMotion.has(w) && i+1 < len(ws) && happenedParticle.has(ws[i+1]) {
			return true
		}
	}
	return false
}

// namesRule: the words hold a rule word ("entitled", "allowable",
// "compliant", "covered by").
func namesRule(ws []string) bool {
	found := false
	ruleLex().find(ws, func(_, start, end int) bool {
		found = !heldTerms(ws, start, end)
		return !found
	})
	return found
}

// whPhraseReach is how far a wh-word that opens the sentence may stand
// before the auxiliary that goes on its phrase ("which day of the month
// do you…"). Later in a run-on, "…subs what format do you need…" still
// opens a question of its own.
const whPhraseReach = 5

// whOpens reports a wh-word at lw[0], within whPhraseReach words before
// lw[k], or just before lw[k].
func whOpens(lw []string, k int) bool {
	return whWords.has(lw[k-1]) || k <= whPhraseReach && whWords.has(lw[0])
}
