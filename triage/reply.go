package triage

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A wrong "accepted" or "declined" silently closes a quote, while "unclear"
// only asks the rep to read one email; so a reply is decided only on clear
// evidence in the client's own new text, and everything else is unclear.
//
// The reader works clause by clause (sentences, split again at commas,
// dashes and contrast words such as "but"). In each clause it finds
//
//   - accept cues: strong ones authorise the work ("go ahead", "count us
//     in"); weak ones lean towards yes ("sounds good", "yes"); acks only
//     acknowledge ("ok", "great", "no problem");
//   - decline cues: strong ones refuse or defer the work ("no thanks",
//     "hold off", "we won't need it"); weak ones lean towards no ("we'll
//     do it ourselves", "thanks anyway");
//   - hedges ("let me think", "not sure"), partial scope ("just the first
//     part"), counter-offers ("for less", an amount), conditions ("only if",
//     "as long as"; "if possible" only softens, and "if you could send it
//     by Friday, that would be great" only asks) and questions back.
//
// A negator ("not", "don't", "won't", …) turns the cues after it in its
// clause around: a negated accept is a decline, a negated decline is no
// cue at all ("we don't have time to do it ourselves"). Idioms built from
// negators ("no problem", "not a problem", "no worries") are positive.
//
// Who does the work matters: the client's own plan to do it ("we'll do
// it ourselves") is a clear no, and a relative or employee who will do it
// ("my brother is going to take it on") gives no go-ahead.
//
// The verdict: mixed yes and no, a condition, a counter-offer or a hedge
// make a reply unclear. A yes needs a strong accept cue, two different
// weaker ones, or a sentence that is only "Yes.", and no question about
// the price or scope, no amount and no partial scope; a no needs a strong
// decline cue or two weak ones and no question back. Anything else is
// unclear.
//
// The word lists are in the registry (replyCueLists in words.go, per
// language); the few English function words tested inline ("and" in "go
// ahead and cancel", "first" in "go ahead and send the figures first",
// "with", "without", "do not") are part of the rule they shape.

// ReplyReading is what a client's reply to a quote says, and why.
type ReplyReading struct {
	Decision Decision
	// Reason says, for the rep, what decided it ("go ahead") or why a
	// person must read it ("conditional: as long as").
	Reason string
	// CapMinutes is set on a go-ahead with a cap on the time ("keep it
	// under 4 hours"): Decision stays Unclear, and the quote's own hours
	// decide it (SettleCap); 0 otherwise.
	CapMinutes int
	// CapMoney is set on a go-ahead with a cap on the money ("as long as
	// it stays below £200"), settled like CapMinutes against the quote
	// quoted below the reply (settleCapFromHistory); 0 otherwise.
	CapMoney float64
	// noCue: the text held no cue either way (see readReplyWithSubject).
	noCue bool
}

// ReadReply reads a client's new text in a reply to a quote: accepted,
// declined, or unclear (mixed, conditional, a counter-offer, a question
// back, a hedge, or too little evidence), with the reason. Only the
// client's own new text counts: the quoted quote ("Shall I start?") is
// not read.
func (e *Engine) ReadReply(newText string) ReplyReading {
	if wordsAtLeast(newText, maxReplyWords+1) {
		// An answer to a quote is short; a long text is for a person.
		return ReplyReading{Decision: Unclear, Reason: fmt.Sprintf("too long to read with confidence (over %d words)", maxReplyWords)}
	}
	var ev replyEvidence
	rs := replyScratches.Get().(*replyScratch)
	defer replyScratches.Put(rs)
	for _, sg := range segments(newText) {
		rs.sents = appendSentences(rs.sents[:0], sg.text)
		ev.para = sg.para
		for _, s := range rs.sents {
			e.readSentence(s, &ev, rs)
			if ev.noPara == 0 && len(ev.strongDecline) > 0 {
				ev.noPara = sg.para + 1
			}
		}
	}
	return ev.verdict()
}

// replyScratch is the working state ReadReply reuses from sentence to
// sentence: a sentence's cues and its clause reader with the clause's
// per-word state. Every field is reset before it is read, so a scratch
// is reused from message to message too (replyScratches); ev, the
// reading returned, holds none of its memory.
type replyScratch struct {
	sv    replyEvidence
	c     clauseReader
	flags []bool
	negs  []int
	// sents: a segment's sentences; ws, parts and cls: a sentence's
	// words, part starts and clauses.
	sents []string
	ws    []string
	parts []int
	cls   [][]string
	// turns: whether each clause of cls opens after a contrast word.
	turns []bool
}

// replyScratches keeps replyScratch values between messages: a batch
// allocates their lists once rather than once a message.
var replyScratches = sync.Pool{New: func() any { return new(replyScratch) }}

// reset empties ev for the next sentence, keeping its lists' memory
// (merge copies the cues out of a sentence's lists).
func (ev *replyEvidence) reset() {
	*ev = replyEvidence{
		strongAccept: ev.strongAccept[:0], weakAccept: ev.weakAccept[:0], ack: ev.ack[:0],
		strongDecline: ev.strongDecline[:0], weakDecline: ev.weakDecline[:0],
		hedge: ev.hedge[:0], partial: ev.partial[:0], counter: ev.counter[:0], amount: ev.amount[:0],
		contact: ev.contact[:0], conditional: ev.conditional[:0],
		priceQuestion: ev.priceQuestion[:0], otherQuestion: ev.otherQuestion[:0],
		bareYes: ev.bareYes[:0], looseCondition: ev.looseCondition[:0], partDecline: ev.partDecline[:0],
		namedNo: ev.namedNo[:0], namedPart: ev.namedPart[:0], ownInstead: ev.ownInstead[:0],
	}
}

// maxReplyWords bounds the text ReadReply decides on: an answer to a quote
// is a few lines, and the cost of reading stays linear in practice.
const maxReplyWords = 2000

// replyEvidence collects the cues found in a reply; each list holds the
// distinct cue phrases, for counting and for the reason.
type replyEvidence struct {
	strongAccept, weakAccept, ack   []string
	strongDecline, weakDecline      []string
	hedge, partial, counter, amount []string
	// contact: "we'll let you know": a deferral of the answer, unless
	// the reply declines ("I'll pass for now but will come back to you").
	contact                      []string
	conditional                  []string
	priceQuestion, otherQuestion []string
	// bareYes: a sentence that is only "Yes." (and thanks): on its own
	// it answers the quote's "shall I start?". looseCondition: a
	// condition in a sentence without a cue ("Yes. Once the grant comes
	// through."), which leaves a bare yes unclear.
	bareYes, looseCondition []string
	// partDecline: a no to a part of the work ("we won't need the second
	// part"), which leaves the rest to a person.
	partDecline []string
	// namedNo: a no said of a named thing ("skip the forecast");
	// namedPart: a part of the work chosen ("only the first part", "do
	// the return"). Together the no is to the rest of the work, not to
	// the quote.
	namedNo, namedPart []string
	// ownInstead: the client's own plan in place of the work ("I'll
	// just use a ready-made one instead"), a no only without a go-ahead
	// (see verdict).
	ownInstead []string
	// override: the sentence takes back what the reply said before it
	// ("ignore that"). plainNo: a sentence declines without a condition;
	// condYes: a conditional sentence holds a yes or an acknowledgement,
	// or no clear no.
	override, plainNo, condYes bool
	// capMinutes: the smallest cap on the hours a sentence set (0:
	// none); capCounter and capAmount: the cues that worded it, kept out
	// of counter and amount (see verdict).
	capMinutes            int
	capCounter, capAmount []string
	// capMoney: the smallest cap on the money a sentence set, without
	// hours (reply_cap_money.go); 0: none.
	capMoney float64
	// para: the paragraph being read; noPara: 1 + the paragraph of the
	// first clear no, 0 before one (see laterAsk).
	para, noPara int
}

// otherDoerCue opens the cue of work going to someone else.
const otherDoerCue = "someone else: "

func addCue(list *[]string, cue string) {
	for _, c := range *list {
		if c == cue {
			return
		}
	}
	*list = append(*list, cue)
}

// verdict decides the reply from all its sentences' evidence. A cap on
// the hours ("go ahead, but keep it under 4 hours") turns a yes into a
// capped go-ahead, which the quote's hours settle (CapMinutes); with any
// other answer the cap reads as the counter-offer it words.
func (ev *replyEvidence) verdict() ReplyReading {
	if len(ev.ownInstead) > 0 && len(ev.strongAccept)+len(ev.weakAccept)+len(ev.bareYes) == 0 {
		ev.strongDecline = append(ev.strongDecline, ev.ownInstead...)
	}
	r := ev.decide()
	if ev.capMinutes == 0 && ev.capMoney == 0 {
		return r
	}
	if r.Decision == Accepted || ev.cappedAck() {
		limit := first(ev.capAmount)
		if ev.capMinutes > 0 {
			limit = capHoursText(ev.capMinutes)
		}
		return ReplyReading{Decision: Unclear, Reason: fmt.Sprintf("go-ahead capped at %s (%s): %s", limit,
			first(ev.capAmount, ev.capCounter), r.Reason), CapMinutes: ev.capMinutes, CapMoney: ev.capMoney}
	}
	ev.counter = append(ev.counter, ev.capCounter...)
	ev.amount = append(ev.amount, ev.capAmount...)
	return ev.decide()
}

// cappedAck: the reply's only answer is an acknowledgement or a weak
// yes beside the cap ("Fine, keep it under 3 hours"): a limit set on the
// work is a go-ahead within it, so it is settled as a capped go-ahead.
// Any no, hedge, condition, counter-offer, part of the work or question
// leaves it as it was.
func (ev *replyEvidence) cappedAck() bool {
	if len(ev.weakAccept)+len(ev.ack)+len(ev.bareYes) == 0 {
		return false
	}
	for _, l := range [][]string{ev.strongDecline, ev.weakDecline, ev.hedge, ev.contact, ev.conditional, ev.counter,
		ev.partial, ev.amount, ev.priceQuestion, ev.otherQuestion, ev.partDecline, ev.namedNo, ev.looseCondition} {
		if len(l) > 0 {
			return false
		}
	}
	return true
}

// decide reads the evidence, caps apart.
func (ev *replyEvidence) decide() ReplyReading {
	if r, ok := ev.undecided(); ok {
		return r
	}
	if len(ev.strongAccept) > 0 || len(ev.weakAccept) > 0 && len(ev.weakAccept)+len(ev.ack) >= weakCuesToDecide {
		return ev.acceptance()
	}
	if len(ev.bareYes) > 0 && len(ev.strongDecline)+len(ev.weakDecline) == 0 {
		if len(ev.looseCondition) > 0 {
			return unclear("conditional: %s", ev.looseCondition[0])
		}
		return ev.acceptance()
	}
	if len(ev.strongDecline) > 0 || len(ev.weakDecline) >= weakCuesToDecide {
		if q := first(ev.priceQuestion, ev.otherQuestion); q != "" && !onlyEchoes(ev.priceQuestion, ev.otherQuestion) {
			return unclear("question back: %s", q)
		}
		cues := append(append([]string{}, ev.strongDecline...), ev.weakDecline...)
		return ReplyReading{Decision: Declined, Reason: strings.Join(cues, ", ")}
	}
	if q := first(ev.priceQuestion, ev.otherQuestion); q != "" {
		return unclear("question back: %s", q)
	}
	if ev.otherDoerOnly() {
		// "No problem, our office junior can do it": with no yes, the
		// work going to someone else is the answer, the courtesy only
		// softens it.
		return ReplyReading{Decision: Declined, Reason: strings.Join(append(ev.weakDecline, ev.ack...), ", ")}
	}
	if c := first(ev.weakAccept, ev.ack, ev.weakDecline); c != "" {
		return unclear("only a weak cue: %s", c)
	}
	return ReplyReading{Decision: Unclear, Reason: noAnswerReason, noCue: true}
}

// noAnswerReason: the reply's text holds no cue either way.
const noAnswerReason = "no answer to the quote found"

// otherDoerOnly: the reply's one cue against the quote gives the work to
// someone else ("my brother will do it"), a courtesy softens it ("no
// problem, …") and nothing says yes. Without the courtesy the cue stays
// weak: "they'll do it" may name the firm's own people.
func (ev *replyEvidence) otherDoerOnly() bool {
	return len(ev.weakDecline) == 1 && strings.HasPrefix(ev.weakDecline[0], otherDoerCue) && len(ev.ack) > 0 &&
		len(ev.strongAccept)+len(ev.weakAccept)+len(ev.bareYes) == 0
}

func unclear(format string, args ...any) ReplyReading {
	return ReplyReading{Decision: Unclear, Reason: fmt.Sprintf(format, args...)}
}

// undecided reports the evidence that leaves a reply unclear whatever
// its cues say: a condition, a counter-offer, cues both ways, a hedge.
func (ev *replyEvidence) undecided() (ReplyReading, bool) {
	yes := len(ev.strongAccept) + len(ev.weakAccept)
	no := len(ev.strongDecline) + len(ev.weakDecline)
	switch {
	case len(ev.conditional) > 0 && !(ev.plainNo && !ev.condYes && yes+len(ev.bareYes) == 0):
		// "If the refund is only $300, it's not worth it. We'll leave
		// it as it is." declines: the condition only gives the reason for
		// a no, and a no is said without one too.
		return unclear("conditional: %s", ev.conditional[0]), true
	case len(ev.counter) > 0:
		return unclear("counter-offer: %s", ev.counter[0]), true
	case yes > 0 && no > 0:
		return unclear("mixed: %s, but %s", first(ev.strongAccept, ev.weakAccept), first(ev.strongDecline, ev.weakDecline)), true
	case len(ev.namedNo) > 0 && len(ev.namedPart) > 0 || len(ev.partDecline) > 0:
		return ev.partNo(yes), true
	case len(ev.hedge) > 0:
		return unclear("not decided: %s", ev.hedge[0]), true
	case len(ev.contact) > 0 && len(ev.strongDecline) == 0:
		return unclear("not decided: %s", ev.contact[0]), true
	}
	return ReplyReading{}, false
}

// partNo reads a reply that says no to a part of the work (yes: its
// go-ahead cues): mixed after a yes or a part chosen ("Only the first
// part, please - skip the forecast"), else a no to that part alone.
func (ev *replyEvidence) partNo(yes int) ReplyReading {
	if r, ok := ev.restDeclined(yes); ok && len(ev.partDecline) > 0 {
		return r
	}
	switch {
	case len(ev.namedNo) > 0 && len(ev.namedPart) > 0:
		return unclear("mixed: %s, but no to part: %s", ev.namedPart[0], ev.namedNo[0])
	case yes+len(ev.ack)+len(ev.bareYes) > 0:
		return unclear("mixed: %s, but no to part: %s", first(ev.strongAccept, ev.weakAccept, ev.ack, ev.bareYes), ev.partDecline[0])
	}
	return unclear("no to part of the work: %s", ev.partDecline[0])
}

// acceptance reads a reply with enough go-ahead cues: accepted, unless
// it narrows the work, names an amount or asks back.
func (ev *replyEvidence) acceptance() ReplyReading {
	switch {
	case len(ev.partial) > 0:
		return unclear("part of the work only: %s", ev.partial[0])
	case len(ev.amount) > 0:
		return unclear("names an amount: %s", ev.amount[0])
	case len(ev.priceQuestion) > 0:
		return unclear("question back: %s", ev.priceQuestion[0])
	case len(ev.otherQuestion) > 0 && len(ev.strongAccept) == 0:
		return unclear("question back: %s", ev.otherQuestion[0])
	}
	cues := append(append([]string{}, ev.strongAccept...), ev.weakAccept...)
	if len(cues) == 0 {
		cues = ev.bareYes // "Sure.": the word is no accept cue elsewhere
	}
	return ReplyReading{Decision: Accepted, Reason: strings.Join(cues, ", ")}
}

func first(lists ...[]string) string {
	for _, l := range lists {
		if len(l) > 0 {
			return l[0]
		}
	}
	return ""
}

