package triage

// Shapes of informal mail: lists of things the client wants,
// exclamations and presumptions put as questions, a subject-less
// "will …", acknowledgement and hand-over leads before an ask, and
// run-ons that join a need, a condition or a client's own question to
// the asks around them.

import (
	"slices"
	"strings"
)

// --- Lists of wanted things ---------------------------------------------

// listWants: a line introducing a list says the client wants its items
// from the firm ("Things we still need from you:", "Still waiting on from your
// side:"). A need is enough ("Things we need for the launch:"); a pending
// word ("missing", "outstanding", "waiting") only when it is the firm's
// side ("Outstanding invoices:" may be the client's own). "We need to send
// you:" (the client's own act), "You'll need:" (what the firm wants) and
// "We don't need:" ask nothing. A line that asks itself ("Could you advise
// on the following:") or names questions ("Questions for Thursday:") makes
// its items asks too.
func (e *Engine) listWants(intro string) bool {
	// Only the line's last sentence introduces the list: "We need a few
	// things sorted. Here's where we're at:" is a report.
	if ss := sentences(intro); len(ss) > 1 {
		intro = ss[len(ss)-1]
	}
	p := scratchWords(intro)
	defer dropWords(p)
	ws := *p
	if headingIntro(ws) {
		return false
	}
	if e.introAsks(intro, ws) {
		return true
	}
	for i, w := range ws {
		if !listWantWords.has(w) && !listPendingWords.has(w) {
			continue
		}
		// "need to" is the client's own act; "you need" the firm's; "our
		// needs" a noun, not a want put to the firm.
		if i+1 < len(ws) && ws[i+1] == "to" || i > 0 && (firmSubjects.has(ws[i-1]) || detWords.has(ws[i-1])) || negatedFrame(ws, i) {
			continue
		}
		if listWantWords.has(w) || hasAgent(ws) { // the firm named: "you", "your side"
			return true
		}
	}
	return false
}

// nounItem: a list item that names a thing rather than saying something
// ("the updated asset register", "Date of the next meeting"): short,
// not opened by a subject pronoun, and with no auxiliary ("Logo files are
// in the folder" says something). A thing whose content is a clause ("a
// note on how the bonus would be taxed", "an estimate of what it will
// cost") has its auxiliary after the wh-word, and may be longer.
func nounItem(ws []string) bool {
	if len(ws) == 0 || len(ws) > maxClauseItem || itemNotNoun.has(ws[0]) || pronWords.has(ws[0]) {
		return false
	}
	head := ws[:nounHeadLen(ws)]
	for i, w := range head {
		if i >= 2 && (whWords.has(w) || whetherWords.has(w)) && !auxWords.has(ws[i-1]) {
			return true
		}
		if auxWords.has(w) && !relativeAux(ws, i) {
			return false
		}
	}
	return len(head) <= maxNounItem || longMadeItem(ws)
}

// embeddedQuestion: an item that is a question put as a clause ("When
// the return is due", "Whether we can pay by card"), as the items under
// "Please let me know:" are.
func embeddedQuestion(ws []string) bool {
	return len(ws) >= 3 && len(ws) <= maxNounItem && (whWords.has(ws[0]) || whetherWords.has(ws[0]))
}

// wantedItem makes c, a list item under an introduction of wanted things,
// an ask when it names a thing.
func (e *Engine) wantedItem(c *clause) {
	if c.ask || !(nounItem(c.ws) || embeddedQuestion(c.ws)) || e.notAsk(c.ws) {
		return
	}
	// Its kind is left to what it names: a thing asked for has no form
	// that leans either way.
	c.ask, c.agent = true, agentFirm
	// A made thing ("a refreshed logo", "new templates for…") inherits
	// the intro's request: it asks for the making.
	c.request = c.request || madeItem(c.ws) || verbObjectItem(c.ws)
}

// --- Not asks -------------------------------------------------------------

