package triage

import (
	"math"
	"slices"
	"strings"
)

// Asks joined in one sentence by "and" (or a comma): which joins start a
// second ask and which only go on with the same job. LABELS.md: two asks
// joined in one sentence are two only when they clearly ask for
// different things. "Check and sign the form", "review the lease and
// tell me whether…", "prepare the accounts and file them" are one job;
// "draft the letter and tell me what the process is" and "send the
// invoice and update our address" are two.

// oneJobJoin: the "and" at lw[k] joins a visit to the job it is for
// ("can someone come out and have a look", "could you pop round and
// fix it", "try and sort it"): one ask. A question after the "and"
// ("…go out and could you…", "…come in and when…") is one of its own.
func oneJobJoin(lw []string, k int) bool {
	if k < 1 || k+1 >= len(lw) || !andWords.has(lw[k]) {
		return false
	}
	next := lw[k+1]
	if whWords.has(next) || k+2 < len(lw) && auxWords.has(next) && (pronWords.has(lw[k+2]) || secondPerson.has(lw[k+2])) {
		return false
	}
	v := k - 1
	if approachParticles.has(lw[v]) && v > 0 {
		v--
	}
	return approachVerbs.has(lw[v]) || lookupLeadIn(lw, k) || withListJoin(lw, k)
}

// withListReach is how far before the "and" the "with" of a list of
// contents may stand: "with prices", "with the trade prices".
const withListReach = 4

// withListJoin: the "and" at lw[k] adds an item to a "with" list of what
// the thing asked for holds ("a shortlist, with prices and any work each
// would need"): a noun phrase opened by a determiner, not a new ask.
func withListJoin(lw []string, k int) bool {
	if !detWords.has(lw[k+1]) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-withListReach; j-- {
		if lw[j] == "with" {
			return j < k-1
		}
	}
	return false
}

// lookupLeadIn: the words before the "and" at lw[k] look in a record
// ("check your diary and find out whether…", "search your files and
// confirm…"): the step that leads to the ask after it, one ask. "…and
// also…" adds an ask of its own.
func lookupLeadIn(lw []string, k int) bool {
	if k < 3 || !recordPlaces.has(lw[k-1]) || !detWords.has(lw[k-2]) || lw[k+1] == "also" {
		return false
	}
	return lookupVerbs.has(lw[k-3])
}

// lookupVerbs look in a record for a fact (lookupLeadIn).
var lookupVerbs = set("check search consult")

// joinKind says what the request after a joining "and" is to the one
// before it.
type joinKind int

const (
	joinNone   joinKind = iota // the same job, or its result
	joinSecond                 // a job of its own: two asks when the kinds differ
	// joinQuick: a verb that may deliver the first job's result ("send",
	// "update"), here with an object of its own and not to the client
	// ("…and update our address"): two asks only when both are quick.
	joinQuick
	// joinFact: a request for a fact after a job that hands a thing over
	// ("send over the minutes and let me know if…"): there is no result
	// to report, so two asks whatever their kinds.
	joinFact
)

// joinedJob reads right, the words after the joiner, against whole, the
// sentence's core.
func (e *Engine) joinedJob(whole, right []string, also bool) joinKind {
	switch {
	case e.secondRequest(right, also) || e.newFactAsk(whole, right):
		return joinSecond
	case e.factAfterDelivery(whole, right):
		return joinFact
	case e.ownDelivery(right, leadingFact(whole)):
		return joinQuick
	}
	return joinNone
}

// splits reports whether the two halves of a join, classified l and r,
// are two asks. The first half's own words must say its kind clearly
// (signal), and the second's too unless "also" marks it or both are
// quick. Then they are two when their kinds differ, when ", and" comes
// before the second (comma), or when both are quick jobs of their own.
// Two paid jobs joined by a plain "and" stay one: "catch up the books
// and reconcile the bank" is one piece of work.
func (j joinKind) splits(l, r classification, comma, also bool) bool {
	if j == joinFact {
		return true
	}
	bothQuick := l.kind == Quick && r.kind == Quick
	if math.Abs(l.signal) < clearSignal || math.Abs(r.signal) < clearSignal && !also && !bothQuick {
		return false
	}
	if j == joinQuick {
		return bothQuick
	}
	return l.kind != r.kind || comma || bothQuick
}