// replyLexicons are the reply cue lists (the registry's replyCueLists
// with a firm's [triage.words] additions), compiled.
type replyLexicons struct {
	weakAccept, ack, positiveIdioms, neutralIdioms, weakDecline, selfWork *lexicon
	// agreeingIdioms are also among positiveIdioms (one pass finds
	// both); agreeing holds them as the cue strings the pass gives.
	agreeingIdioms                                                        *lexicon
	agreeing                                                              *wordSet
	contact, partial, counter, conditions, softeners, price               *lexicon
	negators, modals, bareYes, bareNo, cancelVerbs, retractions, contrast *wordSet
	commission, anaphora, chosen                                          *wordSet
	newWork, goAheadOffers, startQuestions, timingQuestions               *lexicon
	selfSubjects, selfWorkVerbs, thirdPronouns, thirdFuture               *wordSet
	doerAux, doerFuture, doerVerbs, courtesies                            *wordSet
	leadIns, notQuestion, relatives, bareNoFollowers, secondPerson        *wordSet
	thirdParties                                                          *lexicon
	// conditions holds the Conditions, then the Postpone phrases, then
	// the Overrides, found in one pass over a clause: nConditions and
	// nPostpone say where each list starts.
	laterTimes, startNeeds, startTimes, deferTimes        *lexicon
	startWaits                                            *wordSet
	nConditions, nPostpone                                int
	wholeObjects, recipients, agreementTails, numberWords *wordSet
	conclusives                                           *wordSet
	anaphoricSubjects, tagAux, tagPronouns, requestModals *wordSet
	selfFuture, askVerbs, agreementLinks                  *wordSet
	// particles are the word pairs in which a contrast word is a
	// particle ("laat maar"), not "but".
	particles map[[2]string]bool
	// selfOpens marks the bytes a SelfSubjects word may open with, nil
	// when one opens with other than an ASCII letter.
	selfOpens                  *[256]bool
	partObjects, billingAsides *lexicon
	agreeEmoji, disagreeEmoji  []string
	interjections              *wordSet
	// The word classes of replies7 (see replyCueLists).
	noticeVerbs, overruns, concessions, emphaticYes, otherMatters *lexicon
	reopeners                                                     *lexicon
	perfectAux, perfectAdverbs, particleWords, replacements       *wordSet
	declineTails                                                  *wordSet
	// The word classes of replies8 (see replyCueLists).
	startIdioms                                       *lexicon
	partSelectors, wholeNouns, startVerbs, startPreps *wordSet
	// wishOpeners: see replyCueLists.WishOpeners.
	wishOpeners *wordSet
	// wishComparatives: see replyCueLists.WishComparatives.
	wishComparatives *lexicon
	// The word classes of replies9 (see replyCueLists).
	refusalIdioms                                                  *lexicon
	offerNouns, refusalGlue, openingWords, hourWords, consequences *wordSet
	handOnVerbs, handOnDirections                                  *wordSet
	closingThanks, closingThanksTail                               *wordSet
	receipts, understood                                           *lexicon
	paidVerbs, counterfactuals, wishVerbs                          *wordSet
	// numerals are the NumberWords of one word ("two"; not "a few").
	numerals  *wordSet
	disbelief *lexicon
	// contractions maps a contraction written without its apostrophe to
	// the spelling the cue lists use: "cant" → "can't".
	contractions map[string]string
	// money finds an amount of money, hours a limit in hours.
	money, hours *regexp.Regexp
	// hourUnits are hours' units, for the test before running hours.
	hourUnits unitSet
	// capHours finds a number of hours in a go-ahead's cap ("under 4
	// hours", "two hours max"); counting are the CountingWords.
	capHours *regexp.Regexp
	counting []string
	// currencyOpens marks the bytes a currency word may open with, any
	// case; nil when one opens with other than an ASCII letter (then
	// money always runs).
	currencyOpens *[256]bool
}

// withPlurals is list with each phrase's plural beside it ("developer",
// "developers"; "secretary", "secretaries"): "one of our developers has
// offered to take it on" names a third party as "my developer" does.
func withPlurals(list []string) []string {
	out := make([]string, 0, 2*len(list))
	for _, p := range list {
		out = append(out, p)
		switch {
		case strings.HasSuffix(p, "s"):
		case strings.HasSuffix(p, "y") && len(p) > 1 && !strings.ContainsRune("aeiou", rune(p[len(p)-2])):
			out = append(out, p[:len(p)-1]+"ies")
		default:
			out = append(out, p+"s")
		}
	}
	return out
}

// setOf is the set of the words of list.
func setOf(list []string) *wordSet { return set(strings.Join(list, " ")) }

// replyLex is the built-in reply lexicon, compiled once after every
// language has registered its cues.
var replyLex = sync.OnceValue(func() *replyLexicons { return newReplyLexicons(builtin().Reply) })

// withConfig returns c with the reply lists a firm may extend from
// [triage.words] extended by w's, and whether w had any.
func (c replyCueLists) withConfig(w Words) (replyCueLists, bool) {
	for _, l := range []struct{ to, add *[]string }{
		{&c.WeakAccept, &w.WeakAccept}, {&c.WeakDecline, &w.WeakDecline}, {&c.SelfWork, &w.SelfWork},
		{&c.Contact, &w.Deferrals}, {&c.Partial, &w.Partial}, {&c.Counter, &w.CounterOffers},
		{&c.ThirdParties, &w.ThirdParties},
	} {
		*l.to = concat(*l.to, *l.add)
	}
	return c, len(w.WeakAccept)+len(w.WeakDecline)+len(w.SelfWork)+len(w.Deferrals)+len(w.Partial)+
		len(w.CounterOffers)+len(w.ThirdParties) > 0
}

// replyLexiconsFor is the reply lexicon of an engine configured with
// words: the shared built-in one unless the firm adds reply words.
func replyLexiconsFor(words Words) *replyLexicons {
	c, extended := builtin().Reply.withConfig(words)
	if !extended {
		return replyLex()
	}
	return newReplyLexicons(c)
}

// replyCues is e's reply lexicon (the built-in one for an engine not
// made by New).
func (e *Engine) replyCues() *replyLexicons {
	if e.reply != nil {
		return e.reply
	}
	return replyLex()
}

func newReplyLexicons(c replyCueLists) *replyLexicons {
	rl := &replyLexicons{
		weakAccept: newLexicon(c.WeakAccept), ack: newLexicon(c.Ack),
		positiveIdioms: newLexicon(concat(c.PositiveIdioms, c.AgreeingIdioms)), agreeingIdioms: newLexicon(c.AgreeingIdioms), neutralIdioms: newLexicon(c.NeutralIdioms),
		weakDecline: newLexicon(concat(c.SelfWork, c.WeakDecline)), selfWork: newLexicon(c.SelfWork), contact: newLexicon(c.Contact), partial: newLexicon(c.Partial),
		counter: newLexicon(c.Counter), conditions: newLexicon(concat(concat(c.Conditions, c.Postpone), c.Overrides)), softeners: newLexicon(c.Softeners),
		price: newLexicon(c.PriceWords), negators: setOf(c.Negators), modals: setOf(c.Modals),
		bareYes: setOf(c.BareYes), bareNo: setOf(c.BareNo), cancelVerbs: setOf(c.CancelVerbs), contrast: setOf(c.Contrast),
		commission: setOf(c.Commission), anaphora: setOf(c.Anaphora), chosen: setOf(c.ChosenObjects),
		retractions: setOf(c.Retractions), newWork: newLexicon(c.NewWork), goAheadOffers: newLexicon(c.GoAheadOffers),
		startQuestions: newLexicon(c.StartQuestions), timingQuestions: newLexicon(c.TimingQuestions),
		selfSubjects: setOf(c.SelfSubjects), selfWorkVerbs: setOf(c.SelfWorkVerbs),
		thirdPronouns: setOf(c.ThirdPronouns), thirdFuture: setOf(c.ThirdFuturePronouns),
		doerAux: setOf(c.DoerAux), doerFuture: setOf(c.DoerFuture), doerVerbs: setOf(concat(c.DoerVerbs, c.Commission)),
		courtesies: setOf(c.Courtesies), thirdParties: newLexicon(withPlurals(c.ThirdParties)),
		leadIns: setOf(c.LeadIns), notQuestion: setOf(c.NotQuestionOpeners), relatives: setOf(c.Relatives),
		bareNoFollowers: setOf(c.BareNoFollowers), secondPerson: setOf(c.SecondPerson), contractions: map[string]string{},
		nConditions: len(c.Conditions), nPostpone: len(c.Postpone), laterTimes: newLexicon(c.LaterTimes),
		startNeeds: newLexicon(c.StartNeeds), startTimes: newLexicon(c.StartTimes), deferTimes: newLexicon(c.DeferTimes), startWaits: setOf(c.StartWaits), wholeObjects: setOf(c.WholeObjects), recipients: setOf(c.Recipients),
		agreementTails: setOf(c.AgreementTails), conclusives: setOf(c.Conclusives), agreementLinks: setOf(c.AgreementLinks), numberWords: setOf(c.NumberWords),
		anaphoricSubjects: setOf(c.AnaphoricSubjects), tagAux: setOf(c.TagAux), tagPronouns: setOf(c.TagPronouns),
		requestModals: setOf(c.RequestModals), selfFuture: setOf(c.SelfFuture), askVerbs: setOf(c.AskVerbs),
		partObjects: newLexicon(c.PartObjects), billingAsides: newLexicon(c.BillingAsides), agreeEmoji: c.AgreeEmoji, disagreeEmoji: c.DisagreeEmoji,
		interjections: setOf(c.Interjections), disbelief: newLexicon(c.Disbelief),
		noticeVerbs: newLexicon(c.NoticeVerbs), overruns: newLexicon(c.Overruns), concessions: newLexicon(c.Concessions),
		emphaticYes: newLexicon(c.EmphaticYes), otherMatters: newLexicon(c.OtherMatters), reopeners: newLexicon(c.Reopeners),
		perfectAux: setOf(c.PerfectAux), perfectAdverbs: setOf(c.PerfectAdverbs), particleWords: setOf(c.Particles),
		replacements: setOf(c.Replacements), declineTails: setOf(c.DeclineTails),
		startIdioms: newLexicon(c.StartIdioms), partSelectors: setOf(c.PartSelectors), wholeNouns: setOf(c.WholeNouns),
		startVerbs: setOf(c.StartVerbs), startPreps: setOf(c.StartPreps), wishOpeners: setOf(c.WishOpeners), wishComparatives: newLexicon(c.WishComparatives),
		refusalIdioms: newLexicon(c.RefusalIdioms), offerNouns: setOf(c.OfferNouns), refusalGlue: setOf(c.RefusalGlue),
		openingWords: setOf(c.OpeningWords), hourWords: setOf(c.HourUnits), consequences: setOf(c.Consequences),
		handOnVerbs: setOf(c.HandOnVerbs), handOnDirections: setOf(c.HandOnDirections),
		closingThanks: setOf(c.ClosingThanks), closingThanksTail: setOf(c.ClosingThanksTail), receipts: newLexicon(c.Receipts), understood: newLexicon(c.Understood), paidVerbs: setOf(c.PaidVerbs), counterfactuals: setOf(c.Counterfactuals), wishVerbs: setOf(c.WishVerbs),
		money: regexp.MustCompile(`(?i)[$£€¥]\s?\d|\d\s?[$£€¥]|\b\d[\d,.]*\s?(` + alternation(c.CurrencyWords) + `)\b`),
		hours: regexp.MustCompile(`(?i)\b(` + alternation(c.LimitWords) + `)\s+(\d+([.,]\d+)?|` + alternation(c.NumberWords) +
			`)\s+(` + alternation(c.HourUnits) + `)\b|\b(\d+([.,]\d+)?|` + alternation(c.NumberWords) + `)\s+(` +
			alternation(c.HourUnits) + `)\s+(` + alternation(c.TrailingLimitWords) + `)\b`),
		hourUnits: newUnitSet(c.HourUnits), currencyOpens: letterOpens(c.CurrencyWords),
		capHours: regexp.MustCompile(`(?i)\b(\d+(?:[.,]\d+)?|an?|` + alternation(c.CountingWords) + `)\s+(` + alternation(c.HourUnits) + `)\b`),
		counting: c.CountingWords,
	}
	for _, pair := range c.Apostropheless {
		if short, full, ok := strings.Cut(pair, "="); ok {
			rl.contractions[short] = full
		}
	}
	rl.selfOpens = letterOpens(c.SelfSubjects)
	rl.numerals = &wordSet{}
	for _, w := range c.NumberWords {
		if !strings.Contains(w, " ") {
			rl.numerals.add(w)
		}
	}
	rl.agreeing = &wordSet{}
	for _, p := range c.AgreeingIdioms {
		rl.agreeing.add(strings.Join(words(p), " "))
	}
	rl.particles = map[[2]string]bool{}
	for _, p := range c.ContrastParticles {
		if a, b, ok := strings.Cut(p, " "); ok {
			rl.particles[[2]string{a, b}] = true
		}
	}
	for _, w := range c.SlipTolerant {
		for _, slip := range slips(w) {
			if _, taken := rl.contractions[slip]; !taken {
				rl.contractions[slip] = w
			}
		}
	}
	return rl
}

// slips returns w typed with one slip of the finger: two neighbouring
// letters after the first swapped, or one inner letter dropped or doubled
// ("ahaed", "ahed", "proceeed"). The first letter is kept: a word is
// rarely mistyped there, and "head" is a word of its own.
func slips(w string) []string {
	var out []string
	for i := 1; i+1 < len(w); i++ {
		if w[i] != w[i+1] {
			out = append(out, w[:i]+string(w[i+1])+string(w[i])+w[i+2:])
		}
		out = append(out, w[:i]+w[i+1:], w[:i+1]+w[i:])
	}
	return slices.DeleteFunc(out, func(s string) bool { return s == w })
}

// alternation is a regular expression alternation of the literal words,
// longest first so that a longer word is preferred where both match.
func alternation(ws []string) string {
	q := make([]string, len(ws))
	for i, w := range ws {
		q[i] = regexp.QuoteMeta(w)
	}
	slices.SortStableFunc(q, func(a, b string) int { return len(b) - len(a) })
	return strings.Join(q, "|")
}

// Money in the client's words: "$300", "£1,200", "450 €", "300 dollars",
// "2k"; and hours offered as a limit ("for 4 hours", "no more than two
// hours"). Built from the registry's lists on first use.
var (
	moneyRe = lazyRegexp(func() *regexp.Regexp { return replyLex().money })
	hoursRe = lazyRegexp(func() *regexp.Regexp { return replyLex().hours })
)

// lazyRegexp is a regular expression built on first use, after the
// registry is complete.
type lazyRegexp func() *regexp.Regexp

func (l lazyRegexp) FindString(s string) string { return l().FindString(s) }
func (l lazyRegexp) MatchString(s string) bool  { return l().MatchString(s) }