// saysNotAsks: clause c, whose core words are ws, is put in a form that
// asks nothing: an answer about when, an exclamation, a plan of the
// client's without its subject, a footer's plea, an offer to talk after a
// condition, a bare "I'd value your take" (valueEcho), or the other
// offers and reports of offerOrReport.
func (e *Engine) saysNotAsks(c clause, ws []string) bool {
	return (!c.question && availabilityAnswer(ws)) || exclaimedWh(c.text, ws) || (!c.question && e.subjectlessIntent(ws)) ||
		e.exclaimedStatement(c.text, ws) || (!c.question && (footerPlea(c.lw) || typoPlea(c.lw) || valueEcho(c.lw))) || e.answerOnly(c) ||
		e.conditionalTalkOffer(c.lw, ws) || e.offerOrReport(c, ws)
}

// offerOrReport: an offer ("Any problems, give me a shout", an offer's
// condition before a bare "let me know"), a heading over news, what a
// third party wanted to know, a question quoted after "X asked:", or
// news whose subject is dropped ("Had the bank on the phone…").
func (e *Engine) offerOrReport(c clause, ws []string) bool {
	return e.anyTroubleOffer(c.lw) || e.offerThenKnow(c, ws) || newsHeading(c, ws) || (!c.question && reportedWant(c.lw)) ||
		reportedColonQuestion(c.full) || newsLead(c.lw) || ownGladOffer(c) || (!c.question && (subjectlessNews(ws) || headlineNews(ws)))
}

// reportedWant: "The auditor wanted to know whether stock was counted at
// cost.": what someone else wanted to know, told as background. "I
// wanted to know whether…" asks, and so does a relayed request to the
// firm ("the landlord wanted to know if you could send a copy").
func reportedWant(lw []string) bool {
	k := slices.Index(lw, "wanted")
	if k < 1 || k > maxReportSubject || k+2 >= len(lw) || lw[k+1] != "to" || lw[k+2] != "know" {
		return false
	}
	for _, w := range lw[:k] {
		if w == "i" || w == "we" || addressesFirm.has(w) {
			return false
		}
	}
	for _, w := range lw[k+3:] {
		if addressesFirm.has(w) {
			return false
		}
	}
	return true
}

// maxReportSubject bounds the subject before "wanted to know".
const maxReportSubject = 5

// newsHeading: "Update on Monday's outage.", "News from the site.": a
// heading over the client's own news, not the verb "update". "Update on
// the refund?" and "update on the order please" ask.
func newsHeading(c clause, ws []string) bool {
	return !c.question && headingIntro(ws) && !slices.Contains(c.lw, "please") && lastPunct(c.text) != ':'
}

// offerThenKnow: an offer's condition, then a bare "let me know" ("Mocht
// je nog iets nodig hebben, laat het maar weten.", "Should you need
// anything, please let me know."): the core alone reads as a request, but
// it names nothing to do; likewise an offer after "please".
func (e *Engine) offerThenKnow(c clause, ws []string) bool {
	if c.question {
		return false
	}
	if len(ws) <= maxBareKnowWords && len(ws) < len(c.lw) {
		if _, ok := e.lex.offers.hasAt(c.lw, 0); ok {
			return true
		}
	}
	if shouldYouNeed(c.lw) && !slices.ContainsFunc(c.lw[3:], func(w string) bool { return addressesFirm.has(w) }) {
		return true
	}
	// "Please let me know if you need anything else", "Please do get in
	// touch if…": an offer after "please (do)".
	if len(c.lw) < 3 || c.lw[0] != "please" {
		return false
	}
	at := 1
	if c.lw[1] == "do" {
		at = 2
	}
	// "Please let me know if you need X or whether Y" asks which
	// (choiceAfterOffer).
	end, ok := e.lex.offers.hasAt(c.lw, at)
	return ok && !e.choiceAfterOffer(c.lw, at, end)
}

// shouldYouNeed: "Should you need anything…", "should you require…":
// an offer's condition put first.
func shouldYouNeed(lw []string) bool {
	return len(lw) > 3 && lw[0] == "should" && lw[1] == "you" && offerNeedVerbs.has(lw[2])
}

