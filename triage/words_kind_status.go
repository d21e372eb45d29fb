package triage

import "maps"

// Status questions: a yes/no question about what happened or the state a
// piece of work is in ("did you send the forecast to the bank?", "has the
// audit file been finished?", "is the bank reconciliation up to date?")
// asks for news of the work, not for the work. Its work words name what the
// news is about. Table rows in TestStatusQuestions (kind_status_test.go).

// statusOpeners open a yes/no question about a past or finished act: the
// past and perfect auxiliaries, with their negatives.
var statusOpeners = set("did didn't has hasn't have haven't had hadn't was wasn't were weren't")

// stateOpeners open a yes/no question about a present state ("is the plan
// ready?"); they ask for a status only with a stateWords word, as "is it
// possible to…" or "is there any way you could…" ask for work.
var stateOpeners = set("is isn't are aren't")

// stateWords report that work is finished or in a state to hand over.
// The {done} participles ("filed", "sent") count as well.
var stateWords = set("ready done finished complete completed current final live available signed-off underway")

// capacityNouns after a status opener ask for time to do the work: "has
// anyone got time to redo the plan?" is a request, not news.
var capacityNouns = set("time capacity room bandwidth")

// statusWorkFactor scales the work signals of a status question: the work
// it names is what the news is about, so "did you send the forecast" is no
// forecast to make. Not zero: "did you want me to redo the forecast?" is
// rare, but a status question that names only work and no act of its own
// should still lean on the form weight, not flip on a single word.
const statusWorkFactor = 0.25

// statusFactor is what the work signals of an ask in form f count for:
// statusWorkFactor in a status question, else all of their weight.
func statusFactor(f form, ws []string) float64 {
	if f == formFactQuestion && statusQuestion(ws) || progressAsk(ws) {
		return statusWorkFactor
	}
	return 1
}

// statusQuestion reports whether ws, a fact question, asks for the status
// of something: a past or perfect opener, or a present one with a state
// word ("is the audit finished?", "is the reconciliation up to date?").
func statusQuestion(ws []string) bool {
	i := 0
	for i < len(ws) && isFiller(ws[i]) {
		i++
	}
	if i >= len(ws) || asksForTime(ws[i+1:]) {
		return false
	}
	w, rest := ws[i], ws[i+1:]
	switch {
	case (w == "was" || w == "were") && !subjectNext(rest):
		// "Was the return filed?" has its subject next; German and
		// Dutch "was" ("Was kostet…", "what") has a verb.
		return false
	case statusOpeners.has(w):
		return true
	case factWh.has(w) && len(rest) > 0 && statusOpeners.has(rest[0]):
		// "What did the audit cost last year?", "when was the return
		// filed?": a fact about what happened. Not "how" or "why" (a
		// method, a cause to find), nor a fact per item of the client's
		// own ("what did each shop make", "which of our customers did we
		// lose money on"): that is worked out from the books.
		return !breakdownAsked(ws[i:])
	case stateOpeners.has(w):
		return stateReported(rest)
	}
	return false
}

// breakdownWords ask a fact per item or period: "each", "per", "month
// by month", "which of our …".
var breakdownWords = set("each every per")

// breakdownAsked: the question asks its fact item by item ("each shop",
// "month by month", "which of our customers", "by how much").
func breakdownAsked(ws []string) bool {
	for k, w := range ws {
		next := ""
		if k+1 < len(ws) {
			next = ws[k+1]
		}
		switch {
		case breakdownWords.has(w):
			return true
		case w == "by" && (next == "how" || k > 0 && next == ws[k-1]):
			return true
		case w == "of" && (next == "our" || next == "my") && k > 0 && factWh.has(ws[k-1]):
			return true
		}
	}
	return false
}

// asksForTime: "has anyone got time to redo the plan?" asks for the work.
func asksForTime(ws []string) bool {
	for k := 0; k+1 < len(ws); k++ {
		if capacityNouns.has(ws[k]) && ws[k+1] == "to" {
			return true
		}
	}
	return false
}

// subjectNext: the words open with a determiner or a pronoun.
func subjectNext(ws []string) bool {
	return len(ws) > 0 && (detWords.has(ws[0]) || pronWords.has(ws[0]))
}