// readSentence adds one sentence's cues to ev.
func (e *Engine) readSentence(s string, ev *replyEvidence, rs *replyScratch) {
	ws, parts := sentenceWordsInto(s, rs.ws[:0], rs.parts[:0])
	rl := e.replyCues()
	unaccentedYes(ws, parts)
	parts = closingThanksPart(ws, parts, rl)
	rs.ws, rs.parts = ws, parts // the next sentence reuses the memory
	if signAnswer(s, ws, rl, ev) || len(ws) == 0 {
		return
	}
	if off := questionTail(s, ws, parts, rl); off > 0 {
		// "Please go ahead, and could you copy Karen in?": the statement
		// answers, the question after it is read as a question.
		e.readSentence(s[:off], ev, rs)
		e.readSentence(s[off:], ev, rs)
		return
	}
	question := lastPunct(s) == '?' || replyInterrogative(ws, rl) && !subjectDropped(ws, rl)
	if _, ok := e.lex.pleasantries.hasAt(ws, 0); ok {
		question = false // "How are you?" asks nothing back
	}

	// Cues of this sentence, before deciding what the sentence is.
	sv := &rs.sv
	sv.reset()
	conditional := e.readClauses(ws, parts, rl, rs)
	if conditional == "" {
		conditional = sendFirst(ws, rl)
	}
	if contingentComeBack(ws, parts, rl, sv, conditional) {
		// "Let's park it - I'll come back to you if it gets urgent":
		// the condition is on a later contact, the no stands now.
		conditional = ""
	}
	sv.dropAnsweredNo(ws, rl)
	sv.dropNoToFact(ws, parts, rl)
	sv.dropYesToReceipt(ws, parts, rl)
	sv.dropYesToAnswer(ws, rl)
	money := priceNamed(s, ws, rl)
	hasCue := len(sv.strongAccept)+len(sv.weakAccept)+len(sv.strongDecline)+len(sv.weakDecline) > 0

	if question && !requestForWork(s, ws, rl, e.lex.accept, sv, money) {
		readQuestion(s, ws, parts, rl, sv, ev, money, conditional, hasCue)
		return
	}
	if sv.override {
		// "Yes, go ahead. P.S. Ignore that, …": the earlier answer is
		// taken back; what follows decides.
		ev.reset()
	}
	if ev.takeCap(s, ws, rl, sv, money) || ev.takeMoneyCap(s, ws, rl, sv, money) {
		money = "" // the cap is kept apart: see verdict
		conditional = capCondition(conditional)
	}
	sv.statementShapes(s, ws, parts, rl)
	ev.addStatement(ws, rl, sv, conditional, money, hasCue)
}

// priceNamed returns the amount sentence s names as a price: "" for
// money the client has paid ("I've just paid the $420, crack on") or the
// quote's own figures restated ("go ahead with the 2 hours at $250").
func priceNamed(s string, ws []string, rl *replyLexicons) string {
	money := amountIn(s)
	if money != "" && (paidAmount(ws, rl) || echoedAmount(ws, rl)) {
		return ""
	}
	return money
}

// precondition reports a condition that puts a step before the work
// ("send me … first"), as against one on an outcome ("if it's under two
// hours") or a deadline ("can you finish before you go away?").
func precondition(cond string) bool {
	return strings.HasSuffix(cond, " first") || strings.HasSuffix(cond, " beforehand") || strings.HasSuffix(cond, " in advance")
}

// maxPaidGap bounds the words between a verb of paying and the amount
// paid ("paid you the $420", "transferred the full 300 €").
const maxPaidGap = 3

// paidAmount reports a sentence that says the client has paid an amount:
// a PaidVerbs word after a first-person perfect ("I've", "we have", "I
// just", past "already" or "just"), with no negator before it, and a
// number within maxPaidGap words after it and none elsewhere. "I paid $400 last time"
// compares, "I haven't paid the $400" has not paid: neither counts.
func paidAmount(ws []string, rl *replyLexicons) bool {
	for i, w := range ws {
		if !rl.paidVerbs.has(w) || !numberWithin(ws[i+1:], maxPaidGap) || numberWithin(ws[:i], i) ||
			numberWithin(ws[min(i+2+maxPaidGap, len(ws)):], len(ws)) ||
			slices.ContainsFunc(ws[:i], func(w string) bool { return rl.negators.has(w) }) {
			// Another number in the sentence may be the price named.
			continue
		}
		if selfPerfectBefore(ws, i, rl) {
			return true
		}
	}
	return false
}

// selfPerfectBefore reports a first-person perfect before the verb at
// ws[i], past adverbs such as "already" and "just": "I've", "we have",
// or a bare "I" with an adverb between ("I just paid").
func selfPerfectBefore(ws []string, i int, rl *replyLexicons) bool {
	j := i
	for j > 0 && rl.perfectAdverbs.has(ws[j-1]) {
		j--
	}
	if j == 0 {
		return false
	}
	prev := ws[j-1]
	return rl.perfectAux.has(prev) && rl.selfSubjects.has(prev) || // "I've paid"
		prev == "have" && j > 1 && rl.selfSubjects.has(ws[j-2]) || // "we have paid"
		j < i && rl.selfSubjects.has(prev) // "I just paid"
}

// numberWithin reports a word holding a digit among the first n+1 of ws.
func numberWithin(ws []string, n int) bool {
	return slices.ContainsFunc(ws[:min(n+1, len(ws))], func(w string) bool { return strings.ContainsAny(w, "0123456789") })
}

// closingThanksPart returns parts with a part opened where a run of
// ClosingThanks closes the sentence ("nah we're good ta"), as if a comma
// stood before it: the answer before the thanks ends its clause. Not
// after a negator or a bare no ("nah thanks" is one refusal), nor when
// the thanks open the sentence or a part already.
func closingThanksPart(ws []string, parts []int, rl *replyLexicons) []int {
	i := len(ws) - 1
	for i > 0 && rl.closingThanksTail.has(ws[i]) && !rl.closingThanks.has(ws[i]) {
		i--
	}
	if i < 2 || !rl.closingThanks.has(ws[i]) || rl.negators.has(ws[i-1]) || rl.bareNo.has(ws[i-1]) {
		return parts
	}
	if len(parts) > 0 && parts[len(parts)-1] >= i {
		return parts
	}
	return append(parts, i)
}

// dropYesToReceipt drops the yes of a sentence that opens with a word of
// yes (and courtesies) said of a receipt in its next part ("Yes, I got
// the invoice", "Yep - the file arrived"): the yes answers whether
// something came, not the quote. Other cues of the sentence stand.
func (sv *replyEvidence) dropYesToReceipt(ws []string, parts []int, rl *replyLexicons) {
	if len(parts) == 0 || !rl.bareYes.has(ws[0]) {
		return
	}
	for _, w := range ws[1:parts[0]] {
		if !rl.courtesies.has(w) && !rl.bareYes.has(w) {
			return
		}
	}
	if _, ok := rl.receipts.hasAt(ws, parts[0]); !ok {
		return
	}
	yes := func(c string) bool { return c == ws[0] }
	sv.weakAccept = slices.DeleteFunc(sv.weakAccept, yes)
	sv.ack = slices.DeleteFunc(sv.ack, yes)
}

// statementShapes adds the cues of a statement's shape as a whole: a
// bare yes, a yes with a start time, a polite refusal's opener.
func (sv *replyEvidence) statementShapes(s string, ws []string, parts []int, rl *replyLexicons) {
	if thanksBut(ws, rl) && len(sv.strongAccept)+len(sv.weakAccept) == 0 {
		// "Thanks Grace, but that's more than I was expecting.": the
		// polite opener of a refusal leans to no.
		addCue(&sv.weakDecline, "thanks, but")
	}
	if bareYes(ws, rl) || bareYesToName(s, ws, rl) || bareAgreement(ws, parts, rl) {
		addCue(&sv.bareYes, ws[0])
	} else if orderReferenceOnly(ws, rl) {
		addCue(&sv.bareYes, "order reference")
	} else if yesWithStartTime(ws, parts, rl) {
		addCue(&sv.weakAccept, "yes with a start time")
	} else if yesThenInstruction(s, ws, parts, rl) {
		addCue(&sv.weakAccept, "yes with an instruction")
	} else if yesThenNeed(s, ws, parts, rl) {
		addCue(&sv.weakAccept, "yes with a need")
	}
}

// thanksBut reports a sentence that opens with thanks and turns at a
// contrast word within maxThanksBut words ("Thanks, but…", "Thank you for
// the quote, but…"), with no negator before the turn.
func thanksBut(ws []string, rl *replyLexicons) bool {
	if !thanksWords.has(ws[0]) {
		return false
	}
	for i := 1; i < len(ws)-1 && i <= maxThanksBut; i++ {
		switch {
		case rl.negators.has(ws[i]):
			return false
		case rl.contrast.has(ws[i]) && !rl.particles[[2]string{ws[i-1], ws[i]}]:
			return true
		}
	}
	return false
}

// questionTail returns where the question starts in a question-marked
// sentence that opens with a statement ("Perfect, please go ahead, and
// could you send it to Karen too?"), or 0: its first part asks nothing
// and a later part, past "and", "so" or "also", opens like a question;
// the statement is no new-work marker ("Also, could you …?").
func questionTail(s string, ws []string, parts []int, rl *replyLexicons) int {
	if len(parts) == 0 || lastPunct(s) != '?' || replyInterrogative(ws[:parts[0]], rl) {
		return 0
	}
	at := -1
	for _, p := range parts {
		q := p
		for q < len(ws)-1 && leadMarkers.has(ws[q]) {
			q++
		}
		if replyInterrogative(ws[q:], rl) {
			at = p
			break
		}
	}
	if at < 0 || rl.newWork.has(ws[:at]) || rl.otherMatters.has(ws[:at]) {
		// "Also, could you …?", "While I have you - did you …?": the
		// marker belongs to the question
		return 0
	}
	off, n := 0, 0
	scanWordsUntil(s, func(start, _ int) bool {
		off = start
		n++
		return n <= at
	})
	return off
}

// subjectDropped reports a statement that only opens like a question
// because its subject was dropped, as quick mail does ("Will be in touch
// in the spring.", "Would be great to get it done."): it opens with an
// auxiliary followed by neither a pronoun, a determiner nor the reader.
// Only for a sentence without a question mark. "Had a chat with my
// partner", "Had the boiler checked" drop their "I" or "we" before a
// determiner too: "had" opens a question only in the written past
// perfect ("Had you…").
func subjectDropped(ws []string, rl *replyLexicons) bool {
	return len(ws) > 1 && (rl.tagAux.has(ws[0]) && !pronWords.has(ws[1]) && !detWords.has(ws[1]) && !rl.secondPerson.has(ws[1]) ||
		ws[0] == "had" && detWords.has(ws[1]))
}

// requestForWork reports a go-ahead put as a question that asks for the
// work and narrows nothing (no part, amount, counter-offer, hedge or
// no): a polite request that is only the go-ahead ("Could you please go
// ahead?", "Can you proceed next week?"), or a sentence without a
// question mark that only opens like a question ("Is goed, ga je
// gang."). "Could you do it in two stages?" asks about the work.
func requestForWork(s string, ws []string, rl *replyLexicons, accept *lexicon, sv *replyEvidence, money string) bool {
	if len(sv.strongAccept) == 0 || money != "" || len(sv.partial)+len(sv.counter)+len(sv.hedge)+len(sv.strongDecline)+len(sv.weakDecline) > 0 {
		return false
	}
	if len(ws) < 3 || !rl.requestModals.has(ws[0]) || !rl.secondPerson.has(ws[1]) {
		return lastPunct(s) != '?'
	}
	i := 2
	for i < len(ws)-1 && rl.leadIns.has(ws[i]) {
		i++ // "could you please just …"
	}
	end, ok := accept.hasAt(ws, i)
	return ok && onlyTimeOrThanks(ws[end:], rl)
}

// onlyTimeOrThanks reports words that only say when ("next week") or
// thank, if anything.
func onlyTimeOrThanks(rest []string, rl *replyLexicons) bool {
	covered := make([]bool, len(rest))
	rl.startTimes.find(rest, func(_, start, end int) bool {
		for i := start; i < end; i++ {
			covered[i] = true
		}
		return true
	})
	for i, w := range rest {
		if !covered[i] && !rl.courtesies.has(w) && !rl.leadIns.has(w) {
			return false
		}
	}
	return true
}

// tagQuestion reports a statement closed by a tag ("I can hardly say no,
// can I?", "it's a fair price, isn't it?"): its last part is only an
// auxiliary and a pronoun. The question mark asks nothing back.
func tagQuestion(ws []string, parts []int, rl *replyLexicons) bool {
	if len(parts) == 0 {
		return false
	}
	last := parts[len(parts)-1]
	return len(ws)-last == 2 && rl.tagAux.has(ws[last]) && rl.tagPronouns.has(ws[last+1])
}

// readQuestion adds a question of the reply, ws (parts as sentenceWords
// returns them) with the cues sv, to ev.
func readQuestion(s string, ws []string, parts []int, rl *replyLexicons, sv, ev *replyEvidence, money, conditional string, hasCue bool) {
	if exasperated(s, ws) || echoedPrice(s, ws, parts, rl) || tagQuestion(ws, parts, rl) {
		return // "£90 for one letter??" vents; the answer is elsewhere
	}
	if disbeliefQuestion(ws, rl) || aside(ws, rl, sv, money) {
		return // "Can you invoice it to the company?", "Also, could you check the rota?"
	}
	if cue, ok := startQuestion(ws, rl, money); ok {
		addCue(&ev.weakAccept, cue)
		return
	}
	if cue, ok := startNeed(ws, rl, money); ok {
		addCue(&ev.weakAccept, cue)
		return
	}
	if precondition(conditional) {
		// "Happy to go ahead. Can you send me a breakdown first?": the
		// go-ahead waits on the answer, as the statement would.
		addCue(&ev.hedge, conditional)
		return
	}
	if cue, ok := presumedGo(ws, rl, money); ok {
		addCue(&ev.weakAccept, cue)
		return
	}
	if conditional == "" && !hasCue && money == "" && laterAsk(ws, rl, sv, ev) {
		return // "No thanks. … Is your office open on Saturdays?"
	}
	questionBack(s, ws, rl, sv, ev, hasCue || money != "")
}

// laterAsk reports a question in a paragraph after the one with a clear
// no, which asks something new ("We've decided not to go ahead." … "When
// do the evening classes start?"): no yes so far, and the question names
// the work by no pronoun, no price or hours, and nothing that keeps the
// quote open (a Reopeners word: talking it over, another option or
// time). It is an ask to answer, not a question back that leaves the no
// in doubt. A question right after the no, in its paragraph ("No thanks.
// Did you get my payment?"), stays a question back.
func laterAsk(ws []string, rl *replyLexicons, sv, ev *replyEvidence) bool {
	if len(ev.strongDecline) == 0 || ev.noPara == 0 || ev.para < ev.noPara || len(ev.strongAccept)+len(ev.weakAccept)+len(ev.bareYes) > 0 ||
		len(sv.hedge)+len(sv.counter)+len(sv.partial)+len(sv.ack) > 0 {
		return false
	}
	if rl.price.has(ws) || rl.reopeners.has(ws) || slices.ContainsFunc(ws, func(w string) bool {
		return rl.anaphora.has(w) || rl.hourUnits.mentioned(w)
	}) {
		return false
	}
	return true
}

// echoedPrice reports a question that only repeats the price back ("$400
// to change a font?", "Three hours for that?"): it opens with the amount,
// asks nothing of the reader (no "you", no interrogative opener) and is
// disbelief or a check, not a question the answer waits on.
func echoedPrice(s string, ws []string, parts []int, rl *replyLexicons) bool {
	t := strings.TrimSpace(s)
	r, _ := utf8.DecodeRuneInString(t)
	opensWithAmount := strings.ContainsRune("$£€¥", r) || unicode.IsDigit(r) || rl.numberWords.has(ws[0])
	if !opensWithAmount || amountIn(t) == "" && !rl.price.has(ws) && !slices.ContainsFunc(ws, func(w string) bool { return rl.hourUnits.mentioned(w) }) {
		return false
	}
	if slices.ContainsFunc(ws, func(w string) bool { return rl.secondPerson.has(w) }) || replyInterrogative(ws, rl) {
		return false
	}
	// "$300 - is that per hour?": a clause after the amount asks.
	return !slices.ContainsFunc(parts, func(p int) bool { return replyInterrogative(ws[p:], rl) })
}