// newsLead: "Did I tell you we won the contract?", "You may remember
// we moved in May.", "Not sure if you remember me?": news or a reminder
// put as a question. Once the firm is addressed again after the lead
// ("…, can you help us open a new one?") or "please" comes, it asks.
func newsLead(lw []string) bool {
	for _, lead := range newsLeads {
		if len(lw) <= len(lead) || !slices.Equal(lw[:len(lead)], lead) {
			continue
		}
		rest := lw[len(lead):]
		return !slices.ContainsFunc(rest, func(w string) bool { return addressesFirm.has(w) || w == "please" })
	}
	return false
}

// maxBareKnowWords bounds "let me know", "laat het maar weten".
const maxBareKnowWords = 4

// anyTroubleOffer: "Any problems, give me a shout.", "Any issues just
// call me", "Any queries, let me know.": an offer to help if something
// goes wrong. "Any problems with the filing?" asks.
func (e *Engine) anyTroubleOffer(lw []string) bool {
	if len(lw) < 4 || lw[0] != "any" || !troubleNouns.has(lw[1]) {
		return false
	}
	rest := lw[2:]
	if rest[0] == "just" {
		rest = rest[1:]
	}
	if _, ok := e.lex.offers.hasAt(rest, 0); ok {
		return true
	}
	return talkInvite(rest) || len(rest) == 3 && rest[0] == "let" && (rest[1] == "me" || rest[1] == "us") && rest[2] == "know"
}

// exclaimedStatement: a statement closed by "??" or "?!" ("he says the
// rent is going up 20% which seems a lot??") vents; a question or a
// request so closed still asks.
func (e *Engine) exclaimedStatement(text string, ws []string) bool {
	t := strings.TrimRight(text, " ")
	if !strings.HasSuffix(t, "??") && !strings.HasSuffix(t, "?!") && !strings.HasSuffix(t, "!?") {
		return false
	}
	return !isInterrogative(ws) && !e.isRequest(ws) && !commaQuestionTail(t)
}

// commaQuestionTail: the last comma of t opens a question in the first or
// second person ("i've got the receipts from the fair, do I send them to
// you??"): the statement before it is background to a real question,
// however it is closed. "…which seems a lot??" has none.
func commaQuestionTail(t string) bool {
	i := strings.LastIndexByte(t, ',')
	if i < 0 {
		return false
	}
	tail := words(t[i+1:])
	return len(tail) > 2 && (politeToFirm(tail, 0) || clientAsksWhatToDo(tail, 0))
}

// clientAsksWhatToDo: ws[k:] opens "do I …", "should we …", "can I …":
// the client asking the firm what to do, as a question of its own after
// the background.
func clientAsksWhatToDo(ws []string, k int) bool {
	return k+2 < len(ws) && clientAskAux.has(ws[k]) && clientPersons.has(ws[k+1])
}

// clientAskAux open the client's question about their own next step.
var clientAskAux = set("do should can shall")

// clientPersons are the client as the subject of that question.
var clientPersons = set("i we")

// exclaimedWh: a wh-question closed by "!" and no "?" exclaims ("What would
// we do without you!", "How cool is that!").
func exclaimedWh(text string, ws []string) bool {
	return len(ws) > 0 && whWords.has(ws[0]) && lastPunct(text) == '!' && !strings.Contains(text, "?")
}

// subjectlessIntent: "will post it on Monday", "shall send it
// tomorrow": the client's own plan with the "I" dropped. A question ("will
// you…", "will the refund…") has a subject after the modal.
func (e *Engine) subjectlessIntent(ws []string) bool {
	if len(ws) < 2 || !intentModals.has(ws[0]) {
		return false
	}
	_, verb := e.lex.requestVerbs.hasAt(ws, 1)
	return verb || workVerbs.has(ws[1]) || intentBareVerbs.has(ws[1])
}

// presumesNews: "You'll have seen the letter from the bank?" leads in to
// what follows; it asks nothing of the firm.
func presumesNews(ws []string) bool {
	_, ok := presumedNews.hasAt(ws, 0)
	return ok
}

// --- Leads before the ask -------------------------------------------------