// ownDelivery: a verb that could deliver the first job's result opens a
// job of its own: its object is neither the client ("send me…", "tell
// me…") nor a word pointing back ("update it"). After a request for a
// fact (afterFact: "can you confirm the time…") there is no result to
// deliver, so "…and send me the link" is a job of its own too.
func (e *Engine) ownDelivery(right []string, afterFact bool) bool {
	if len(right) < 2 || !communicationVerbs.has(right[0]) {
		return false
	}
	if _, ok := e.lex.requestVerbs.hasAt(right, 0); !ok {
		return false
	}
	if anaphoricObject(right) || pointBackWords.has(right[1]) {
		return false
	}
	toClient := meWords.has(right[1]) || objectPronouns.has(right[1])
	return !toClient || afterFact && right[0] != "let" && len(right) > 2 && !anaphora.has(right[2])
}

// newFactAsk: after a job that makes something ("can you draft the
// warning letter for me and tell me what the process is"), a request for
// a fact that does not point back at the job ("…and tell me what it
// will cost", "…and let me know once that's done") asks for something
// else. After a job that inspects or works something out ("review the
// lease and tell me whether…") the fact is that job's result.
func (e *Engine) newFactAsk(whole, right []string) bool {
	if !factOpen(right) || e.ownVerb(whole) != makesJob {
		return false
	}
	for _, w := range right[2:] {
		if anaphoricSubjects.has(w) || anaphora.has(w) || pointBackWords.has(w) {
			return false
		}
	}
	return true
}

// factAfterDelivery: after a job that only hands a thing over ("send over
// the board pack and let me know if the auditors have signed it off")
// there is no result to report, so the request for a fact is another ask,
// unless it points back at the handing over ("…and let me know once it's
// gone").
//
// The handing over must be the job just before the join: in a series
// ("send me the list, chase the invoices and let me know…") the fact
// follows the last job, not the first.
func (e *Engine) factAfterDelivery(whole, right []string) bool {
	if !factOpen(right) || e.ownVerb(whole) != deliversJob || !e.singleJobBefore(whole, right) {
		return false
	}
	for _, w := range right[2:] {
		if pointBackWords.has(w) || genericDone.has(w) {
			return false
		}
	}
	return true
}

// jobVerb says what the ask's own verb does.
type jobVerb int

const (
	otherJob    jobVerb = iota
	makesJob            // makes or files a thing: "draft", "prepare"
	deliversJob         // hands a thing over: "send", "forward", "post"
)

// ownVerb reads the ask's own verb, the first request verb within its
// first words ("can you draft…", "could you please send over…"; "review
// the draft…" is neither).
func (e *Engine) ownVerb(ws []string) jobVerb {
	for i := 0; i < len(ws) && i <= factVerbReach; i++ {
		if _, ok := e.lex.requestVerbs.hasAt(ws, i); ok {
			switch {
			case makeVerbs.has(ws[i]):
				return makesJob
			case deliverVerbs.has(ws[i]):
				return deliversJob
			}
			return otherJob
		}
	}
	return otherJob
}

// jobSeries splits the first ask of a split at "and" at the commas
// before further quick jobs of their own: "can you send me the invoice,
// check my tax code and book a call…" is three asks. A series with a
// paid part is one piece of work ("set it up, bring over the
// transactions and show my wife…") and stays whole.
func (e *Engine) jobSeries(c clause) []clause {
	if c.full != c.text || len(c.spans) > maxSplitWords {
		return []clause{c}
	}
	var out []clause
	from := 0
	for k := 2; k < len(c.spans)-2; k++ {
		if !precededBy(c.text, c.spans[k].start, ",") || e.joinedJob(c.ws, c.lw[k:], false) == joinNone {
			continue
		}
		part := e.clause(trimJoin(c.text[from:c.spans[k].start]))
		if !part.ask || len(part.ws) < 3 || e.classify(part).kind != Quick {
			return []clause{c}
		}
		out = append(out, part)
		from = c.spans[k].start
	}
	if len(out) == 0 {
		return []clause{c}
	}
	last := e.clause(c.text[from:])
	last.ask, last.request, last.agent = true, true, agentFirm
	if len(last.ws) < 3 || e.classify(last).kind != Quick {
		return []clause{c}
	}
	return append(out, last)
}