// aside reports a question that is no question back on the quote: how to
// bill the work ("Can you invoice it to our company rather than to me?"),
// or an ask for other work marked as more ("Also, while you're in there,
// could you check Sam's holiday pay?"), put to the reader and naming
// neither the quoted work (no "it", "that", …) nor an amount. Either
// leaves the answer to the rest of the reply. None may carry a
// counter-offer, a part of the work or a hedge, and only a question marked
// as another matter may carry a cue.
func aside(ws []string, rl *replyLexicons, sv *replyEvidence, money string) bool {
	if money != "" || len(sv.counter)+len(sv.partial)+len(sv.hedge) > 0 {
		return false
	}
	if otherMatter(ws, rl) {
		// Marked as another matter, its cue words are that matter's: "On
		// another note, did you get the signed engagement letter?"
		return true
	}
	if len(sv.strongAccept)+len(sv.strongDecline)+len(sv.weakDecline) > 0 {
		return false
	}
	// A weak yes the billing aside holds ("could you put our PO on it?":
	// the PO is a yes in passing) leaves it an aside; any other weak yes
	// makes the sentence an answer.
	if billingAside(ws, rl) {
		return true
	}
	if len(sv.weakAccept) > 0 {
		return false
	}
	return rl.newWork.has(ws) && slices.ContainsFunc(ws, func(w string) bool { return rl.secondPerson.has(w) }) &&
		!slices.ContainsFunc(ws, func(w string) bool { return rl.anaphora.has(w) })
}

// billingAside: ws asks how to bill the work ("invoice it to the
// company", "put our PO on it") and names no price outside the aside
// ("Can I pay by card?" asks nothing more; "…pay by card for 2 hours?"
// does).
func billingAside(ws []string, rl *replyLexicons) bool {
	billing := false
	rl.billingAsides.find(ws, func(_, start, end int) bool {
		billing = !rl.price.has(ws[:start]) && !rl.price.has(otherBill(afterPayee(ws[start:end], ws[end:])))
		return false
	})
	return billing
}

// maxOtherBillWords bounds the bill a billing aside names after "from"
// ("…separately from our usual monthly fees").
const maxOtherBillWords = 4

// otherBill returns the words after a billing aside without the other
// bill it names ("…separately from the monthly fee though?"): its price
// word names that bill, not this work's price. A clause joined after it
// ("…, and how much would that be?") is kept.
func otherBill(tail []string) []string {
	if len(tail) == 0 || tail[0] != "from" {
		return tail
	}
	k := 1
	for k < len(tail) && k <= maxOtherBillWords && !otherBillEnds.has(tail[k]) {
		k++
	}
	return tail[k:]
}

// otherBillEnds end the bill named after "from": a conjunction or a
// question word opens a clause of its own.
var otherBillEnds = set("and or but so how what is are does do will would")

// otherMatter reports a question about another matter ("While I have you,
// did you hear back from the council about our business rates?"): opened
// by a change of subject, put to the reader, and naming the quoted work by
// no pronoun outside the marker.
func otherMatter(ws []string, rl *replyLexicons) bool {
	found := false
	rl.otherMatters.find(ws, func(_, start, end int) bool {
		found = slices.ContainsFunc(ws[end:], func(w string) bool { return rl.secondPerson.has(w) }) &&
			!slices.ContainsFunc(ws[:start], func(w string) bool { return rl.anaphora.has(w) }) &&
			!slices.ContainsFunc(ws[end:], func(w string) bool { return rl.anaphora.has(w) })
		return false
	})
	return found
}

// startNeed reads "Is there anything you need from us before you begin?": a
// question about what the firm needs to start takes the go-ahead for
// granted, unless it also asks about the price.
func startNeed(ws []string, rl *replyLexicons, money string) (string, bool) {
	cue := ""
	rl.startNeeds.find(ws, func(_, start, end int) bool {
		cue = strings.Join(ws[start:end], " ")
		return false
	})
	// The price test runs only on the rare question that matched.
	if cue == "" || money != "" || rl.price.has(ws) {
		return "", false
	}
	return cue, true
}

// addStatement adds the cues sv of a sentence that asks nothing, ws, to
// ev: its condition, amount and deferrals with them.
func (ev *replyEvidence) addStatement(ws []string, rl *replyLexicons, sv *replyEvidence, conditional, money string, hasCue bool) {
	switch {
	case conditional != "" && (hasCue || money != "" || len(sv.ack) > 0):
		// "Fine, as long as…", "if you can do it for $300, go ahead",
		// "if it's on top I might skip it".
		addCue(&ev.conditional, conditional)
		// Only a clear no gives its reason in a condition.
		ev.condYes = ev.condYes || len(sv.strongAccept)+len(sv.weakAccept)+len(sv.ack) > 0 || len(sv.strongDecline) == 0
	case conditional != "":
		addCue(&ev.looseCondition, conditional)
	}
	if money != "" {
		addCue(&ev.amount, strings.TrimSpace(money))
	}
	if conditional == "" && len(sv.strongDecline)+len(sv.weakDecline) > 0 {
		ev.plainNo = true
	}
	ev.merge(sv)
	// A contingency ("if things change, I'll let you know") defers
	// nothing; without a condition it is a deferral.
	if conditional == "" {
		rl.contact.find(ws, func(_, start, end int) bool {
			addCue(&ev.contact, strings.Join(ws[start:end], " "))
			return true
		})
	}
}

// contingentComeBack reports whether a sentence that declines, with no
// yes in it, puts its condition only on coming back later, in a part of
// its own after the no ("We'll hold off - I'll let you know if that
// changes"): a contact cue, then the condition word in the same part.
func contingentComeBack(ws []string, parts []int, rl *replyLexicons, sv *replyEvidence, conditional string) bool {
	if conditional == "" || len(parts) == 0 || len(sv.strongDecline) == 0 ||
		len(sv.strongAccept)+len(sv.weakAccept)+len(sv.ack) > 0 {
		return false
	}
	cond := strings.Fields(conditional)[0]
	found := false
	rl.contact.find(ws, func(_, start, end int) bool {
		if start < parts[0] {
			return true // the no must come first, in an earlier part
		}
		stop := len(ws)
		if i, _ := slices.BinarySearch(parts, start+1); i < len(parts) {
			stop = parts[i]
		}
		found = slices.Contains(ws[end:stop], cond)
		return !found
	})
	return found
}

// dropAnsweredNo drops the bare "No" that opens a sentence with a
// go-ahead in it: "No, that's fine - go ahead" answers some other question
// ("anything else?") and agrees.
func (sv *replyEvidence) dropAnsweredNo(ws []string, rl *replyLexicons) {
	if len(sv.strongAccept) > 0 && rl.bareNo.has(ws[0]) {
		sv.strongDecline = slices.DeleteFunc(sv.strongDecline, func(c string) bool { return c == ws[0] })
	}
}

// startQuestion reads "So when can you start (on it)?", or when the
// reader can come ("How soon could you come out to see the shop?"): it
// takes the go-ahead for granted. A longer start question, or one about
// the price, asks something else too.
func startQuestion(ws []string, rl *replyLexicons, money string) (string, bool) {
	i := 0
	for i < len(ws)-1 && leadMarkers.has(ws[i]) {
		i++
	}
	end, ok := rl.startQuestions.hasAt(ws, i)
	long := len(ws)-end > maxStartQuestionTail
	if !ok || long {
		// "How soon could you come out to see the site?": when, of a
		// visit, however long.
		end, ok = rl.timingQuestions.hasAt(ws, i)
		long = false
	}
	if !ok || long || money != "" || rl.price.has(ws) {
		return "", false
	}
	return strings.Join(ws[i:end], " "), true
}

// maxStartQuestionTail is how many words may follow a start question
// ("…start on it next week?") before it asks something else too.
const maxStartQuestionTail = 3

// readClauses adds the cues of the clauses of a sentence's words ws
// (parts as sentenceWords returns them) to rs.sv and returns the first
// condition word.
func (e *Engine) readClauses(ws []string, parts []int, rl *replyLexicons, rs *replyScratch) (conditional string) {
	cls := clausesInto(rs.cls[:0], ws, parts, rl, &e.lex, &rs.turns)
	rs.cls = cls
	// rs's clause reader and per-word state serve every clause.
	c := &rs.c
	flags, negs := rs.grow(2*len(ws), len(ws)+len(cls))
	putOff := false
	wish := wishTail(ws, rl)
	var before replyCounts
	// "if it turns out worse, give me a call": a notice, read as none.
	cls, rs.turns = dropNoticePairs(cls, rs.turns, rl)
	for k, cl := range cls {
		if rs.turns[k] {
			before = rs.sv.counts()
		}
		n := len(cl)
		*c = clauseReader{ws: cl, rl: rl, ev: &rs.sv, used: flags[:n:n], idiom: flags[n : 2*n : 2*n], negs: negs[: n+1 : n+1], wish: wish, turn: rs.turns[k]}
		flags, negs = flags[2*n:], negs[n+1:]
		// After a put-off ("let's revisit it in March, once …") a
		// condition is on taking the work up again.
		if cond := e.readClause(c); cond != "" && conditional == "" && !putOff {
			if promisedCondition(cl) || k+1 < len(cls) && promisedCondition(cls[k+1]) {
				// The condition restates the firm's word: it agrees.
				addCue(&rs.sv.ack, "condition as promised")
			} else {
				conditional = cond
			}
		}
		putOff = putOff || c.putOff
		if rs.turns[k] && len(rs.sv.strongAccept)+len(rs.sv.weakAccept) > 0 {
			c.leftPart() // "Please do the survey, but leave the planting plan."
		}
		if rs.turns[k] && c.nConds == 0 && c.wholeNo() {
			rs.sv.concede(before, rl)
		}
	}
	return conditional
}

// wholeNo reports a clause whose no is said of the whole work: nothing
// after its last cue but a pronoun, a time or thanks ("…, but we can't
// justify it right now"), and no named object. "…, but no to the
// handbook", "…, although we won't need the extra day" say no to a part;
// "…, but don't bother sending it first" waives a step.
func (c *clauseReader) wholeNo() bool {
	last := -1
	for i, u := range c.used {
		if u {
			last = i
		}
	}
	return last >= 0 && !slices.ContainsFunc(c.ws, func(w string) bool { return namedObjectDets.has(w) }) &&
		!slices.ContainsFunc(c.ws[last+1:], func(w string) bool { return !c.rl.declineTails.has(w) })
}

// replyCounts are how many cues of each kind a sentence held before a
// clause.
type replyCounts struct{ strongAccept, weakAccept, ack, hedge, strongDecline int }

func (ev *replyEvidence) counts() replyCounts {
	return replyCounts{len(ev.strongAccept), len(ev.weakAccept), len(ev.ack), len(ev.hedge), len(ev.strongDecline)}
}

// concede reads a clear no after a contrast word ("Sounds great in
// principle, but we can't justify it right now"): the weak yes,
// acknowledgements and concessive hedges before the turn (before holds
// the counts there) only soften the no, which decides. A go-ahead before
// the turn, or a hedge that is no concession, leaves the sentence mixed.
func (ev *replyEvidence) concede(before replyCounts, rl *replyLexicons) {
	if len(ev.strongDecline) == before.strongDecline || before.strongAccept > 0 ||
		slices.ContainsFunc(ev.hedge[:before.hedge], func(h string) bool { return !rl.concessions.has(words(h)) }) {
		return
	}
	ev.weakAccept = slices.Delete(ev.weakAccept, 0, before.weakAccept)
	ev.ack = slices.Delete(ev.ack, 0, before.ack)
	ev.hedge = slices.Delete(ev.hedge, 0, before.hedge)
}

// amountIn returns the first amount of money in s, else the first limit
// in hours.
func amountIn(s string) string {
	// Each regular expression runs only where it can match: every amount
	// holds a digit, every limit in hours a unit (unitSet folds ASCII
	// only; the two letters that fold to ASCII ones, long s and the Kelvin
	// sign, let the expression decide when there is a number too).
	digits := strings.ContainsAny(s, "0123456789")
	if digits && replyLex().mayHoldMoney(s) {
		if money := moneyRe.FindString(s); money != "" {
			return money
		}
	}
	if !replyLex().hourUnits.mentioned(s) && !(digits && strings.ContainsAny(s, "\u017f\u212a")) {
		return ""
	}
	return hoursRe.FindString(s)
}

// questionBack files a question in the reply. Cues inside a question do
// not decide anything ("could you go ahead with just the first part?");
// the question is a question back, about the price or scope when it names
// any of it (priced: it holds a cue or an amount).
func questionBack(s string, ws []string, rl *replyLexicons, sv, ev *replyEvidence, priced bool) {
	for _, list := range [][]string{sv.hedge, sv.counter} {
		for _, c := range list {
			addCue(&ev.hedge, c)
		}
	}
	q := collapseSpace(s)
	if priced || len(sv.partial) > 0 || len(sv.counter) > 0 || rl.price.has(ws) && rl.pricedBesidesTime(ws) {
		addCue(&ev.priceQuestion, q)
	} else {
		addCue(&ev.otherQuestion, q)
	}
}

// merge adds a sentence's cues to the reply's.
func (ev *replyEvidence) merge(sv *replyEvidence) {
	for _, p := range []struct{ to, from *[]string }{
		{&ev.strongAccept, &sv.strongAccept}, {&ev.weakAccept, &sv.weakAccept}, {&ev.ack, &sv.ack},
		{&ev.strongDecline, &sv.strongDecline}, {&ev.weakDecline, &sv.weakDecline},
		{&ev.hedge, &sv.hedge}, {&ev.partial, &sv.partial}, {&ev.counter, &sv.counter}, {&ev.bareYes, &sv.bareYes},
		{&ev.partDecline, &sv.partDecline}, {&ev.namedNo, &sv.namedNo}, {&ev.namedPart, &sv.namedPart},
		{&ev.ownInstead, &sv.ownInstead},
	} {
		for _, c := range *p.from {
			addCue(p.to, c)
		}
	}
}

// clausesInto appends to out the clause word lists of a sentence's words
// ws, split at the part starts parts (punctuation, see sentenceWords) and
// at contrast words ("but", "however"). The clauses share one backing
// array and are read only.
//
// turns gets, for each clause, whether it opens right after a contrast
// word ("…, but we can't justify it").
func clausesInto(out [][]string, ws []string, parts []int, rl *replyLexicons, lx *lexicons, turns *[]bool) [][]string {
	if cap(out) < len(parts)+1 {
		out = make([][]string, 0, len(parts)+1)
	}
	*turns = (*turns)[:0]
	turnAt := -1
	cw := ws // the words with contractions spelt out, copied on the first
	from := 0
	for p := 0; p <= len(parts); p++ {
		to := len(ws)
		if p < len(parts) {
			to = parts[p]
		}
		start := from
		for i := from; i < to; i++ {
			w := ws[i]
			if full, ok := rl.contractions[w]; ok {
				if &cw[0] == &ws[0] {
					cw = slices.Clone(ws)
				}
				w, cw[i] = full, full // "cant", "dont": the cue lists spell them out
			}
			if rl.contrastAt(cw, i, start, to) {
				if i > start {
					out = append(out, cw[start:i:i])
					*turns = append(*turns, start == turnAt)
				}
				start = i + 1
				turnAt = start
			} else if i > start && rl.consequences.has(w) && rl.answerAt(ws[:to], i+1, lx) {
				// "I don't see a problem so go ahead": the answer after
				// "so" is a clause of its own, as after a comma; the
				// premise's negator does not reach it.
				out = append(out, cw[start:i:i])
				*turns = append(*turns, start == turnAt)
				start = i
			}
		}
		if to > start {
			out = append(out, cw[start:to:to])
			*turns = append(*turns, start == turnAt)
		}
		from = to
	}
	return out
}

// contrastAt reports a contrast word at ws[i] that ends the clause
// opened at ws[start] (the part ends at ws[to]): not at the end ("thanks
// though") nor as a particle ("laat maar zitten").
func (rl *replyLexicons) contrastAt(ws []string, i, start, to int) bool {
	return rl.contrast.has(ws[i]) && i < to-1 && (i == start || !rl.particles[[2]string{ws[i-1], ws[i]}])
}