// ackAsk returns the words after an acknowledgement that opens an ask
// with no punctuation between them ("sounds good can you book friday"),
// and the index of the ask's first word.
func (e *Engine) ackAsk(ws []string) ([]string, int, bool) {
	end, ok := ackOpeners.hasAt(ws, 0)
	if !ok || end >= len(ws) {
		return nil, 0, false
	}
	k := end
	for k < len(ws) && leadMarkers.has(ws[k]) {
		k++
	}
	if c := ws[k:]; e.opensAsk(c) {
		return c, k, true
	}
	return nil, 0, false
}

// trimHandover drops a hand-over lead and its separator ("see below - ",
// "See attached: ") from the start of s.
func trimHandover(s string) string {
	var spanBuf [6]span
	var lowBuf [6]string
	// Few clauses open with a lead's first word: test it alone before
	// reading six words (this runs for every clause).
	sp := appendWordSpansN(spanBuf[:0], s, 1)
	if len(sp) == 0 || !handoverLeads.mayOpen(lowerWord(s[sp[0].start:sp[0].end])) {
		return s
	}
	sp = appendWordSpansN(spanBuf[:0], s, 6)
	lw := appendLowerSpans(lowBuf[:0], s, sp)
	end, ok := handoverLeads.hasAt(lw, 0)
	if !ok || end >= len(sp) {
		return s
	}
	gap := s[sp[end-1].end:sp[end].start]
	if strings.ContainsAny(gap, ",:;") || strings.Contains(gap, "-") || strings.Contains(gap, "\u2013") || strings.Contains(gap, "\u2014") {
		return s[sp[end].start:]
	}
	return s
}

// strongBreak: the gap before ws[k] is a dash or a colon, which ends an
// opener ("one more thing - where do i…", "Quick question: what…"); after
// one a wh-word opens a question, not a relative clause.
func strongBreak(text string, spans []span, k int) bool {
	gap := text[spans[k-1].end:spans[k].start]
	return strings.Contains(gap, ":") || strings.Contains(gap, " - ") || strings.Contains(gap, "\u2013") || strings.Contains(gap, "\u2014")
}

// --- Run-ons --------------------------------------------------------------

// needOpen: "i need a copy for odile", "we need a new login", "need the
// figures by friday": a need of the client's put to the firm, not "i need
// to …" (their own act).
func needOpen(lw []string, k int) bool {
	rest := lw[k:]
	if len(rest) >= 3 && needVerbs.has(rest[0]) && detWords.has(rest[1]) {
		// The subject dropped ("hi mo need the figures"), not a
		// subject before a filler: "we also need the…" is one clause.
		return k < 2 || !pronWords.has(lw[k-2]) && !pronWords.has(lw[k-1])
	}
	return len(rest) >= 3 && needPersons.has(rest[0]) && needVerbs.has(rest[1]) && rest[2] != "to"
}

// ellipticCondition: lw[k-3:k] is "if we do", "if it is", "if they
// have": a condition whose verb is left out, before the ask at lw[k].
func ellipticCondition(lw []string, k int) bool {
	return k >= 3 && lw[k-3] == "if" && pronWords.has(lw[k-2]) && auxWords.has(lw[k-1])
}

// clientQuestionStart: "can i send that…", "should we send…" opening inside
// a run-on with no joiner: a question about the client's own act. Not
// after a wh-word ("what can i do") or a subject ("the work we do we
// never bill"), and not before another auxiliary ("if i can i will").
func clientQuestionStart(lw []string, k int) bool {
	if !runOnClientAux.has(lw[k]) || k+2 >= len(lw) || !needPersons.has(lw[k+1]) {
		return false
	}
	// "…can we do that": "do" with an object is the verb asked about.
	return !whWords.has(lw[k-1]) && !pronWords.has(lw[k-1]) && (!auxWords.has(lw[k+2]) || lw[k+2] == "do" && k+3 < len(lw) || obligation(lw, k))
}

// obligation: "do" + subject + "have to" ("…do i have to declare it")
// asks whether the client must act, where another auxiliary after the
// subject ("if i can i will", "…can i have to say") would not.
func obligation(lw []string, k int) bool {
	return lw[k] == "do" && k+4 < len(lw) && lw[k+2] == "have" && lw[k+3] == "to"
}

// --- Context after the ask ------------------------------------------------