// stateReported: the words hold a state word, a {done} participle or "up
// to date".
func stateReported(ws []string) bool {
	for k, w := range ws {
		if stateWords.has(w) || doneWords.has(w) {
			return true
		}
		if w == "up" && k+2 < len(ws) && ws[k+1] == "to" && ws[k+2] == "date" {
			return true
		}
	}
	return false
}

// confirmVerbs ask the firm to confirm a fact it holds.
var confirmVerbs = set("check confirm verify")

// serviceNouns name a service as a mass noun without a determiner: a
// client who would like one ("we'd like advice on…", "I'd like help with
// the move") asks for it as surely as with "a" or "the".
var serviceNouns = set("advice help guidance assistance support input")

// factWh ask for a fact: which one, what, when, where, who.
var factWh = set("which what what's whats when where who")

// factNouns name one fact a client may need from the firm ("I need the
// date it was filed", "we need the price for 50"); not "balance", which
// also opens "balance sheet".
var factNouns = set("date dates deadline price prices amount total reference number figure rate")

// betterVerbs name a change for the better in the client's figures: how
// to make one ("how can we improve our cash flow?") is advice.
var betterVerbs = set("improve reduce cut lower increase boost grow raise save minimise minimize maximise maximize")

// enterprises are what a valuation values.
var enterprises = set("business company firm practice shares shareholding stake")

// Named weights of the rules below (hand weights; weights.json holds the
// fitted ones).
const (
	// holdingCheckWeight outweighs "check {det}" (2) and "check that" (1)
	// with the polite-info form: "can you check you have my new address?"
	// is a look at the client's file.
	holdingCheckWeight = 3.5
	// toldWhichWeight: being told which, what or whether is an answer, as
	// "tell me which" (1.5) is; it outweighs a ledger noun (0.5) in it.
	toldWhichWeight = 1.5
	// applyWeight: how a rule or relief would apply to the client's case
	// is what the rule allows them, research (as "eligible" is).
	applyWeight = 2.5
	// neededFactWeight: needing one fact is asking for it, as a question
	// would; it outweighs the request form (0.5) and an object noun in
	// the fact's description ("the date the return was filed").
	neededFactWeight = 2
	// neededWorkWeight outweighs neededFactWeight when the fact needed
	// is to be worked out.
	neededWorkWeight = 3
	// readyWeight: a thing needed or got ready is made, as "get … ready"
	// (3) is.
	readyWeight = 3
	// postToWeight outweighs "post" as a bookkeeping verb (posting
	// entries): posting a thing to someone is sending it.
	postToWeight = 3
	// howBetterWeight: how to improve the client's figures is advice.
	howBetterWeight = 2.5
	// valuationWeight: what a business is worth is a valuation.
	valuationWeight = 3
	// workThroughWeight: working through a set of records is a review, as
	// "go through {det}" (2) is.
	workThroughWeight = 2
)

func init() {
	maps.Copy(wordClasses, map[string]*wordSet{"confirmv": confirmVerbs, "service": serviceNouns, "factwh": factWh,
		"fact": factNouns, "enterprise": enterprises, "better": betterVerbs})
	registerLexicon("en", Lexicon{
		Words: Words{RequestFrames: []string{
			"i'd like {service}", "we'd like {service}", "i would like {service}", "we would like {service}",
		}},
		Signals: statusSignals,
	})
	ruleSignals[applyMatch] = true
	ruleSignals[howBetterMatch] = true
}

// howBetterMatch: how the client can better their figures. The client
// acts ("how can we…"), so it weighs as a rule question does, without the
// agent factor that makes "should I sign it" advice.
const howBetterMatch = "how can we {better}|how could we {better}|how can i {better}|how could i {better}|how do we {better}|" +
	"how do i {better}|how should we {better}|how should i {better}|ways to {better}|how best to {better}"

// applyMatch: a rule applied to the client's case, "how the relief would
// apply if we sell", "does the exemption apply to us?". Not "when does the
// new rate apply from" (a date): the case is named, or the verb is
// conditional.
const applyMatch = "would apply|will apply|would it apply|will it apply|would that apply|would this apply|" +
	"apply to us|apply to me|applies to us|applies to me|apply in our case|apply in my case|apply to our|apply to my|applies to our|applies to my"