// answerAt reports an answer to the quote opening at ws[j], past lead-ins
// and a first-person subject: a go-ahead or refusal cue ("go ahead",
// "we'll pass"), or an imperative of the work, maybe negated ("start",
// "don't start"). "so long as", "so expensive that" open none.
func (rl *replyLexicons) answerAt(ws []string, j int, lx *lexicons) bool {
	for j < len(ws)-1 && rl.leadIns.has(ws[j]) {
		j++
	}
	if j >= len(ws) {
		return false
	}
	w := ws[j]
	if full, ok := rl.contractions[w]; ok {
		w = full
	}
	if w == "don't" || w == "do" && j+1 < len(ws) && ws[j+1] == "not" || rl.commission.has(w) || rl.startVerbs.has(w) {
		return true
	}
	if rl.selfSubjects.has(w) && j+1 < len(ws) {
		j++ // "so we're happy to go ahead", "so we'll pass"
	}
	_, yes := lx.accept.hasAt(ws, j)
	_, no := lx.decline.hasAt(ws, j)
	return yes || no
}

// sentenceWords tokenises a sentence once, as words does, and returns
// with its words the index of the first word of every part after the
// first: a part ends at punctuation that ends a clause (see replyClauseEnd).
func sentenceWords(s string) (ws []string, parts []int) {
	return sentenceWordsInto(s, nil, nil)
}

// sentenceWordsInto is sentenceWords appending to ws and parts, which
// ReadReply reuses from sentence to sentence.
func sentenceWordsInto(s string, ws []string, parts []int) ([]string, []int) {
	if n := len(s)/5 + 1; cap(ws) < n {
		ws = make([]string, 0, n) // one allocation, not a growth per word
	}
	prev := 0
	scanWords(s, func(start, end int) {
		if len(ws) > 0 && replyClauseEnd(s[prev:start]) {
			parts = append(parts, len(ws))
		}
		ws = append(ws, lowerWord(s[start:end]))
		prev = end
	})
	return ws, parts
}

// replyClauseEnd reports whether gap, the text between two words, holds
// punctuation that ends a clause: a comma, semicolon, colon, bracket, en
// or em dash, hyphens between spaces, or a full stop before a space.
func replyClauseEnd(gap string) bool {
	for i := 0; i < len(gap); i++ {
		switch c := gap[i]; {
		case c == ',' || c == ';' || c == ':' || c == '(' || c == ')':
			return true
		case c == '.' && i+1 < len(gap) && isRESpace(gap[i+1]):
			return true
		case isRESpace(c) && hyphensThenSpace(gap[i+1:]):
			return true
		case c == 0xe2 && (strings.HasPrefix(gap[i:], "\u2013") || strings.HasPrefix(gap[i:], "\u2014")):
			return true
		}
	}
	return false
}

// isRESpace is the white space of regular expressions' \s (no \v).
func isRESpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// hyphensThenSpace reports one or more hyphens and then a space at the
// start of s.
func hyphensThenSpace(s string) bool {
	n := 0
	for n < len(s) && s[n] == '-' {
		n++
	}
	return n > 0 && n < len(s) && isRESpace(s[n])
}

// grow returns rs's per-word state, cleared, for nFlags flags and nNegs
// negator counts.
func (rs *replyScratch) grow(nFlags, nNegs int) ([]bool, []int) {
	if cap(rs.flags) < nFlags {
		rs.flags = make([]bool, nFlags)
	}
	if cap(rs.negs) < nNegs {
		rs.negs = make([]int, nNegs)
	}
	flags, negs := rs.flags[:nFlags], rs.negs[:nNegs]
	clear(flags)
	clear(negs)
	return flags, negs
}

// clauseReader holds one clause's words and what has been read from them
// so far; readClause's steps share it.
type clauseReader struct {
	ws    []string
	rl    *replyLexicons
	ev    *replyEvidence
	used  []bool // taken by a cue; false at first, len(ws) long
	idiom []bool // taken by an idiom, softener or hedge: negates nothing
	negs  []int  // negs[i]: negators before ws[i]; len(ws)+1 long
	// weak: a modal in the clause weakens every cue in it. unsure: a
	// modal other than likelyModals, which weakens a no as well.
	weak, unsure bool
	// deferral: "not yet", "not until": the answer is still to come.
	deferral bool
	// selfDone: doing the work oneself is the client's plan, not a
	// go-ahead: "I'll just do it myself" declines, whatever "do it" says.
	selfDone bool
	// counter holds the clause's counter-offer cues until its declines
	// are read; declined: the clause holds a strong decline.
	counter  []string
	declined bool
	// postStart, postEnd: the first postponing verb ("revisit"), if
	// postEnd > 0; putOff: it put the work off.
	postStart, postEnd int
	putOff             bool
	// conds, nConds: where the clause's first condition phrases start
	// and end, in order; a cue read later may take one ("manage
	// without").
	conds  [maxClauseConditions][2]int
	nConds int
	// wish: the clause's sentence closes on a wish ("…, that would be
	// great"), which may make its "if you could" a request, not a
	// condition.
	wish bool
	// refusalStart, refusalEnd: the first idiom of not refusing ("can't
	// say no"), if refusalEnd > 0.
	refusalStart, refusalEnd int
	// turn: the clause opens after a contrast word ("…, but we'll just …").
	turn bool
}

// maxClauseConditions is how many condition phrases of a clause are kept:
// the first free one decides, and a clause rarely holds more than two.
const maxClauseConditions = 4

// readClause adds the cues of the clause c holds, fresh, to its evidence
// and returns the condition word that opens a condition in it, if any.
func (e *Engine) readClause(c *clauseReader) (condition string) {
	ws, rl, ev := c.ws, c.rl, c.ev
	if c.notice() {
		// "just let me know if it runs over", "please don't add extras
		// without asking": notice at the quoted scope, no condition,
		// counter-offer or hedge on the answer.
		return ""
	}
	c.readIdioms(e.lex.hedge)
	if c.answeringNo(e.lex.accept) {
		c.used[0], c.idiom[0] = true, true
	}
	c.scan()
	// Declines take their words first: an accept cue inside one ("do it"
	// in "do it ourselves") is not read again.
	e.lex.decline.find(ws, c.decline(true))
	rl.weakDecline.find(ws, c.decline(false))
	c.ownJob()
	c.letOthersDo()
	c.reflexiveDoer()
	if !c.declined {
		// A price word in a refusal compares with whom the client went
		// to ("we've found someone who does it cheaper"): no offer.
		for _, cue := range c.counter {
			addCue(&ev.counter, cue)
		}
	}
	yes := len(ev.strongAccept) + len(ev.weakAccept)
	e.lex.accept.find(ws, c.accept(&ev.strongAccept, true))
	rl.weakAccept.find(ws, c.accept(&ev.weakAccept, false))
	rl.ack.find(ws, c.accept(&ev.ack, false))
	c.startIdiom()
	c.startWhen()
	c.cantRefuse()
	c.commission()
	c.openingStretch(yes)
	c.retraction()
	c.postponement()
	c.negatedImperative()
	c.bareNo()
	c.substitute()
	c.ownInstead()
	c.turnedOwnPlan()
	c.otherPlannedDoer()
	c.choiceItIs()
	if end, ok := rl.emphaticYes.hasAt(ws, 0); ok && end == len(ws) && c.free(0, end) {
		// "Absolutely, the sooner the better.": a clause of its own
		// agrees as "great" does; it makes no no mixed ("Certainly,
		// we'll leave it").
		addCue(&ev.ack, c.cue(0, end))
	}
	for _, se := range c.conds[:c.nConds] {
		// "we'll manage without for now": the word is part of a cue; "let's
		// revisit it in March once the figures are in", "we'll pass, maybe
		// next year once …": the condition is on taking it up again, not
		// on the go-ahead.
		if !c.used[se[0]] && !(c.putOff && se[0] > c.postStart) && !c.politeWish(se) && !paperworkToFollow(ws[:se[0]]) &&
			!c.laterCondition(se) {
			return c.cue(se[0], se[1])
		}
	}
	return ""
}

// politeWish reports a condition phrase at ws[se[0]:se[1]] that opens a
// request closed by a wish: "If you could have it done by Friday, that
// would be great." asks for a date and agrees; it sets no condition on
// the go-ahead. A price or hours in it keep the condition; an amount, a
// counter-offer or a part of the work in it is read by its own cue.
func (c *clauseReader) politeWish(se [2]int) bool {
	ws, rl := c.ws, c.rl
	if !c.wish || se[1] != se[0]+1 || !rl.wishOpeners.has(ws[se[0]]) || se[1]+1 >= len(ws) ||
		!rl.secondPerson.has(ws[se[1]]) || !rl.requestModals.has(ws[se[1]+1]) {
		return false
	}
	// "if you could knock a bit off the price, that would be great" asks
	// for a better price: a condition on the yes.
	rest := ws[se[1]:]
	return !rl.price.has(rest) && !slices.ContainsFunc(rest, func(w string) bool { return rl.hourUnits.mentioned(w) })
}

// wishTail reports an anaphoric subject's agreement in ws, linked ("that
// would be great", "that'd be ideal", "it would be much appreciated"):
// the wish that closes a polite request.
func wishTail(ws []string, rl *replyLexicons) bool {
	for i, w := range ws {
		if full, ok := rl.contractions[w]; ok {
			w = full // "thats even better" as "that's even better"
		}
		if !rl.anaphoricSubjects.has(w) {
			continue
		}
		j := i + 1
		for j < len(ws) && rl.agreementLinks.has(ws[j]) {
			j++
		}
		if j == i+1 && !strings.ContainsRune(w, '\'') {
			continue // "if you could fix it great" links nothing
		}
		if _, ok := rl.ack.hasAt(ws, j); ok {
			return true
		}
		if _, ok := rl.wishComparatives.hasAt(ws, j); ok {
			return true
		}
	}
	return false
}

// overrunNotice reports a clause that only asks to be told or asked if the
// work runs past the quote ("just let me know if it looks like taking
// longer", "give me a shout before you go past the 3 hours"): a notice
// verb, an overrun word and a condition, and no number but the quoted
// one ("the 3 hours"); "let me know if it's more than 2 hours" sets a
// limit of its own.
func (c *clauseReader) overrunNotice() bool {
	ws, rl := c.ws, c.rl
	if !rl.noticeVerbs.has(ws) || !rl.overruns.has(ws) || !rl.conditions.has(ws) {
		return false
	}
	for i, w := range ws {
		if (w[0] >= '0' && w[0] <= '9' || rl.numerals.has(w)) && (i == 0 || !quotedFigure.has(ws[i-1])) {
			return false
		}
	}
	return true
}

// answeringNo reports a clause that opens with a bare no run straight
// into a go-ahead, another negator, an idiom or a new subject, typed
// without its comma: "no go ahead", "no please proceed", "no don't start",
// "no we're fine". The no answers something
// else and negates nothing; what follows it is the answer.
func (c *clauseReader) answeringNo(accept *lexicon) bool {
	ws, rl := c.ws, c.rl
	if len(ws) < 2 || !rl.bareNo.has(ws[0]) || c.used[0] {
		return false
	}
	i := 1
	for i < len(ws)-1 && rl.leadIns.has(ws[i]) {
		i++
	}
	if i == 1 && noThenFine(ws, 0, rl) {
		c.noThenFine(accept)
		return true
	}
	if rl.negators.has(ws[i]) || c.idiom[i] || rl.selfSubjects.has(ws[i]) || rl.anaphoricSubjects.has(ws[i]) {
		return true // "no don't start", "no not a problem go ahead", "no we don't need it"
	}
	_, ok := accept.hasAt(ws, i)
	return ok
}

// ownPlan reports a SelfWork word at ws[start] that states the client's
// plan to do the work: a first-person subject and a verb of doing the job
// before it ("I'll just do it myself", "we've decided to keep it
// in-house"), not "I myself" or "we'll discuss it internally".
func (c *clauseReader) ownPlan(start int) bool {
	if _, ok := c.rl.selfWork.hasAt(c.ws, start); !ok {
		return false
	}
	if emphaticSelves.has(c.ws[start]) {
		return c.emphaticPlan(start)
	}
	subject := -1
	for i := 0; i < start; i++ {
		if c.rl.selfSubjects.has(c.ws[i]) {
			subject = i
		}
	}
	if subject < 0 || subject == start-1 {
		return false
	}
	for _, w := range c.ws[subject+1 : start] {
		if c.rl.selfWorkVerbs.has(w) {
			return true
		}
	}
	return false
}

// thirdPartyDoes reports that the cue of doing the work at ws[start] has
// someone else as its doer, with a plan or an offer between them ("my
// brother is going to take it on", "she'll do it"): not the firm's
// go-ahead. Approvals ("my husband is happy to go ahead") and the firm's
// own people ("your bookkeeper can start") are left alone.
func (c *clauseReader) thirdPartyDoes(start int) bool {
	rl, ws := c.rl, c.ws
	if !rl.doerVerbs.has(ws[start]) {
		return false
	}
	i, plan := c.doerAt(start)
	if i == 0 || slices.ContainsFunc(ws[:i], func(w string) bool { return rl.secondPerson.has(w) }) {
		return false // "tell your team they can start on it": the firm's people
	}
	if rl.thirdFuture.has(ws[i-1]) {
		return true
	}
	if plan && rl.thirdPronouns.has(ws[i-1]) {
		return true
	}
	found := false
	rl.thirdParties.find(ws[:i], func(_, from, end int) bool {
		if end == i && (from == 0 || ws[from-1] != "your") {
			// "my nephew will do it", or asked: "I'll ask my nephew to do it".
			found = plan || c.askedAt(from)
		}
		return !found
	})
	return found || c.hiredDoer(i)
}

// doerAt walks back from the verb at ws[start] over the auxiliaries
// between it and its doer ("is going to", "who can") and returns where
// they start and whether they make a plan.
func (c *clauseReader) doerAt(start int) (i int, plan bool) {
	rl, ws := c.rl, c.ws
	i = start
	for i > 0 && rl.doerAux.has(ws[i-1]) {
		plan = plan || rl.doerFuture.has(ws[i-1])
		i--
	}
	if i > 1 && rl.relatives.has(ws[i-1]) {
		i-- // "someone who can do it"
	}
	return i, plan
}

// askedAt reports a verb of getting someone to do a job ("ask", "get")
// before the person named at ws[from], maybe past a possessive: "I'll get
// our bookkeeper to do it".
func (c *clauseReader) askedAt(from int) bool {
	i := from - 1
	if i > 0 && c.rl.recipients.has(c.ws[i]) {
		i-- // "my", "our"
	}
	return i >= 0 && c.rl.askVerbs.has(c.ws[i])
}

// bareYes reports a sentence that is only a yes, maybe repeated or with
// thanks: "Yes.", "Yep, thanks.", "yep go", "Oui oui." ("Yes, we sold it"
// answers something else). Lead-ins may come first, as a phone reply
// writes them: "ok go", "yes go", "okay sure".
func bareYes(ws []string, rl *replyLexicons) bool {
	i := interjectionsAt(ws, rl) // "haha yes"
	for {
		if onlyYesAt(ws, i, rl) {
			return true
		}
		if i >= len(ws)-1 || !rl.leadIns.has(ws[i]) {
			return false
		}
		i++
	}
}

// onlyYesAt: ws[i] is a bare yes and only courtesies follow it.
func onlyYesAt(ws []string, i int, rl *replyLexicons) bool {
	if !rl.bareYes.has(ws[i]) {
		return false
	}
	for _, w := range ws[i+1:] {
		if !rl.courtesies.has(w) && !rl.bareYes.has(w) {
			return false
		}
	}
	return true
}

// yesWithStartTime reports a sentence that is a bare yes and then only
// when to start, maybe softened: "Yes - this week if possible, thanks."
// ("Yes, we moved in May" says more than when.)
func yesWithStartTime(ws []string, parts []int, rl *replyLexicons) bool {
	if len(parts) == 0 || !bareYes(ws[:parts[0]], rl) {
		return false
	}
	rest := ws[parts[0]:]
	covered := make([]bool, len(rest))
	mark := func(_, start, end int) bool {
		for i := start; i < end; i++ {
			covered[i] = true
		}
		return true
	}
	rl.startTimes.find(rest, mark)
	if !slices.Contains(covered, true) {
		return false
	}
	rl.softeners.find(rest, mark)
	for i, w := range rest {
		if !covered[i] && !rl.courtesies.has(w) && !rl.leadIns.has(w) {
			return false
		}
	}
	return true
}