// ownPlan: "I'd like to start using them in May", "we want to launch
// before Easter": a wish of the client's own to act, naming no one else,
// which after a dash gives the reason for the ask before it.
func ownPlan(ws []string) bool {
	i := 0
	switch {
	case len(ws) > 3 && planSubjects.has(ws[0]) && planWants.has(ws[1]):
		i = 2
	case len(ws) > 4 && needPersons.has(ws[0]) && ws[1] == "would" && planWants.has(ws[2]):
		i = 3
	default:
		return false
	}
	if ws[i] != "to" || learningVerbs.has(ws[i+1]) {
		return false // "I'd like to know…" asks
	}
	return !hasAgent(ws[i+1:])
}

// headAsks: the text before a dash asks by itself.
func (e *Engine) headAsks(head string) bool {
	p := scratchWords(head)
	defer dropWords(p)
	ws := stripLead(*p, 0)
	return len(ws) >= 3 && e.opensAsk(ws)
}

// --- Several facts asked in one sentence ----------------------------------

// splitFacts splits "Can you confirm you got the form, tell me when it is
// filed and let me know what I owe?" into its questions: when the asks
// joined by "and" (and commas before it) each ask for a fact ("confirm",
// "tell me", "let me know"), none delivers the result of work before it,
// as "review the list and tell me what…" does.
func (e *Engine) splitFacts(sp *sentenceSplit, k, r int) ([]clause, bool) {
	if sp.lw[k] != "and" || r != k+1 || sp.whole.agent != agentFirm || !factOpen(sp.lw[r:]) && !copyOpen(sp.lw[r:]) {
		return nil, false
	}
	left := e.clause(trimJoin(sp.s[:sp.spans[k].start]))
	rc := e.clause(sp.s[sp.spans[r].start:])
	if !left.ask || !rc.ask || len(left.ws) < 3 || len(rc.ws) < 3 || !leadingFact(left.ws) {
		return nil, false
	}
	return append(e.factSeries(left), rc), true
}

// leadingFact: the ask's own verb, within its first words ("can you
// confirm…", "could you please tell me…"), asks for a fact.
func leadingFact(ws []string) bool {
	for i := 0; i < len(ws) && i <= factVerbReach; i++ {
		if factOpen(ws[i:]) {
			return true
		}
	}
	return false
}

// factOpen: the words open a request for a fact: "tell me", "let us
// know", "confirm", "advise me", "remind me".
func factOpen(ws []string) bool {
	switch {
	case len(ws) < 2:
		return false
	case ws[0] == "let":
		return len(ws) > 2 && meWords.has(ws[1]) && ws[2] == "know"
	case ws[0] == "confirm":
		return true
	}
	return factVerbs.has(ws[0]) && meWords.has(ws[1])
}

// factSeries splits the first ask of splitFacts at the commas before
// further requests for a fact: "confirm you got the form, tell me when…".
func (e *Engine) factSeries(c clause) []clause {
	spans, lw := c.spans, c.lw
	if c.full != c.text {
		return []clause{c}
	}
	var out []clause
	from := 0
	for k := 1; k < len(spans); k++ {
		if !strings.Contains(c.text[spans[k-1].end:spans[k].start], ",") || !factOpen(lw[k:]) && !copyOpen(lw[k:]) {
			continue
		}
		part := e.clause(trimJoin(c.text[from:spans[k].start]))
		if !part.ask || len(part.ws) < 3 {
			return []clause{c}
		}
		out = append(out, part)
		from = spans[k].start
	}
	if len(out) == 0 {
		return []clause{c}
	}
	last := e.clause(c.text[from:])
	if !last.ask {
		return []clause{c}
	}
	return append(out, last)
}