// runOnJobs splits each ask of a run-on at a join inside it, as a
// punctuated sentence is split: "hi jo can u send me the invoice and
// update our address pls" is two quick jobs.
func (e *Engine) runOnJobs(asks []clause) []clause {
	var out []clause
	for i, c := range asks {
		if !c.ask || !strings.Contains(c.text, " and ") {
			if out != nil {
				out = append(out, c)
			}
			continue
		}
		whole := c
		if c.full != c.text {
			whole = e.clause(c.text)
		}
		parts := e.splitJoined(c.text, whole)
		if len(parts) < 2 {
			if out != nil {
				out = append(out, c)
			}
			continue
		}
		if out == nil {
			out = append(out, asks[:i]...)
		}
		out = append(out, parts...)
	}
	if out == nil {
		return asks
	}
	return out
}

// commaQuestionAt: a request put to the firm as a question ("can u…",
// "could you…", "would someone…") opens at word k just after a comma:
// "is that normal, can u write to them" asks a second thing. The comma
// stands where a careful writer puts a full stop; splitQuestion still
// needs both parts to be asks.
func commaQuestionAt(sp *sentenceSplit, k int) bool {
	lw := sp.lw
	if k+3 >= len(lw) || !requestAux.has(lw[k]) || !hopeSubjects.has(lw[k+1]) || !precededBy(sp.s, sp.spans[k].start, ",") {
		return false
	}
	// Before the comma, a question of the client's own ("is that even
	// allowed", "what do I owe"): not background ("when we met the bank
	// they said…") nor a request to the firm, which the request after it
	// goes on with ("please send the lease, could you also add…").
	if !isInterrogative(lw) || firmFrames.has(lw[:k]) {
		return false
	}
	// A request about what the question was about ("why was the van
	// taxed twice, could you look into it") is the question's ask.
	for _, w := range lw[k+2 : min(k+commaQuestionReach, len(lw))] {
		if anaphora.has(w) {
			return false
		}
	}
	return secondQuestion(lw[k:])
}

// commaQuestionReach bounds the words of the request after a comma in
// which a word pointing back ties it to the question before: "could you
// look into it", "can you sort that out".
const commaQuestionReach = 6

// splitWish splits at ", and" before a wish that asks the firm to act
// ("…, and it would really help if you could price the repairs", "…, and
// I'd be grateful if you could call me"): a request frame of its own,
// so a second ask, not the first one's result.
func (e *Engine) splitWish(sp *sentenceSplit, k, r int) ([]clause, bool) {
	if !commaJoined(sp, k) || r != k+1 || !wishFrame(sp.lw[r:]) {
		return nil, false
	}
	left := e.clause(trimJoin(sp.s[:sp.spans[k].start]))
	rc := e.clause(sp.s[sp.spans[r].start:])
	if !left.ask || !rc.ask || len(left.ws) < 3 {
		return nil, false
	}
	return append(e.splitAsks(left.text), rc), true
}

// wishReach bounds the words before the "if" of a wish: "it would
// really be very helpful if".
const wishReach = 7

// wishFrame: the words open with a subject of a wish ("it", "I'd", "we")
// and, within a few words, "if" with the firm and a modal and a verb
// after it: "it would really help if you could…", "I'd be grateful if
// you could…". Not a question: "would it…" is read as one; nor a wish
// whose verb's object points back ("…if you could send it by Friday").
func wishFrame(ws []string) bool {
	if len(ws) < 5 || !wishSubjects.has(ws[0]) {
		return false
	}
	for i := 1; i < len(ws)-2 && i <= wishReach; i++ {
		if ws[i] == "if" {
			// "…if you could do it by Friday" asks for the first job
			// again, by a date: one ask.
			v, ok := modalVerb(ws, i+1)
			return ok && !anaphoricObject(ws[v:])
		}
	}
	return false
}