// bareAgreement reports a sentence that is only a weak accept, maybe with
// thanks or "to me": "Sounds good.", "Works for us, thanks.", "Gerne!" On
// its own it answers the quote's "shall I start?" as a bare yes does.
func bareAgreement(ws []string, parts []int, rl *replyLexicons) bool {
	// The cue is read in the first clause, as the reader sees it: "^
	// confirmed $" in "Confirmed, thanks."; past a clause of lead-ins
	// only ("Ok, that's fine.").
	from, to := agreementClause(ws, parts, rl)
	clause := ws[from:to]
	i, subject := agreementStart(clause, rl)
	end, ok := rl.weakAccept.hasAt(clause, i)
	if !ok {
		end, ok = rl.agreeingIdioms.hasAt(clause, i) // "We have no objection."
	}
	if !ok && subject {
		// "That's fine.", "That's perfect, thanks.": said of what the
		// reader offered, an acknowledgement agrees.
		end, ok = rl.ack.hasAt(clause, i)
	}
	if !ok && !subject {
		end, ok = concludedAck(clause, i, rl)
	}
	if !ok {
		return false
	}
	for _, w := range ws[from+end:] {
		if !rl.courtesies.has(w) && !rl.agreementTails.has(w) && !rl.conclusives.has(w) {
			return false
		}
	}
	return true
}

// concludedAck returns the end of an acknowledgement at clause[i] that a
// conclusive word follows ("OK then", "Fine then", "oké dan"), and whether
// there is one: the reader's offer taken up, where "OK" alone only
// acknowledges.
func concludedAck(clause []string, i int, rl *replyLexicons) (int, bool) {
	end, ok := rl.ack.hasAt(clause, i)
	if !ok || end >= len(clause) || !rl.conclusives.has(clause[end]) {
		return 0, false
	}
	return end + 1, true
}

// agreementStart returns where the agreement of a clause that is only one
// starts, past its subject and link words ("I suppose so.", "That would
// be great.", "We have no objection."), and whether the subject is
// anaphoric ("that", "it's").
func agreementStart(clause []string, rl *replyLexicons) (int, bool) {
	i := 0
	for i < len(clause)-1 && rl.selfSubjects.has(clause[i]) {
		i++
	}
	subject := i < len(clause)-1 && rl.anaphoricSubjects.has(clause[i])
	if subject {
		i++
	}
	if subject || i > 0 {
		for i < len(clause)-1 && rl.agreementLinks.has(clause[i]) {
			i++
		}
	}
	return i, subject
}

// agreementClause returns where the first clause of ws that is not only
// lead-ins ("ok", "so") starts and ends.
func agreementClause(ws []string, parts []int, rl *replyLexicons) (from, to int) {
	for _, p := range parts {
		if slices.ContainsFunc(ws[from:p], func(w string) bool { return !rl.leadIns.has(w) }) {
			return from, p
		}
		from = p
	}
	return from, len(ws)
}

// bareYesToName reports a bare yes with thanks that ends in the reader's
// name: "Yes, thanks Sam." The last word must be capitalised in s and
// follow a courtesy ("Yes, thanks anyway" is no bare yes).
func bareYesToName(s string, ws []string, rl *replyLexicons) bool {
	n := len(ws)
	if n < 3 || !rl.courtesies.has(ws[n-2]) || !bareYes(ws[:n-1], rl) {
		return false
	}
	last := strings.TrimRight(strings.TrimSpace(s), ".!")
	name := last[strings.LastIndexAny(last, " ,")+1:]
	r, _ := utf8.DecodeRuneInString(name)
	return unicode.IsUpper(r) && strings.EqualFold(name, ws[n-1])
}

// free reports whether no cue has taken ws[start:end].
func (c *clauseReader) free(start, end int) bool {
	for i := start; i < end; i++ {
		if c.used[i] {
			return false
		}
	}
	return true
}

func (c *clauseReader) cue(start, end int) string { return strings.Join(c.ws[start:end], " ") }

func (c *clauseReader) take(start, end int) {
	for i := start; i < end; i++ {
		c.used[i] = true
	}
}

// consume takes l's free matches as idioms and passes each to fn, if any.
func (c *clauseReader) consume(l *lexicon, fn func(cue string)) {
	l.find(c.ws, func(_, start, end int) bool {
		if c.free(start, end) {
			for i := start; i < end; i++ {
				c.used[i], c.idiom[i] = true, true
			}
			if fn != nil {
				fn(c.cue(start, end))
			}
		}
		return true
	})
}

// readIdioms takes the idioms, softeners and hedges, and notes the
// partial and counter-offer cues and the free condition phrases. Idioms
// go first, so their negators negate nothing.
func (c *clauseReader) readIdioms(hedge *lexicon) {
	rl, ev := c.rl, c.ev
	c.consume(rl.positiveIdioms, func(s string) {
		if rl.agreeing.has(s) {
			addCue(&ev.weakAccept, s) // "no objection" agrees
		} else {
			addCue(&ev.ack, s)
		}
	})
	c.takeRefusal()
	c.consume(rl.neutralIdioms, nil)
	c.consume(rl.softeners, nil)
	c.readHedges(hedge)
	rl.conditions.find(c.ws, func(phrase, start, end int) bool {
		switch {
		case phrase >= rl.nConditions+rl.nPostpone:
			ev.override = true // "ignore that": read with the conditions, one pass
		case phrase >= rl.nConditions:
			if c.postEnd == 0 {
				c.postStart, c.postEnd = start, end // read by postponement, after the cues
			}
		case c.free(start, end) && c.nConds < maxClauseConditions && (end < len(c.ws) || c.ws[start] != "without") &&
			!englishFalls(c.ws, start):
			// "we'll do without": "without" needs an object to set a condition.
			c.conds[c.nConds] = [2]int{start, end}
			c.nConds++
		}
		return true
	})
	c.readPartials()
	if len(c.ws) > 1 && c.ws[0] == "not" && detWords.has(c.ws[1]) && c.free(0, 2) {
		// "…, but not the spreadsheet": a part of the work left out.
		addCue(&ev.partial, c.cue(0, 2))
	}
	rl.counter.find(c.ws, func(_, start, end int) bool {
		if c.free(start, end) { // "happy to pay that" is an idiom, no counter-offer
			c.counter = append(c.counter, c.cue(start, end))
		}
		return true
	})
}

// readPartials notes the partial cues, and among them those that choose a
// part of the work ("only the", "just do") rather than a time ("for
// now").
func (c *clauseReader) readPartials() {
	rl, ev := c.rl, c.ev
	rl.partial.find(c.ws, func(_, start, end int) bool {
		if !c.idiom[start] && !c.wholeOrRecipient(end) && !c.recipientBefore(start) && !c.partitiveNarrative(end) && !c.partitiveReported(start, end) && !c.timeInstead(end) &&
			!c.partNounModifies(start, end) {
			addCue(&ev.partial, c.cue(start, end))
			if slices.ContainsFunc(c.ws[start:end], func(w string) bool { return rl.partSelectors.has(w) }) {
				addCue(&ev.namedPart, c.cue(start, end))
			}
		}
		return true
	})
}

// readHedges takes the hedges as idioms and files those not reported
// done ("I've run it past Dana").
func (c *clauseReader) readHedges(hedge *lexicon) {
	hedge.find(c.ws, func(_, start, end int) bool {
		if !c.free(start, end) {
			return true
		}
		for i := start; i < end; i++ {
			c.used[i], c.idiom[i] = true, true
		}
		if !c.consulted(start) && !stillOffered(c.ws, start) && !c.lookAhead(start) && !seeDueBy(c.ws, start, end) {
			addCue(&c.ev.hedge, c.cue(start, end))
		}
		return true
	})
}

// stillOffered reports a hedge at ws[start] offered as going ahead
// anyway ("we can still talk it through on Thursday", "we could still
// discuss it at the review"): the talk happens whatever the answer, so
// it leaves no decision pending. "I still need to discuss it" does.
func stillOffered(ws []string, start int) bool {
	return start >= 2 && ws[start-1] == "still" && (ws[start-2] == "can" || ws[start-2] == "could")
}

// consulted reports a hedge at ws[start] said in the first person's
// perfect ("I've run it past Dana", "we have now run it by the board"):
// the consultation is done, not pending.
func (c *clauseReader) consulted(start int) bool {
	ws, rl := c.ws, c.rl
	i := start - 1
	for i >= 0 && rl.perfectAdverbs.has(ws[i]) {
		i--
	}
	switch {
	case i < 0 || !rl.perfectAux.has(ws[i]):
		return false
	case ws[i] == "have" || ws[i] == "has" || ws[i] == "had":
		// "Dana has final say" is no perfect: a first-person subject must
		// stand before a bare auxiliary.
		return i > 0 && rl.selfSubjects.has(ws[i-1])
	}
	return true
}

// wholeOrRecipient reports that the words after a partial cue ending at
// ws[end] undo it: the whole work after a verb of doing it ("just do it")
// or a person receiving something ("…to our accounts team rather than to
// me"): neither narrows the work.
func (c *clauseReader) wholeOrRecipient(end int) bool {
	ws, rl := c.ws, c.rl
	if end >= len(ws) {
		return false
	}
	if rl.commission.has(ws[end-1]) && rl.wholeObjects.has(ws[end]) {
		return true
	}
	i := end
	if ws[i] == "of" && i+1 < len(ws) {
		i++ // "instead of"
	}
	if ws[i] == "to" && i+1 < len(ws) {
		i++
	}
	return rl.recipients.has(ws[i])
}

// recipientBefore reports a partial cue that follows a recipient ("send
// it to me rather than the agent", "invoice it to our company instead
// of …"): it sets one recipient against another, not a part of the work
// against the whole.
func (c *clauseReader) recipientBefore(start int) bool {
	ws, rl := c.ws, c.rl
	for back := 2; back <= 3 && start-back >= 0; back++ {
		if ws[start-back] == "to" && rl.recipients.has(ws[start-back+1]) {
			return true
		}
	}
	return billedPayee(ws, start) || c.billedAddressee(start)
}

// billedPayee reports a partial cue that follows a billing verb and its
// payee ("invoice head office rather than the site", "bill the trust
// rather than the school"): one payee set against another.
func billedPayee(ws []string, start int) bool {
	for back := 2; back <= maxBilledPayeeWords+1 && start-back >= 0; back++ {
		if ws[start-back] == "invoice" || ws[start-back] == "bill" {
			return true
		}
	}
	return false
}

// maxPayeeWords bounds the payee named between a billing verb and a
// partial cue ("the parent company").
const maxBilledPayeeWords = 3

// postponement reads "Let's revisit it in the new year": the client (a
// first-person subject) taking the work up again at a later time puts it
// off, a no for now. readIdioms found the postponing verb, if any.
func (c *clauseReader) postponement() {
	ws, rl, start, end := c.ws, c.rl, c.postStart, c.postEnd
	if end == 0 || !c.free(start, end) ||
		!slices.ContainsFunc(ws[:start], func(w string) bool { return rl.selfSubjects.has(w) }) {
		return
	}
	if neg, _ := c.negatedAt(start); neg {
		return
	}
	switch {
	case c.laterAt(end):
		addCue(&c.ev.strongDecline, "put off: "+c.cue(start, end))
		c.take(start, end)
		c.putOff = true
	case c.untilAt(end):
		// "let's wait until the audit": the work put off until an
		// event leans to no; a go-ahead said with it is no longer clear,
		// and a clear no stands ("Not now. We'll wait until he's back.").
		addCue(&c.ev.weakDecline, "put off until: "+c.cue(start, end))
		c.take(start, end)
	}
}

// untilAt reports a deferral word ("until", "till") right after a
// postponing verb ending at ws[end], maybe past a pronoun object ("wait
// on it until …").
func (c *clauseReader) untilAt(end int) bool {
	if end < len(c.ws) && c.rl.anaphora.has(c.ws[end]) {
		end++
	}
	return end < len(c.ws) && deferralWords.has(c.ws[end])
}

// laterAt reports a later time right after a postponing verb ending at
// ws[end], maybe past a pronoun object and one more word ("revisit it
// early next year"); "revisit the colours next month" names a detail,
// not the work.
func (c *clauseReader) laterAt(end int) bool {
	if end < len(c.ws) && c.rl.anaphora.has(c.ws[end]) {
		end++
	}
	for i := end; i <= end+1 && i < len(c.ws); i++ {
		if _, ok := c.rl.laterTimes.hasAt(c.ws, i); ok {
			return true
		}
	}
	return false
}

// scan counts the negators and notes the modals, deferrals and plans to
// do the work oneself that colour every cue of the clause.
func (c *clauseReader) scan() {
	// c.negs is zeroed, len(c.ws)+1 long.
	for i, w := range c.ws {
		c.negs[i+1] = c.negs[i]
		if !c.idiom[i] && c.rl.negators.has(w) && !answeringNo(c.ws, i, c.rl) {
			c.negs[i+1]++
		}
		if !c.used[i] && c.rl.modals.has(w) {
			c.weak = true
			c.unsure = c.unsure || !likelyModals.has(w)
		}
		if deferralWords.has(w) {
			c.deferral = true
		}
	}
	c.rl.selfWork.find(c.ws, func(_, start, end int) bool {
		if c.free(start, end) && !c.preparesFor(start, end) {
			c.selfDone = true
		}
		return true
	})
}

// negatedAt says whether one negator, or more, comes before ws[start].
// Negation runs from the first free negator to the end of the clause; two
// ("it isn't that we don't want it") are too subtle to decide on.
func (c *clauseReader) negatedAt(start int) (negated, double bool) {
	return c.negs[start] == 1, c.negs[start] > 1
}

// accept returns the lexicon callback that files a go-ahead cue in list,
// turned into a decline or hedge by what surrounds it.
func (c *clauseReader) accept(list *[]string, strong bool) func(int, int, int) bool {
	return func(_, start, end int) bool {
		if !c.free(start, end) {
			return true
		}
		c.acceptCue(list, strong, start, end)
		c.take(start, end)
		return true
	}
}

func (c *clauseReader) acceptCue(list *[]string, strong bool, start, end int) {
	ev, ws, s := c.ev, c.ws, c.cue(start, end)
	neg, double := c.negatedAt(start)
	neg = neg || !double && c.trailingNegated(end)
	switch {
	case c.othersWork(start):
	case c.thirdPartyDoes(start):
		addCue(&ev.weakDecline, otherDoerCue+s) // "our bookkeeper will take it on"
	case c.describedDoer(start):
		// "…a retired auditor who'll take it on", "they do it for free":
		// who does the work, not the reader's go-ahead.
	case neg || double:
		c.negatedAccept(s, strong, double)
	case end+1 < len(ws) && ws[end] == "and" && c.rl.cancelVerbs.has(ws[end+1]):
		// "go ahead and cancel it"
		addCue(&ev.strongDecline, s+" and "+ws[end+1])
	case c.heldBack(s, start, end):
	case strong && !c.weak:
		addCue(list, s)
	case list == &ev.ack:
		addCue(&ev.ack, s)
	default:
		addCue(&ev.weakAccept, s)
	}
}

// heldBack files the go-ahead cue s at ws[start:end] as a hedge when it
// is held back: a wish or a guess ("I would go ahead, but …"), or a
// go-ahead for a step before the work ("go ahead and send me the
// breakdown first"), which waits on it.
func (c *clauseReader) heldBack(s string, start, end int) bool {
	ws := c.ws
	switch {
	case c.counterfactual(start):
		addCue(&c.ev.hedge, "would: "+s)
	case beforeClause(ws, start):
		addCue(&c.ev.hedge, "before: "+s)
	case end+2 < len(ws) && ws[end] == "and" && ws[len(ws)-1] == "first" && !c.rl.commission.has(ws[end+1]):
		addCue(&c.ev.hedge, s+" and "+ws[end+1]+" … first")
	default:
		return false
	}
	return true
}