// splitIfNot splits "can you check whether the rent was paid and if not
// send a reminder?": a second request that depends on the answer to the
// first ("and if not", "and if so") asks for something else.
func (e *Engine) splitIfNot(sp *sentenceSplit, k int) ([]clause, bool) {
	lw := sp.lw
	if lw[k] != "and" || k+4 > len(lw) || lw[k+1] != "if" {
		return nil, false
	}
	var right []string
	switch {
	case ifAnswers.has(lw[k+2]):
		right = lw[k+3:]
	case commaJoined(sp, k):
		right = e.afterCondition(sp, k+2)
	}
	if len(right) == 0 || !e.opensRequestToFirm(right) {
		return nil, false
	}
	left := e.clause(trimJoin(sp.s[:sp.spans[k].start]))
	if !left.ask || len(left.ws) < 3 {
		return nil, false
	}
	rc := e.clause(sp.s[sp.spans[k].start:])
	rc.ask, rc.request, rc.agent = true, true, agentFirm
	return []clause{left, rc}, true
}

// opensRequestToFirm: the words open a request to the firm, a verb of
// work, "please", "could you" or a frame naming the firm ("I'd like you
// to…").
func (e *Engine) opensRequestToFirm(ws []string) bool {
	_, verb := e.lex.requestVerbs.hasAt(ws, 0)
	return verb || politeToFirm(ws, 0) || ws[0] == "please" || e.wantsYouAt(ws)
}

// afterCondition returns the words after the comma that closes a
// condition starting at word from (", and if the refund is late, could
// you chase it?"), when that comma comes within maxConditionWords and a
// request to the firm follows it; else nil. The condition is the second
// ask's own: the first ask's answer decides whether it is needed, as
// with "and if not".
func (e *Engine) afterCondition(sp *sentenceSplit, from int) []string {
	for j := from + 1; j < len(sp.lw)-2 && j <= from+maxConditionWords; j++ {
		if precededBy(sp.s, sp.spans[j].start, ",") {
			if right := sp.lw[j:]; e.opensRequestToFirm(right) && !anaphoricObject(right) {
				return right
			}
			return nil
		}
	}
	return nil
}

// wantsYouAt: the words open with a request frame that names the firm
// ("I'd like you to…", "we need you to…"): what the client wants done,
// put as a statement.
func (e *Engine) wantsYouAt(ws []string) bool {
	end, ok := e.lex.requestFrames.hasAt(ws, 0)
	return ok && slices.Contains(ws[:end], "you")
}

// frameOnly: the words are a request frame and nothing else ("quick
// question", "my question is"): they introduce the ask that follows.
func (e *Engine) frameOnly(ws []string) bool {
	end, ok := e.lex.requestFrames.hasAt(ws, 0)
	return ok && end == len(ws)
}

// punctuated: s has punctuation inside it, so it is not a run-on.
func punctuated(s string) bool {
	t := strings.TrimRight(s, " ?.!")
	if hasPunctMark(t) && !onlyShortAside(t) && !textedCommaSplice(s, t) {
		return true
	}
	return dashedSentence(s)
}

// inWordPoint: a point between a and b is inside one token: a number
// ("6.15am", "v2.1") or an email address or a domain ("accounts@firm.com",
// "firm.co.uk"), which a run-on typed on a phone holds as any other word
// (TestAddressInRunOn). A point that ends a sentence has a space after it.
func inWordPoint(a, b byte) bool {
	return isAlnumASCII(a) && isAlnumASCII(b)
}

// isAlnumASCII: c is an ASCII letter or digit.
func isAlnumASCII(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c)
}

// hasPunctMark: t holds a mark of punctuation. A point or colon between
// two digits ("6.15am", "10:30", "v2.1") is part of a time or a number,
// which texted run-ons are full of, not punctuation
// (TestNumberMarksRunOn). A thousands comma ("$1,240") is more often in
// written prose, and is kept as punctuation.
func hasPunctMark(t string) bool {
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case ',', ';', '?', '!', '(', ')':
			return true
		case '.':
			if i == 0 || i+1 == len(t) || !inWordPoint(t[i-1], t[i+1]) {
				return true
			}
		case ':':
			if i == 0 || i+1 == len(t) || !isDigit(t[i-1]) || !isDigit(t[i+1]) {
				return true
			}
		}
	}
	return false
}