// splitOwnSeries splits a list of three jobs or more, "V1 X, V2 Y and V3
// Z", each with a verb and an object of its own that points back at
// nothing: "can you send me the payroll report, chase the two late
// invoices and let me know when the new card arrives" asks three things,
// even with a paid one among them. A list whose jobs share an object
// ("set it up, order her a laptop and add her to payroll") is one piece
// of work, and so is one of a single kind (joinedJob and jobSeries read
// those).
func (e *Engine) splitOwnSeries(sp *sentenceSplit, k, r int) ([]clause, bool) {
	lw := sp.lw
	if lw[k] != "and" || r != k+1 || sp.whole.agent != agentFirm || !ownJob(e, lw[r:]) {
		return nil, false
	}
	first := e.seriesStart(sp)
	if first < 0 || !ownJob(e, lw[first:]) {
		return nil, false
	}
	var cuts []int
	for j := first + 2; j < k-1; j++ {
		if !precededBy(sp.s, sp.spans[j].start, ",") {
			continue
		}
		if !ownJob(e, lw[j:]) {
			return nil, false
		}
		cuts = append(cuts, j)
	}
	if len(cuts) == 0 {
		return nil, false
	}
	cuts = append(cuts, r)
	var parts []clause
	from := 0
	for i, j := range cuts {
		end := sp.spans[j].start
		if i == len(cuts)-1 {
			end = sp.spans[k].start
		}
		parts = append(parts, e.clause(trimJoin(sp.s[from:end])))
		from = sp.spans[j].start
	}
	parts = append(parts, e.clause(sp.s[from:]))
	return e.mixedSeries(parts)
}

// mixedSeries keeps the parts of a list of jobs when each reads as a job
// of a few words and their kinds differ, or when there are three or more
// and all are quick; a shorter list of one kind is read by jobSeries
// (quick) or stays one piece of work (paid).
func (e *Engine) mixedSeries(parts []clause) ([]clause, bool) {
	kinds := map[Kind]bool{}
	for i := range parts {
		if len(parts[i].ws) < 3 {
			return nil, false
		}
		if i > 0 {
			parts[i].ask, parts[i].request, parts[i].agent = true, true, agentFirm
		} else if !parts[i].ask {
			return nil, false
		}
		kinds[e.classify(parts[i]).kind] = true
	}
	// Three or more quick jobs, each opening with its own request verb
	// ("check X, add Y, and tell me Z"), are errands listed one after
	// another: each gets its own answer. Paid jobs in a list stay one
	// piece of work.
	if len(kinds) < 2 && !(len(parts) >= minQuickSeries && kinds[Quick]) {
		return nil, false
	}
	return parts, true
}

// minQuickSeries is the fewest parts a list of quick jobs needs to be read
// as separate asks: two joined by "and" may be one errand.
const minQuickSeries = 3

// seriesStart returns where the first job of a series stands: within the
// sentence's first words, or after an opening aside set off by a spaced
// dash ("While you're in - can you…, … and …?"). The aside stays with the
// first ask, as leads before a dash do elsewhere.
func (e *Engine) seriesStart(sp *sentenceSplit) int {
	if first := e.firstJobAt(sp.lw); first >= 0 {
		return first
	}
	for d := 1; d < len(sp.spans) && d <= maxClauseWords; d++ {
		gap := sp.s[sp.spans[d-1].end:sp.spans[d].start]
		if strings.Contains(gap, " - ") || strings.Contains(gap, " \u2013 ") {
			if f := e.firstJobAt(sp.lw[d:]); f >= 0 {
				return d + f
			}
			break
		}
	}
	return -1
}

// firstJobAt returns where the first request verb of the sentence stands
// within its first words ("can you send…", "could you please chase…"),
// or -1.
func (e *Engine) firstJobAt(lw []string) int {
	for i := 0; i < len(lw) && i <= factVerbReach; i++ {
		if _, ok := e.lex.requestVerbs.hasAt(lw, i); ok {
			return i
		}
	}
	return -1
}

// ownJob: the words open with a request verb whose object is a thing of
// its own: not a word pointing back ("it", "them", "once") nor a third
// person ("order her a laptop"), the client aside ("send me the list",
// "let me know when…").
func ownJob(e *Engine, ws []string) bool {
	if len(ws) < 3 {
		return false
	}
	if _, ok := e.lex.requestVerbs.hasAt(ws, 0); !ok && !factOpen(ws) {
		return false
	}
	i := 1
	if meWords.has(ws[i]) {
		i++
	}
	if ws[0] == "let" && i < len(ws) && ws[i] == "know" {
		i++
	}
	for _, w := range ws[i:min(i+2, len(ws))] {
		if anaphora.has(w) || pointBackWords.has(w) || objectPronouns.has(w) && !meWords.has(w) {
			return false
		}
	}
	return true
}