// statusSignals are the signals of the rules above.
var statusSignals = []Signal{
	// Whether the firm holds a record is a look at the client's file:
	// "could you confirm you have our new bank details?", "check that
	// you've got the signed copy". Not "whether we have to register" (a
	// rule): the held thing opens with a determiner.
	{Match: "{confirmv} {pron} have {det}|{confirmv} that {pron} have {det}|{confirmv} whether {pron} have {det}|{confirmv} if {pron} have {det}|" +
		"{confirmv} {pron} have got {det}|{confirmv} that {pron} have got {det}|{confirmv} you've got {det}|{confirmv} that you've got {det}|" +
		"{confirmv} {pron} hold {det}|{confirmv} that {pron} hold {det}",
		Kind: "quick", Weight: holdingCheckWeight, Minutes: 2, Act: "status"},
	// Being told which, what or whether is an answer the firm has: "let
	// us know which invoices are still open".
	// Not "if" or "whether" ("let me know if you can redo the plan" asks
	// for the work) nor "how" or "why" (a method, a cause).
	{Match: "let me know {factwh}|let us know {factwh}|tell us {factwh}",
		Kind: "quick", Weight: toldWhichWeight, Minutes: 2, Act: "info"},
	{Match: applyMatch, Kind: "paid", Weight: applyWeight, Act: "research"},
	// Needing one fact is asking for it: "I need the date the return
	// went in", "we just need the total for March".
	{Match: "need {det} {fact}|needs {det} {fact}|want {det} {fact}|wants {det} {fact}",
		Kind: "quick", Weight: neededFactWeight, Minutes: 2, Act: "info"},
	// A fact the client needs worked out first is work: "I need the total
	// payroll cost for next year worked out", "a price list drawn up"
	// (TestGuards). Production participles only: "the date it was filed"
	// stays one fact.
	{Match: "need {det} {fact} ... ... worked out|need {det} {fact} ... worked out|need {det} {fact} worked out|need {det} {fact} ... ... drawn up|need {det} {fact} ... drawn up|need {det} {fact} drawn up|need {det} {fact} ... ... modelled|need {det} {fact} ... modelled|need {det} {fact} modelled|need {det} {fact} ... ... modeled|need {det} {fact} ... modeled|need {det} {fact} modeled|need {det} {fact} ... ... calculated|need {det} {fact} ... calculated|need {det} {fact} calculated|need {det} {fact} ... ... recalculated|need {det} {fact} ... recalculated|need {det} {fact} recalculated|need {det} {fact} ... ... reconciled|need {det} {fact} ... reconciled|need {det} {fact} reconciled|need {det} {fact} ... ... prepared|need {det} {fact} ... prepared|need {det} {fact} prepared|need {det} {fact} ... ... put together|need {det} {fact} ... put together|need {det} {fact} put together",
		Kind: "paid", Weight: neededWorkWeight, Act: "calculate"},
	// A thing wanted ready or brought up to date is work on it: "we need
	// the accounts ready by the 20th", "please get the ledgers up to
	// date" (not "is the ledger up to date?", a state).
	{Match: "need {det} ... ready|needs {det} ... ready|want {det} ... ready|have {det} ... ready by|need it ready|need them ready|" +
		"get {det} ... up to date|bring {det} ... up to date|get it up to date|bring it up to date|get them up to date|bring them up to date|" +
		"get {det} ... up-to-date|bring {det} ... up-to-date",
		Kind: "paid", Weight: readyWeight, Act: "prepare"},
	// What a business is worth is a valuation: "we need to know what our
	// company is worth", "could you value the practice?".
	{Match: "{enterprise} is worth|{enterprise} are worth|{enterprise} would be worth|{enterprise} might be worth|" +
		"{enterprise} could be worth|value {det} {enterprise}|valuation of {det}|valuing {det} {enterprise}",
		Kind: "paid", Weight: valuationWeight, Act: "research", Category: "advisory"},
	// Posting a thing to someone is sending it, not posting entries:
	// "can you post the original certificates to me?".
	{Match: "post {det} ... to me|post {det} ... to us|post it to|post them to|post {det} ... to our|post {det} ... to my",
		Kind: "quick", Weight: postToWeight, Minutes: 2, Act: "send"},
	// How to better the client's figures is advice: "how can we improve
	// our margins?", "how could I reduce my tax bill?".
	{Match: howBetterMatch, Kind: "paid", Weight: howBetterWeight, Act: "research", Category: "advisory"},
	// Working through records is going through them: "could you work
	// through the expenses?".
	{Match: "work through {det}|working through {det}|work through them|work through it|work through all|work my way through|work your way through",
		Kind: "paid", Weight: workThroughWeight, Act: "review"},
}