// isDigit: an ASCII digit.
func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// onlyShortAside: the only punctuation of t is one short parenthesised
// aside of a few plain words ("new starter on monday (jade) can you set
// her up…"): a name or a gloss dropped into a texted run-on, which stays a
// run-on. An aside with punctuation of its own, or any outside it, is
// punctuated writing. Table rows in TestRunOnAside (shapes_runon_aside_test.go).
func onlyShortAside(t string) bool {
	i := strings.IndexByte(t, '(')
	if i < 0 {
		return false
	}
	j := strings.IndexByte(t[i:], ')')
	if j < 0 {
		return false
	}
	j += i
	aside := t[i+1 : j]
	return strings.TrimSpace(aside) != "" && strings.Count(strings.TrimSpace(aside), " ") < maxAsideWords &&
		!strings.ContainsAny(aside, ",;:?!.()") && !strings.ContainsAny(t[:i], ",;:?!.()") &&
		!strings.ContainsAny(t[j+1:], ",;:?!.()")
}

// maxAsideWords bounds the words of such an aside.
const maxAsideWords = 3

// dashedSentence: a sentence with a capital, a spaced dash and a question
// mark is punctuated writing ("I'd like to understand the new rules -
// could you explain them?"), not a run-on: its dash sets off a lead or an
// aside, which the sentence rules read.
func dashedSentence(s string) bool {
	return strings.HasSuffix(strings.TrimRight(s, " "), "?") && !startsLower(s) && asideDashSet.in(s)
}

// --- A statement after the ask in a run-on ----------------------------------

// statementTail returns where a statement of the client's own starts after
// the ask at lw[st:end] in a run-on ("can you do the vat return for q1 we
// completely forgot about it"), or end: a subject pronoun after at least
// minRunOnAsk words of the ask, not taking up the clause of a verb or a
// conjunction before it ("can you check we didnt pay twice"), with a
// negation or an adverb no question opens with after it ("we cant find",
// "i completely forgot"); a bare verb ("the notice i have to give")
// may be a relative clause of the ask.
func statementTail(lw []string, st, end int) int {
	for j := st + minRunOnAsk; j+1 < end; j++ {
		if (tailSubjects.has(lw[j]) && tailVerbs.has(lw[j+1]) && !tailNotAfter.has(lw[j-1])) || reasonTail(lw, j) || apologyTail(lw, j) || newsTail(lw, j) || thanksTail(lw, j) || timedNounTail(lw, st, j) {
			return j
		}
	}
	if end-1 >= st+minRunOnAsk && thanksTail(lw, end-1) {
		return end - 1 // "…gone through yet thx"
	}
	return end
}

// askBeforeStatement is the one ask of a run-on that opens it, cut before
// a statement that follows it; false when there is none to cut.
func (e *Engine) askBeforeStatement(s string, spans []span, lw []string) ([]clause, bool) {
	end := statementTail(lw, 0, len(lw))
	if end == len(lw) {
		return nil, false
	}
	c := e.clause(s[:spans[end-1].end])
	if !c.ask {
		return nil, false
	}
	return []clause{c}, true
}

// hopeToGet: after "(we were) hoping", "to get the draft by Friday", "to
// receive a copy": a thing the client hopes to have from the firm. It
// returns the verb's index. "hoping to get away" names no thing.
func hopeToGet(ws []string, i int) (int, bool) {
	if i+2 < len(ws) && ws[i] == "to" && hopeGetVerbs.has(ws[i+1]) && detWords.has(ws[i+2]) {
		return i + 1, true
	}
	return 0, false
}

// exclaimedQuestion: a question closed by "?!" or "!?" ("Who designs
// these forms?!").
func exclaimedQuestion(text string) bool {
	t := strings.TrimRight(text, " ")
	return strings.HasSuffix(t, "?!") || strings.HasSuffix(t, "!?")
}

// ventFollowUp: after a question that vents ("Who designs these
// forms?!"), a wh-question in the same paragraph that is not put to the
// firm vents on ("Why does it need my mother's maiden name?"). "Can you
// fill it in for me?" asks.
func ventFollowUp(c clause) bool {
	if len(c.ws) == 0 || !whWords.has(c.ws[0]) {
		return false
	}
	for _, w := range c.ws {
		if addressesFirm.has(w) {
			return false
		}
	}
	return true
}