// counterfactual reports a would straight before the go-ahead cue at
// ws[start], maybe past "say" ("I'd go ahead", "she would say yes"): not
// a wish ("I'd like it done", the cue's own first word) nor said of the
// reader ("if you would proceed").
func (c *clauseReader) counterfactual(start int) bool {
	if c.rl.wishVerbs.has(c.ws[start]) {
		return false
	}
	i := start - 1
	if i > 0 && c.ws[i] == "say" {
		i--
	}
	return i >= 0 && c.rl.counterfactuals.has(c.ws[i]) && (i == 0 || !c.rl.secondPerson.has(c.ws[i-1]))
}

// negatedAccept files a negated go-ahead cue s: a decline, or a hedge
// when it is doubly negated or deferred.
func (c *clauseReader) negatedAccept(s string, strong, double bool) {
	ev := c.ev
	switch {
	case double:
		addCue(&ev.hedge, "double negative: "+s)
	case c.deferral:
		addCue(&ev.hedge, "not yet: "+s) // "don't start until I've checked"
	case strong && !c.weak:
		addCue(&ev.strongDecline, "not "+s)
	default:
		addCue(&ev.weakDecline, "not "+s)
	}
}

// othersWork: the cue at ws[start] is not the reader's go-ahead: the
// client will do the work ("do it ourselves"), or a refusal names who
// will ("…found someone who can do it", "…got someone else to do it").
func (c *clauseReader) othersWork(start int) bool {
	return c.selfDone || c.declined && (c.relativeBefore(start) || start > 0 && c.ws[start-1] == "to")
}

// untilEvent: "until" or "till" and then a subject ("until we hear from
// the bank") waits for an event; "until the spring" is a time.
func (c *clauseReader) untilEvent() bool {
	for i := 0; i+1 < len(c.ws); i++ {
		if deferralWords.has(c.ws[i]) && c.ws[i] != "yet" && pronWords.has(c.ws[i+1]) {
			return true
		}
	}
	return false
}

// relativeBefore reports a relative pronoun before ws[start]: a cue after
// it describes someone the clause names, not the reader's answer.
func (c *clauseReader) relativeBefore(start int) bool {
	for _, w := range c.ws[:start] {
		if c.rl.relatives.has(w) {
			return true
		}
	}
	return false
}

// decline returns the lexicon callback that files a decline cue.
func (c *clauseReader) decline(strong bool) func(int, int, int) bool {
	return func(_, start, end int) bool {
		if !c.free(start, end) {
			return true
		}
		s := c.cue(start, end)
		neg, double := c.negatedAt(start)
		switch {
		case c.otherVerb(start, end):
			return true
		case c.preparesFor(start, end):
			// "we'll clear the room ourselves so it's ready for you":
			// the client readies the job, no cue either way.
		case double:
			addCue(&c.ev.hedge, "double negative: "+s)
		case neg:
			// "we don't have time to do it ourselves": no cue either way.
		case strong && c.untilEvent():
			// "hold off until I confirm the loan": not yet, not no.
			addCue(&c.ev.hedge, "not yet: "+s)
		case c.rl.partObjects.has(c.ws[end:]) || c.rl.partObjects.has(c.ws[start:end]):
			// "we won't need the second part", "we'll leave the rest for
			// now": a no to part of the work.
			addCue(&c.ev.partDecline, strings.TrimSpace(s+" "+strings.Join(c.ws[end:], " ")))
		case strong && !c.unsure, !c.weak && c.ownPlan(start):
			addCue(&c.ev.strongDecline, s)
			c.declined = true
			c.namedNo(s, end)
		default:
			addCue(&c.ev.weakDecline, s)
			c.namedNo(s, end)
		}
		c.take(start, end)
		return true
	}
}

// namedNo notes a decline cue s ending at ws[end] said of a named thing
// ("skip the forecast", "cancel the one for the flat"), not of the whole
// work ("skip the lot") or of a pronoun ("skip it").
func (c *clauseReader) namedNo(s string, end int) {
	if end := c.namedObjectEnd(end); end > 0 {
		addCue(&c.ev.namedNo, s+" "+strings.Join(c.ws[end-2:end], " "))
	}
}

// namedObjectEnd returns the end of a named object (a determiner and a
// word that does not name the whole work) opening at ws[i], or 0.
func (c *clauseReader) namedObjectEnd(i int) int {
	if i+1 >= len(c.ws) || !namedObjectDets.has(c.ws[i]) || c.rl.wholeNouns.has(c.ws[i+1]) {
		return 0
	}
	return i + 2
}

// otherVerb reports a decline cue at ws[start:end] that its next word
// makes another verb: "we've decided to go with your quote" chooses the
// firm, "we'll drop it off on Monday" delivers, not withdraws.
func (c *clauseReader) otherVerb(start, end int) bool {
	if end >= len(c.ws) {
		return false
	}
	return c.ws[end-1] == "with" && c.rl.chosen.has(c.ws[end]) || c.rl.retractions.has(c.ws[start]) && c.rl.particleWords.has(c.ws[end]) ||
		c.droppedOnDay(start, end) || c.handedOn(end)
}

// droppedOnDay reports "drop it Friday", "drop them round tomorrow": a
// thing dropped on a day is delivered (the "off" left out), not withdrawn.
func (c *clauseReader) droppedOnDay(start, end int) bool {
	return end < len(c.ws) && deliveredVerbs.has(c.ws[start]) && deliveredWhen.has(c.ws[end])
}

// deliveredVerbs are the retractions that also mean bringing a thing
// over; deliveredWhen are the days and times that can follow them.
var (
	deliveredVerbs = set("drop")
	deliveredWhen  = set("tomorrow today tonight first monday tuesday wednesday thursday friday saturday sunday " +
		"mon tue tues wed thu thur thurs fri sat sun")
)

// handedOn reports a refusal cue ending in a verb of handing on ("pass")
// with an object and then a direction within a few words: "I'll pass this
// to our office manager", "we'll pass it on": the quote goes to someone
// else to decide, no refusal. "I'll pass on this one", "I'll pass this
// time" refuse.
func (c *clauseReader) handedOn(end int) bool {
	ws, rl := c.ws, c.rl
	if !rl.handOnVerbs.has(ws[end-1]) || !rl.anaphora.has(ws[end]) && !detWords.has(ws[end]) {
		return false
	}
	for i := end + 1; i < len(ws) && i <= end+handOnReach; i++ {
		if rl.handOnDirections.has(ws[i]) {
			return true
		}
	}
	return false
}

// handOnReach is how many words after a handed-on object ("the revised
// quote") its direction ("to", "on") may stand.
const handOnReach = 3

// ownJob reads "That's ok, I'll do it", "we can sort it": a first-person
// subject with a future or ability ("'ll", "can", "going to") and a verb
// of doing the job with a pronoun object is the client's own plan, a
// clear no; its "do it" is no go-ahead. "Let's do it" agrees, and "I'd
// like you to do it" has the reader as its doer.
func (c *clauseReader) ownJob() {
	ws, rl := c.ws, c.rl
	for i, w := range ws {
		// Most words cannot open a subject: a byte test spares the look-up.
		if rl.selfOpens != nil && !rl.selfOpens[w[0]] || !rl.selfSubjects.has(w) || w == "let's" {
			continue
		}
		j, plan := i+1, rl.selfFuture.has(w)
		for j < len(ws) && rl.doerAux.has(ws[j]) {
			plan = plan || rl.doerFuture.has(ws[j])
			j++
		}
		if plan && j+1 < len(ws) && rl.selfWorkVerbs.has(ws[j]) && rl.commission.has(ws[j]) && rl.anaphora.has(ws[j+1]) && c.free(j, j+2) {
			c.ownPlanAt(j)
			return
		}
	}
}

// ownPlanAt files the client's plan to do the job named at ws[j:j+2].
// Said at the end of its clause it is a plan of its own ("I'll do it.");
// with more after it ("I'll sort it with accounts") it may be the
// client's part of the work: a lean only.
func (c *clauseReader) ownPlanAt(j int) {
	if j+2 == len(c.ws) {
		addCue(&c.ev.strongDecline, "own plan: "+c.cue(j, j+2))
		c.declined = true
	} else {
		addCue(&c.ev.weakDecline, "own plan: "+c.cue(j, j+2))
	}
	c.take(j, j+2)
}

// startIdiom reads "You're on.", "OK, off you go then.": an idiom of
// letting the reader start, with only lead-ins before it and courtesies
// or lead-ins after it, gives the go-ahead. "You're on the list" does
// not.
func (c *clauseReader) startIdiom() {
	start := c.imperativeStart()
	end, ok := c.rl.startIdioms.hasAt(c.ws, start)
	if !ok || !c.free(start, end) ||
		slices.ContainsFunc(c.ws[end:], func(w string) bool { return !c.rl.courtesies.has(w) && !c.rl.leadIns.has(w) }) {
		return
	}
	if c.weak {
		addCue(&c.ev.weakAccept, c.cue(start, end))
	} else {
		addCue(&c.ev.strongAccept, c.cue(start, end))
	}
	c.take(start, end)
}

// cantRefuse reads "I can't say no to that", "hard to argue with the
// price": the client, unable to refuse what the reader offered, agrees to
// it. Said by the client, unnegated and of the offer or of nothing (see
// RefusalIdioms) it gives the go-ahead; "You can't say no to the tax
// office", "I can't say no to my landlord" say nothing.
func (c *clauseReader) cantRefuse() {
	start, end := c.refusalStart, c.refusalEnd
	if end == 0 || c.negs[start] > 0 || !c.refusalByClient(start) || !c.refusalOfOffer(end) {
		return
	}
	if c.weak {
		addCue(&c.ev.weakAccept, c.cue(start, end))
	} else {
		addCue(&c.ev.strongAccept, c.cue(start, end))
	}
}

// takeRefusal takes the clause's first idiom of not refusing as an idiom,
// whatever follows it: its "no" refuses nothing. cantRefuse reads it once
// the clause's negators and modals are known.
func (c *clauseReader) takeRefusal() {
	c.rl.refusalIdioms.find(c.ws, func(_, start, end int) bool {
		if !c.free(start, end) {
			return true
		}
		for i := start; i < end; i++ {
			c.used[i], c.idiom[i] = true, true
		}
		c.refusalStart, c.refusalEnd = start, end
		return false
	})
}

// refusalByClient reports only the client's subject, lead-ins,
// interjections and glue before the idiom at ws[start] ("Honestly, I",
// "it's"): not "you can't say no".
func (c *clauseReader) refusalByClient(start int) bool {
	rl := c.rl
	return !slices.ContainsFunc(c.ws[:start], func(w string) bool {
		return !rl.selfSubjects.has(w) && !rl.leadIns.has(w) && !rl.interjections.has(w) && !rl.anaphoricSubjects.has(w) && !rl.refusalGlue.has(w)
	})
}

// refusalOfOffer reports only the offer, or nothing, after the idiom
// ending at ws[end]: "to", a pronoun, a determiner, an offer or whole-work
// noun, courtesies and glue ("… to an offer like that, thanks").
func (c *clauseReader) refusalOfOffer(end int) bool {
	rl, rest := c.rl, c.ws[end:]
	if len(rest) > 0 && rest[0] == "to" {
		rest = rest[1:]
	}
	return !slices.ContainsFunc(rest, func(w string) bool {
		return !rl.anaphora.has(w) && !detWords.has(w) && !rl.offerNouns.has(w) && !rl.wholeNouns.has(w) && !rl.courtesies.has(w) &&
			!rl.leadIns.has(w) && !rl.refusalGlue.has(w)
	})
}

// openingStretch reads "Go ahead with the first hour", "do the initial
// two hours": a clause with a go-ahead (yes: the go-ahead cues before the
// clause was read) or an imperative of doing, naming an opening stretch
// of time (an OpeningWords word and an hour unit within three words),
// lets the reader start on part of the quoted time only.
func (c *clauseReader) openingStretch(yes int) {
	ws, rl := c.ws, c.rl
	i := c.imperativeStart()
	if len(c.ev.strongAccept)+len(c.ev.weakAccept) == yes && (i >= len(ws) || !rl.commission.has(ws[i])) {
		return
	}
	for k, w := range ws {
		if !rl.openingWords.has(w) {
			continue
		}
		for j := k + 1; j < len(ws) && j <= k+3; j++ {
			if rl.hourWords.has(ws[j]) {
				addCue(&c.ev.partial, c.cue(k, j+1))
				return
			}
		}
	}
}

// startWhen reads "Start when you can.", "OK, begin on Monday please.":
// an imperative of starting with only a start time after it (maybe after
// a preposition) and courtesies lets the reader start then. "Start with
// the invoices" chooses a part; "don't start until Monday" is read as a
// deferral.
func (c *clauseReader) startWhen() {
	ws, rl := c.ws, c.rl
	i := c.imperativeStart()
	if i+1 >= len(ws) || !rl.startVerbs.has(ws[i]) || !c.free(i, i+1) {
		return
	}
	j := i + 1
	if rl.startPreps.has(ws[j]) {
		j++
	}
	end, ok := rl.startTimes.hasAt(ws, j)
	if !ok || slices.ContainsFunc(ws[end:], func(w string) bool { return !rl.courtesies.has(w) && !rl.leadIns.has(w) }) {
		return
	}
	if neg, _ := c.negatedAt(i); neg {
		return
	}
	c.acceptCue(&c.ev.strongAccept, true, i, i+1)
	c.take(i, i+1)
}

// commission reads "Please add them", "set it up": the work asked for in
// the quote, named by a pronoun, is a go-ahead.
func (c *clauseReader) commission() {
	ws := c.ws
	i := c.imperativeStart()
	if i+1 < len(ws) && !c.used[i] && c.rl.commission.has(ws[i]) && c.namedObjectEnd(i+1) > 0 {
		// "Do the return, skip the forecast": a named part chosen.
		addCue(&c.ev.namedPart, c.cue(i, i+3))
	}
	if i+1 >= len(ws) || c.used[i] || !c.rl.commission.has(ws[i]) || !c.rl.anaphora.has(ws[i+1]) || c.selfDone {
		return
	}
	s := c.cue(i, i+2)
	if neg, _ := c.negatedAt(i); neg {
		addCue(&c.ev.strongDecline, "not "+s)
	} else if !c.weak {
		addCue(&c.ev.strongAccept, s)
	} else {
		addCue(&c.ev.weakAccept, s)
	}
}

// retraction reads "Scrap that", "actually shelve it": an imperative that
// withdraws the work the quote named declines it.
func (c *clauseReader) retraction() {
	ws := c.ws
	i := c.selfFutureStart(c.imperativeStart())
	if i+1 >= len(ws) || c.used[i] || !c.rl.retractions.has(ws[i]) || !c.rl.anaphora.has(ws[i+1]) ||
		i+2 < len(ws) && c.rl.particleWords.has(ws[i+2]) || c.droppedOnDay(i, i+2) {
		// "we'll drop it off on Monday" delivers, not withdraws.
		return
	}
	if neg, _ := c.negatedAt(i); !neg {
		addCue(&c.ev.strongDecline, c.cue(i, i+2))
	}
}

// substitute reads "Our bookkeeper will do it instead", "my son's going
// to have a look at it instead": someone other than the firm (not "your
// team"), with a plan, and the clause closing on a word of replacement:
// the work goes to them, a no.
func (c *clauseReader) substitute() {
	ws, rl := c.ws, c.rl
	n := len(ws)
	if n < 4 || !rl.replacements.has(ws[n-1]) {
		return
	}
	plain := make([]string, n)
	for i, w := range ws {
		plain[i] = strings.TrimSuffix(w, "'s") // "my son's going to"
	}
	found := false
	rl.thirdParties.find(plain, func(_, from, end int) bool {
		found = c.takesOver(plain, from, end)
		return !found
	})
	// "he's going to have a look at it instead": a pronoun stands for the
	// person named before; in a clause that names the firm ("your") it
	// may be the firm's own person, so only without one.
	for i := 0; !found && i < n-1; i++ {
		if rl.secondPerson.has(ws[i]) {
			break
		}
		found = (rl.thirdPronouns.has(plain[i]) || rl.thirdFuture.has(ws[i])) && c.takesOver(plain, i, i+1)
	}
	if found && c.negs[n] == 0 {
		addCue(&c.ev.strongDecline, "someone else "+ws[n-1])
	}
}