// moreAfterReceipt: a question whether the firm needs anything more
// ("…, and is there anything else you need from me?", "…and do you need
// anything further?") joined to one whether it got what the client sent
// ("did you get the statements I sent") checks one hand-over: one ask.
// Asked on its own, or after another question, it is an ask of its own.
func (e *Engine) moreAfterReceipt(sp *sentenceSplit, k int, right []string) bool {
	if !anythingMore(right) {
		return false
	}
	left := e.clause(trimJoin(sp.s[:sp.spans[k].start]))
	return left.ask && e.classify(left).act == "receipt"
}

// anythingMore: "anything" or "something" then "else", "more" or
// "further" within the question's first words.
func anythingMore(ws []string) bool {
	for i := 0; i+1 < len(ws) && i < anythingMoreReach; i++ {
		if anyThing.has(ws[i]) && moreWords.has(ws[i+1]) {
			return true
		}
	}
	return false
}

// anythingMoreReach bounds where "anything else" may stand: "is there
// anything else", "do you need anything else".
const anythingMoreReach = 5

// clientQuestionOpens: a question of the client's own opens at lw[k]
// inside a run-on (clientQuestionStart, whAfterYesNo).
func clientQuestionOpens(lw []string, k int) bool {
	return clientQuestionStart(lw, k) || whAfterYesNo(lw, k)
}

// whAfterYesNo: in a run-on opened by a yes/no question ("is that even
// allowed…", "can they do that…"), a wh-question about the client's own
// act ("what can i do…", "how do we…") starts a second question: the
// first one asked whether, this one asks what to do.
func whAfterYesNo(lw []string, k int) bool {
	if k < 3 || k+3 >= len(lw) || !auxWords.has(lw[0]) || !whWords.has(lw[k]) || !auxWords.has(lw[k+1]) || !needPersons.has(lw[k+2]) {
		return false
	}
	for _, w := range lw[1:k] {
		if whWords.has(w) || auxWords.has(w) || andWords.has(w) {
			return false
		}
	}
	return true
}

// singleJobBefore: whole ends with right, and the words before right hold
// one request verb only, the ask's own; a particle ("post the originals
// back") or a noun after a determiner ("the draft minutes") is not
// another.
func (e *Engine) singleJobBefore(whole, right []string) bool {
	n := len(whole) - len(right)
	if n <= 0 || !slices.Equal(whole[n:], right) {
		return false
	}
	verbs := 0
	for i := range n {
		if _, ok := e.lex.requestVerbs.hasAt(whole[:n], i); ok && !approachParticles.has(whole[i]) && (i == 0 || !detWords.has(whole[i-1])) {
			verbs++
		}
	}
	return verbs == 1
}

// pairAgents stand just before a request's verb: "could you plan and do
// …", "please check and sign …", "can someone review and update …".
var pairAgents = set("you u someone somebody please")

// sharedObjectPair: the "and" at lw[k] joins two bare work verbs that
// share the object after them ("could you plan and do the server swap", "please
// check and sign the lease", "can someone review and update the policy"):
// one job, not two asks. "also" after the "and" marks a second ask, and
// is no request verb, so the pair is not read there.
func (e *Engine) sharedObjectPair(lw []string, k int) bool {
	if k < 2 || k+1 >= len(lw) || lw[k] != "and" || !pairAgents.has(lw[k-2]) {
		return false
	}
	if end, ok := e.lex.requestVerbs.hasAt(lw, k-1); !ok || end != k {
		return false
	}
	if lw[k+1] == "do" {
		// "…plan and do the server swap", not "…check and do you know…".
		return k+2 < len(lw) && !pronWords.has(lw[k+2]) && !secondPerson.has(lw[k+2])
	}
	_, ok := e.lex.requestVerbs.hasAt(lw, k+1)
	return ok
}