// takesOver reports the person named at ws[from:end] (plain: the words
// without "'s") planning to do the job: not the firm's people ("your team
// can do it instead"), a plan ("will", "'s going to") and a verb of doing
// the job, maybe among the auxiliaries ("going to have a look"); "my
// partner will sign instead" signs the firm's letter.
func (c *clauseReader) takesOver(plain []string, from, end int) bool {
	ws, rl, n := c.ws, c.rl, len(c.ws)
	if from > 0 && rl.secondPerson.has(ws[from-1]) {
		return false
	}
	j := end
	// "my son's going to", or "she'll" with its future in the pronoun.
	plan := plain[end-1] != ws[end-1] && j < n && ws[j] == "going" || end-from == 1 && rl.thirdFuture.has(ws[from])
	for j < n && rl.doerAux.has(ws[j]) {
		plan = plan || rl.doerFuture.has(ws[j])
		j++
	}
	return plan && j < n-1 && (rl.selfWorkVerbs.has(ws[j]) || rl.doerVerbs.has(ws[j]) || rl.selfWorkVerbs.has(ws[j-1]))
}

// selfFutureStart skips the client's own future before a verb ("we'll
// park it", "I will just shelve it"): the plan withdraws the work as the
// imperative does.
func (c *clauseReader) selfFutureStart(i int) int {
	ws, rl := c.ws, c.rl
	switch {
	case i < len(ws) && rl.selfFuture.has(ws[i]):
		i++
	case i+1 < len(ws) && rl.selfSubjects.has(ws[i]) && (ws[i+1] == "will" || ws[i+1] == "shall"):
		i += 2
	default:
		return i
	}
	for i < len(ws)-1 && rl.leadIns.has(ws[i]) {
		i++ // "we'll just park it"
	}
	return i
}

// negatedImperative reads "Don't start it yet", "please do not book it": a
// negated imperative of the work declines.
func (c *clauseReader) negatedImperative() {
	ws := c.ws
	i := c.imperativeStart()
	if i >= len(ws) || c.used[i] {
		return
	}
	j := i + 1
	if ws[i] == "do" && j < len(ws) && ws[j] == "not" {
		j++
	}
	if (ws[i] != "don't" && j != i+2) || j >= len(ws) || !c.rl.commission.has(ws[j]) {
		return
	}
	if c.waitsForTime(j + 1) {
		// "don't start until the 14th", "please don't begin before
		// Monday": when to start, not whether.
		return
	}
	if c.deferral {
		addCue(&c.ev.hedge, "not yet: "+c.cue(i, j+1))
	} else {
		addCue(&c.ev.strongDecline, c.cue(i, j+1))
	}
}

// waitsForTime reports a start put off to a date or time at or after
// ws[from]: the first StartWaits word there is followed by one of
// DeferTimes ("until after the 14th", "before Monday"), not an event
// ("until I've checked").
func (c *clauseReader) waitsForTime(from int) bool {
	for k := from; k+1 < len(c.ws); k++ {
		if c.rl.startWaits.has(c.ws[k]) {
			_, ok := c.rl.deferTimes.hasAt(c.ws, k+1)
			return ok
		}
	}
	return false
}

// bareNo reads a bare "No." or "No, …", or "no to the letter": a decline.
func (c *clauseReader) bareNo() {
	ws := c.ws
	i := interjectionsAt(ws, c.rl) // "lol no"
	if !c.used[i] && c.rl.bareNo.has(ws[i]) && (len(ws) == i+1 || c.rl.bareNoFollowers.has(ws[i+1]) || answeringNo(ws, i, c.rl)) {
		addCue(&c.ev.strongDecline, ws[i])
	}
}

// interjectionsAt returns where the words of ws start after the
// interjections that open it ("lol", "haha", "oh"), keeping one word.
func interjectionsAt(ws []string, rl *replyLexicons) int {
	i := 0
	for i < len(ws)-1 && rl.interjections.has(ws[i]) {
		i++
	}
	return i
}

// disbeliefQuestion reports a question of disbelief that asks nothing back
// ("Are you serious?", "You must be joking?"), maybe with a word after
// it ("…, right?").
func disbeliefQuestion(ws []string, rl *replyLexicons) bool {
	end, ok := rl.disbelief.hasAt(ws, interjectionsAt(ws, rl))
	return ok && len(ws)-end <= 1
}

// imperativeStart skips the politeness before an imperative: "yes
// please", "ok then", "so".
func (c *clauseReader) imperativeStart() int {
	i := 0
	for i < len(c.ws) && c.rl.leadIns.has(c.ws[i]) {
		i++
	}
	return i
}

// replyInterrogative is isInterrogative without the imperative "do" and
// "any": "Do the letter please" asks for work, not a yes or no, and "Any
// Thursday works" is no question without its question mark.
func replyInterrogative(ws []string, rl *replyLexicons) bool {
	switch {
	case ws[0] == "do" && len(ws) > 1 && (detWords.has(ws[1]) || rl.anaphora.has(ws[1])):
		return false // "Do the lot.", "Do it."
	case rl.notQuestion.has(ws[0]):
		return false
	}
	return isInterrogative(ws)
}

// replyText is the text a reply's decision is read from: the client's
// new text, and the lines written straight under the quote's go-ahead
// question ("> Shall I start?" then "Yes, this week please."), which
// isolation drops as inline answers to the firm but which are the answer
// to the quote.
// With neither, an empty body, the answer may be in the subject alone
// (subjectAnswer). The new text is read up to its closing and name
// (beforeSignOff): a tagline under them answers nothing.
func (e *Engine) replyText(body, newText, subject string) string {
	newText = e.beforeSignOff(newText)
	answer := e.goAheadAnswer(body)
	switch {
	case answer == "" && strings.TrimSpace(newText) == "":
		return e.emptyReplyAnswer(body, subject)
	case answer == "" || strings.Contains(newText, answer):
		return newText
	case strings.TrimSpace(newText) == "":
		return answer
	}
	return newText + "\n\n" + answer
}

// emptyReplyAnswer is the text a reply's decision is read from when
// isolation leaves no new text: the answer in the subject, else the text
// above the history with its closing line kept ("Cheers mate, crack on"
// reads as a sign-off), else what follows the quote's go-ahead question
// in a history block without ">" (bottom-posted under "-----Original
// Message-----"). With no text of the client's, the quote's own words
// after the question (its sign-off) say nothing either way.
func (e *Engine) emptyReplyAnswer(body, subject string) string {
	if s := subjectAnswer(subject); s != "" {
		return s
	}
	lines := strings.Split(normalize(body), "\n")
	if top := strings.TrimSpace(strings.Join(e.cutSignature(dropQuoted(cutHistory(lines))), "\n")); top != "" {
		return top
	}
	offers := e.replyCues().goAheadOffers
	for i := len(lines) - 1; i >= 0; i-- {
		if t := strings.TrimSpace(lines[i]); quoteDepth(t) == 0 && offers.mayMatch(t) && offers.has(words(t)) {
			return strings.TrimSpace(strings.Join(dropQuoted(lines[i+1:]), "\n"))
		}
	}
	return ""
}

// subjectAnswerSep is where a client appends an answer to the thread's
// subject: a spaced dash or a colon ("Re: Quote - yes please").
var subjectAnswerSep = regexp.MustCompile(`\s[-–—]+\s|:\s`)

// subjectAnswer is the answer a client wrote in the subject of a reply
// with no new text ("Re: VAT review - no thanks" and an empty body): the
// words after the last separator, once the reply prefixes ("Re:", "AW:")
// are gone; "" when there is none. A subject without a separator is the
// thread's own and says nothing.
func subjectAnswer(subject string) string {
	s := strings.TrimSpace(subject)
	for {
		loc := replySubject.FindStringIndex(s)
		if loc == nil {
			break
		}
		s = strings.TrimSpace(s[loc[1]:])
	}
	seps := subjectAnswerSep.FindAllStringIndex(s, -1)
	if len(seps) == 0 {
		return ""
	}
	return strings.TrimSpace(s[seps[len(seps)-1][1]:])
}

// goAheadAnswer returns the unquoted lines between the first quoted line
// that asks for the go-ahead and the next quoted line, if any. The offer
// may be wrapped over two quoted lines ("… Shall I" / "> go ahead?"), so
// a quoted line is also read joined to the quoted line above it in the
// same paragraph.
func (e *Engine) goAheadAnswer(body string) string {
	if !textUnderQuote(body) {
		return "" // top-posted or no ">" history: nothing answered inline
	}
	offers := e.replyCues().goAheadOffers
	var out []string
	under := false
	prev := "" // the quoted line above, in the same quoted paragraph
	for rest := body; rest != ""; {
		var l string
		l, rest, _ = strings.Cut(rest, "\n")
		t := strings.TrimSpace(l)
		switch {
		case quoteDepth(l) > 0:
			if len(out) > 0 {
				return strings.Join(out, "\n")
			}
			q := strings.TrimSpace(strings.TrimLeft(t, "> "))
			if q != "" {
				under = offerIn(offers, q) || prev != "" && offerIn(offers, prev+" "+q)
			}
			prev = q
		case t != "" && under:
			out = append(out, t)
		default:
			prev = ""
		}
	}
	return strings.Join(out, "\n")
}

// offerIn reports a go-ahead offer in quoted text q. Most quoted lines
// hold no word of an offer: the filter spares tokenising them.
func offerIn(offers *lexicon, q string) bool {
	return offers.mayMatch(q) && offers.has(words(q))
}

// textUnderQuote reports an unquoted, non-blank line after a ">" line:
// the client wrote between or below quoted lines. A cheap test of bytes
// that spares most replies (top-posted) the look for the offer.
func textUnderQuote(body string) bool {
	i := strings.Index(body, "\n>")
	if i < 0 {
		return false
	}
	for rest := body[i+1:]; rest != ""; {
		var l string
		l, rest, _ = strings.Cut(rest, "\n")
		if t := strings.TrimSpace(l); t != "" && t[0] != '>' {
			return true
		}
	}
	return false
}

// DropDecisions trims a reply known to answer a quote down to what still
// needs a draft. The sentences that carry the answer ("Yes please, go
// ahead.") go; so does every paid ask about the quoted work itself: a
// counter-offer ("could you do it for $300 flat?"), a change of scope or a
// question back is the client's answer, which the quote's record holds
// for a person, not a request for a fresh quote. A paid ask stays only
// when it clearly asks for new, different work ("could you also prepare
// the 1099s?"): a new-work marker, no amount or counter-offer, and little
// in common with quoted, the quoted asks' texts. Quick asks stay and are
// answered free; the free minutes are spent again, and a reply left with
// no asks is skipped.
func (e *Engine) DropDecisions(res *Result, quoted ...string) {
	kept := res.Questions[:0:0]
	for _, q := range res.Questions {
		ws := words(q.Text)
		// The ask is the decision itself ("Please proceed with the
		// review."): a question containing a cue word ("could you also
		// cancel the old plan?") is not.
		if e.ReadReply(q.Text).Decision != Unclear {
			continue
		}
		if q.Kind == Paid && !newWork(q.Text, ws, quoted, e.replyCues()) {
			continue
		}
		kept = append(kept, q)
	}
	res.Questions = kept
	e.applyAllowance(res)
	if len(res.Questions) == 0 && !res.Skip {
		res.Skip, res.SkipReason = true, SkipNoQuestions
	}
}

// newWork reports whether a paid ask in a reply to a quote asks for work
// the quote did not cover.
func newWork(text string, ws []string, quoted []string, rl *replyLexicons) bool {
	if !rl.newWork.has(ws) || moneyRe.MatchString(text) || hoursRe.MatchString(text) || rl.counter.has(ws) {
		return false
	}
	mine := contentWords(ws, rl)
	if len(mine) == 0 {
		return false
	}
	for _, qt := range quoted {
		theirs := contentWords(words(qt), rl)
		common := 0
		for w := range mine {
			if theirs[w] {
				common++
			}
		}
		if float64(common) >= quotedShare*float64(len(mine)) {
			return false // mostly the quoted ask again
		}
	}
	return true
}

// quotedShare is the share of an ask's content words that, found in a
// quoted ask, make it the quoted ask again rather than new work.
const quotedShare = 0.5

// minContentLen is the length in bytes of the shortest word taken to
// name something ("book", "plan"; not "the", "for").
const minContentLen = 4

// contentWords are the words of ws long enough to name something.
func contentWords(ws []string, rl *replyLexicons) map[string]bool {
	out := map[string]bool{}
	for _, w := range ws {
		if len(w) >= minContentLen && !rl.newWork.has([]string{w}) {
			out[w] = true
		}
	}
	return out
}

// letterOpens marks the bytes that open one of ws in any case, or is nil
// when a word opens with other than an ASCII letter.
func letterOpens(ws []string) *[256]bool {
	var opens [256]bool
	for _, w := range ws {
		if w == "" {
			continue
		}
		c := w[0] | 0x20
		if c < 'a' || c > 'z' {
			return nil
		}
		opens[c], opens[c&^0x20] = true, true
	}
	return &opens
}

// mayHoldMoney is false only when rl.money cannot match s: s has no
// currency sign, and no run of digits (with commas and points) is
// followed, maybe after one space, by a byte a currency word may open
// with or by other than ASCII (a letter that folds to an ASCII one).
func (rl *replyLexicons) mayHoldMoney(s string) bool {
	if rl.currencyOpens == nil || containsAnyOf(s, currencySigns...) {
		return true
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			continue
		}
		j := afterNumber(s, i)
		if j < len(s) && (s[j] >= utf8.RuneSelf || rl.currencyOpens[s[j]]) {
			return true
		}
		i = j - 1
	}
	return false
}

// afterNumber returns where a currency word may start after the number
// at s[i]: past its digits, commas and points and one space.
func afterNumber(s string, i int) int {
	j := i + 1
	for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == ',' || s[j] == '.') {
		j++
	}
	if j < len(s) && isRESpace(s[j]) {
		j++
	}
	return j
}

// unitSet is a list of units with the bytes that may open one in a text.
type unitSet struct {
	units []string
	// opens[b]: a unit may start at the byte b (b|0x20 is its first byte).
	opens [256]bool
}

func newUnitSet(units []string) unitSet {
	us := unitSet{units: units}
	for _, u := range units {
		for b := range 256 {
			if u != "" && byte(b)|0x20 == u[0]|0x20 {
				us.opens[b] = true
			}
		}
	}
	return us
}

// mentioned reports whether s may hold one of the units: a unit of one
// ASCII letter as a word of its own ("3 h"), a longer one anywhere, any
// case (a longer unit is written in lower case).
func (us *unitSet) mentioned(s string) bool {
	for i := 0; i < len(s); i++ {
		if !us.opens[s[i]] {
			continue
		}
		for _, u := range us.units {
			if len(u) == 1 && isLoneLetterAt(s, i, u[0]) || len(u) > 1 && hasFoldPrefix(s[i:], u) {
				return true
			}
		}
	}
	return false
}

// hasFoldPrefix reports whether s opens with the lower-case ASCII sub, in
// any case.
func hasFoldPrefix(s, sub string) bool {
	if len(s) < len(sub) {
		return false
	}
	for j := 0; j < len(sub); j++ {
		if s[j]|0x20 != sub[j] {
			return false
		}
	}
	return true
}

// isLoneLetterAt reports the ASCII letter b, either case, as a word of s
// at s[i].
func isLoneLetterAt(s string, i int, b byte) bool {
	return s[i]|0x20 == b|0x20 && (i == 0 || !isASCIIWordByte(s[i-1])) && (i+1 == len(s) || !isASCIIWordByte(s[i+1]))
}

func isASCIIWordByte(b byte) bool {
	return b|0x20 >= 'a' && b|0x20 <= 'z' || b >= '0' && b <= '9' || b == '_'
}
