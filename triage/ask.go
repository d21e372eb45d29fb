package triage

import (
	"slices"
	"strings"
	"unicode"
)

// maxQuestions bounds the asks taken from one message, so a hostile or
// runaway message cannot produce an unbounded draft.
const maxQuestions = 100

// Questions splits the client's new text into its asks, in order, and
// classifies each.
func (e *Engine) Questions(newText string) []Question {
	segs := segmentsWith(newText, e.startsAsk)
	var out []Question
	// An effort stated in a sentence of its own sizes the paid ask before
	// it, or else the next one.
	pending := 0
	// wanted: the list being read was introduced as things the client
	// wants from the firm, so its items naming a thing are asks.
	wanted := false
	answered, split := e.answeredQuestions(segs)
	// forOthers: the list being read holds questions the client will put
	// to someone else ("Questions I'm going to ask the landlord:").
	forOthers := false
	var sents []string
	for i, sg := range segs {
		if !sg.item {
			wanted = sg.intro && e.listWants(sg.text)
			forOthers = sg.intro && questionsForOthers(sg.text)
		}
		if sg.item && forOthers {
			continue
		}
		if sg.intro && (wanted || e.listHasAsks(segs[i+1:])) {
			// "Could you sort these out for us:" only introduces the asks.
			continue
		}
		var full bool
		at := sentAt{seg: i, answered: answered}
		if i+1 < len(segs) {
			at.next = segs[i+1].text
		}
		if split != nil {
			at.sents = split[i]
		} else {
			// One slice for every segment: segmentAsks keeps no sentence list.
			sents = appendSentences(sents[:0], sg.text)
			at.sents = sents
		}
		if out, full = e.segmentAsks(out, sg, wanted, &pending, at); full {
			return dropRecaps(dropHelpPleas(out))
		}
	}
	return dropRecaps(dropHelpPleas(out))
}

// sentAt places a segment's sentences in the message: its index, its
// sentences, and the questions the client answers (answeredQuestions).
type sentAt struct {
	seg      int
	sents    []string
	answered map[sentKey]bool
	next     string // the next paragraph's text, "" at the end
}

// segmentAsks appends the asks of one paragraph or list item to out;
// full reports that out reached maxQuestions.
func (e *Engine) segmentAsks(out []Question, sg segment, wanted bool, pending *int, at sentAt) ([]Question, bool) {
	// asked: the last sentence of this paragraph held a question.
	asked := false
	// venting: a question closed by "?!" came before in this paragraph.
	venting := false
	for j, s := range at.sents {
		after := asked
		asked = false
		// The sentence's words, read once for the readers below that
		// need them (most sentences: once, by sentenceAsks).
		sw := sentWords{s: s}
		if e.sentenceSetAside(at, j, &sw) {
			continue
		}
		whole, cs, single := e.sentenceAsksRead(s, &sw)
		var one [1]clause // most sentences are one clause: no slice to allocate
		if single {
			one[0] = whole
			cs = one[:]
		}
		for _, c := range cs {
			if wanted && sg.item {
				e.wantedItem(&c)
			}
			if e.followsOnly(c, after, venting) || repeatsAnAsk(c, out) {
				continue
			}
			asked = asked || (c.ask && c.question)
			venting = venting || ventsOn(c)
			out = e.addAsk(out, c, pending)
			if len(out) >= maxQuestions {
				return out, true
			}
		}
	}
	return out, false
}

// sentenceSetAside: sentence j of the paragraph asks nothing of its own:
// the client answered it inline, or it is the background of the ask
// after it (a need reported from someone else, one foreseen and asked
// about in the next paragraph, or a bare "could you help?").
func (e *Engine) sentenceSetAside(at sentAt, j int, sw *sentWords) bool {
	s := at.sents[j]
	return at.answered[sentKey{at.seg, j}] ||
		j+1 < len(at.sents) && (e.reportedNeed(sw, at.sents[j+1]) || selfAnsweredQuestion(sw, at.sents[j+1])) ||
		j+1 == len(at.sents) && at.next != "" && e.foreseenNeedAsked(s, at.next) ||
		e.setAsideBeforeNext(sw, at, j) || e.chaseBeforeAsk(sw, at, j) || e.helpLeadIn(s, at, j)
}

// sentWords are a sentence's word spans and lower-case words, read on
// first use (words) and then shared: the readers that set a sentence
// aside and the one that finds its asks each read them otherwise, the
// same words three or four times over.
type sentWords struct {
	s    string
	read wordsRead // spans and lw; spans nil until read
}

// words returns the sentence's words, reading them the first time. The
// caller must not change them.
func (sw *sentWords) words() wordsRead {
	if sw.read.spans == nil {
		spans := wordSpans(sw.s)
		sw.read = wordsRead{spans: spans, lw: lowerSpans(sw.s, spans)}
	}
	return sw.read
}

// lower is words().lw.
func (sw *sentWords) lower() []string { return sw.words().lw }

// setAsideBeforeNext: sentence s (j of the paragraph) is a wish asked
// for again, or a wish to know where things stand, before the next
// sentence's ask. The next sentence is found only for a statement that
// may be either: most sentences are neither.
func (e *Engine) setAsideBeforeNext(sw *sentWords, at sentAt, j int) bool {
	s := sw.s
	if strings.HasSuffix(strings.TrimSpace(s), "?") || !opensFirstPerson(s) && !mayHoldStanding(s) {
		return false
	}
	next := nextSentence(at, j)
	return e.wishAskedNext(sw, next) || e.standingWishBeforeAsk(sw, next) || e.wishTakenUpNext(sw, next)
}

// followsOnly: ask c only follows on from the sentence before: an opinion
// asked after a question (after), a form's field, or more venting after a
// question closed by "?!" (venting).
func (e *Engine) followsOnly(c clause, after, venting bool) bool {
	return c.ask && (after && (opinionFollowUp(c.ws) || restatesAsk(c)) || e.formField(c.text) || venting && ventFollowUp(c))
}

// ventsOn: c is a question closed by "?!" that is not put to the firm
// ("Who designs these forms?!"): the paragraph vents from here.
func ventsOn(c clause) bool {
	return exclaimedQuestion(c.text) && (!c.ask || ventFollowUp(c))
}

// addAsk appends clause c to out when it is an ask. A clause that is not
// one may state the effort (pending) of the paid ask before it or, with
// none, of the next.
func (e *Engine) addAsk(out []Question, c clause, pending *int) []Question {
	if !c.ask {
		// The clause's own words, unless a run-on's background was cut
		// from its text: reading them again costs a tokenising.
		var d int
		if c.lw != nil && c.text == c.full {
			d = statedEffort(c.lw)
		} else {
			ws := scratchWords(c.text)
			d = statedEffort(*ws)
			dropWords(ws)
		}
		if d > 0 {
			if n := len(out); n > 0 && out[n-1].Kind == Paid && out[n-1].Estimate != EstimateStated {
				e.applyStated(&out[n-1], d)
			} else {
				*pending = d
			}
		}
		return out
	}
	q := e.question(c)
	deadlineFollowUp(out, &q, c.ws)
	conditionalBooking(out, &q, c.ws)
	if *pending > 0 && q.Kind == Paid {
		if q.Estimate != EstimateStated {
			e.applyStated(&q, *pending)
		}
		*pending = 0
	}
	return append(out, q)
}

// startsAsk reports whether a line opens with a question or a request.
func (e *Engine) startsAsk(line string) bool {
	p := scratchWords(line)
	defer dropWords(p)
	ws := *p
	i := 0
	for i < len(ws) && leadMarkers.has(ws[i]) {
		i++
	}
	ws = ws[i:]
	return len(ws) >= 2 && (isInterrogative(ws) || e.isRequest(ws))
}

func (e *Engine) listHasAsks(segs []segment) bool {
	for _, sg := range segs {
		if !sg.item {
			return false
		}
		for _, s := range sentences(sg.text) {
			if e.clause(s).ask {
				return true
			}
		}
	}
	return false
}

// agent says who would do the work an ask names.
type agent int

const (
	agentNeutral agent = iota
	agentFirm          // "can you…", "please…", imperative: the firm works
	agentClient        // "do I need to…", "should we…": the client asks about their own act
)

// clause is one candidate ask: a sentence, or part of one.
type clause struct {
	text          string   // as the client wrote it, cleaned for display
	ws            []string // word tokens of the core (after greetings and discourse markers)
	question      bool     // ends with a question mark
	interrogative bool     // starts like a question
	request       bool     // a request frame or an imperative
	ask           bool
	agent         agent
	namedWorker   bool // "could Sarah assess …": the firm's worker asked by name (shapes_namedworker.go)

	// The text as tokenised (before a run-on's background is cut), its
	// word spans and lower-case words, for splitAsks to reuse.
	full  string
	spans []span
	lw    []string
}

// clause analyses one sentence (or part of one) as a possible ask.
func (e *Engine) clause(s string) clause {
	return e.clauseWith(s, nil, nil)
}

// clauseWith is clause for a sentence whose word spans and lower-case
// words the caller has already read (nil: not read). Most sentences
// display as written, and then reading them again would be waste.
func (e *Engine) clauseWith(s string, spans []span, all []string) clause {
	c := clause{text: e.displayText(s)}
	spans, all = reuseWords(c.text, s, spans, all)
	c.full, c.spans, c.lw = c.text, spans, all
	var cut int
	var req requestRead
	c.ws, cut, req = e.core(c.text, spans, all)
	if cut > 0 {
		// The run-on before "so can you…" is background: quote the ask.
		c.text = unclosedParen(c.text[cut:])
	}
	c.question = lastPunct(c.text) == '?' && !questionInAside(c.text) && !quotedFirmQuestion(c.text)
	ws := c.ws
	if e.asksNothing(c, ws, all) {
		return c
	}
	c.interrogative = interrogativeClause(c.text, ws)
	c.request = req.isRequest(e, ws) && (c.question || c.interrogative || !e.quotedRequestOnly(c.text))
	c.agent = e.agentOf(ws)
	if c.agent == agentNeutral && namedWorkerAsk(c.text, ws) {
		c.agent, c.namedWorker = agentFirm, true
	}
	n := len(ws)
	c.ask = (c.question && n >= 2) || (c.interrogative && n >= 3) || (c.request && n >= 2)
	return c
}

// interrogativeClause: ws, the words of text, open a question in English
// (isInterrogative) or in another language (isForeignQuestion).
func interrogativeClause(text string, ws []string) bool {
	return isInterrogative(ws) || isForeignQuestion(text, ws)
}

// asksNothing: what rules c out as an ask before its form is read: no
// words, a known non-ask, a third party's wish stated (not asked),
// rhetoric or venting, or a sentence that says it asks nothing.
func (e *Engine) asksNothing(c clause, ws, all []string) bool {
	return len(ws) == 0 || figureRow(c.text) || e.notAsk(ws) || !c.question && statedNotAsked(ws) ||
		ventsOrRhetoric(c, all) || e.saysNotAsks(c, ws)
}

// statedNotAsked: a statement that only reports: a third party's wish,
// questions still to come, a wish for the client's own use or a need
// someone else reported.
func statedNotAsked(ws []string) bool {
	return thirdPartyWish(ws) || announcesQuestions(ws) || ownUseWish(ws) || reportedNeed(ws)
}

// ventsOrRhetoric: a question that shrugs, vents, echoes or closes
// rhetorically, in English or another language (all: the sentence's
// words).
func ventsOrRhetoric(c clause, all []string) bool {
	return rhetorical(all) || anyoneShrug(all) || intensifiedWh(all) || ventingQuestion(all) || c.question && anotherEcho(all) ||
		rhetoricalClose(c, all) || ventLangs(c, all)
}

// reuseWords returns the word spans and lower-case words of text: those
// read from s (nil: not read) when text is s as written, else its own.
func reuseWords(text, s string, spans []span, lw []string) ([]span, []string) {
	if spans == nil || text != s {
		spans, lw = wordSpans(text), nil
	}
	if lw == nil {
		lw = lowerSpans(text, spans)
	}
	return spans, lw
}

// rhetorical: "honestly, who reads those brochures?", "seriously, why…":
// a question the client answers with a shrug, not one for the firm.
func rhetorical(ws []string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if shrugWords.has(ws[i]) && whWords.has(ws[i+1]) && !admitsNotKnowing(ws[:i]) {
			return true
		}
	}
	return false
}

// intensifiedWh: "Who on earth designed…?", "why the heck…": a
// wh-question with an intensifier vents; a request put to the firm in the
// same sentence still asks.
func intensifiedWh(ws []string) bool {
	ws = stripLead(ws, 0)
	if len(ws) < 3 || !whWords.has(ws[0]) || !whIntensifiers[ws[1]+" "+ws[2]] {
		return false
	}
	for k := 3; k < len(ws); k++ {
		if politeToFirm(ws, k) {
			return false
		}
	}
	return true
}

// topicOnly: a wondering frame ending at core[end] followed by "about"
// names a topic ("I was wondering about the bill") and asks nothing.
func topicOnly(core []string, end int) bool {
	return wonderWords.has(core[end-1]) && end < len(core) && core[end] == "about"
}

// questionInAside: the question mark sits inside a closing parenthesis,
// "(… how do you compete with a sauna?)": an aside, not the sentence's ask.
func questionInAside(s string) bool {
	s = strings.TrimRight(s, " .")
	if !strings.HasSuffix(s, ")") {
		return false
	}
	open := strings.LastIndexByte(s, '(')
	return open >= 0 && strings.Contains(s[open:], "?")
}

// displayText trims what is not part of the ask: a greeting prefix ("Hi
// Priya - ") and a "P.S." marker; whitespace is collapsed.
func (e *Engine) displayText(s string) string {
	s = collapseSpace(s)
	for _, p := range postscriptMarkers {
		if strings.HasPrefix(s, p) {
			s = strings.TrimLeft(s[len(p):], " :-")
			break
		}
	}
	s = trimHandover(s)
	s = trimTrailingIntent(s)
	s = trimContactTail(s)
	s = e.trimTrailingAside(s)
	s = e.trimTrailingParen(s)
	// Only the first words can be a greeting and its name.
	var spanBuf [greetingWords]span
	var lowBuf [greetingWords]string
	// Most sentences open with no greeting: test the first word alone
	// before reading sixteen.
	ws := appendWordSpansN(spanBuf[:0], s, 1)
	if len(ws) == 0 || !e.lex.greetings.mayOpen(lowerWord(s[ws[0].start:ws[0].end])) {
		return s
	}
	ws = appendWordSpansN(spanBuf[:0], s, greetingWords)
	if len(ws) > 1 {
		lw := appendLowerSpans(lowBuf[:0], s, ws[:min(len(ws), e.lex.greetings.maxWords())])
		if end, ok := e.lex.greetings.hasAt(lw, 0); ok {
			// A greeting, up to four more words, then a separator.
			for k := end; k < len(ws) && k <= end+4; k++ {
				rest := s[ws[k-1].end:]
				sep := strings.TrimLeft(rest, " ")
				if sep == "" {
					break
				}
				switch {
				case strings.HasPrefix(sep, ","), strings.HasPrefix(sep, ":"), strings.HasPrefix(sep, "!"),
					strings.HasPrefix(sep, "- "), strings.HasPrefix(sep, "\u2013 "), strings.HasPrefix(sep, "\u2014 "):
					if t := strings.TrimSpace(strings.TrimLeft(sep, ",:!-\u2013\u2014 ")); t != "" && k < len(ws) {
						return t
					}
					return ""
				}
			}
			if t, ok := greetingNameOpener(s, ws, end); ok {
				return t
			}
		}
	}
	return s
}

// greetingNameOpener: a greeting, one name and, with no comma between, a
// question opener of another language ("hola Marta me guardas …", "ciao
// Luca mi fai sapere …"): the ask starts at the opener. ws are the first
// words of s, the greeting ends at ws[end].
func greetingNameOpener(s string, ws []span, end int) (string, bool) {
	at := end + 1
	if at+1 >= len(ws) || strings.ContainsAny(s[ws[end-1].end:ws[at].start], ",:;!-") {
		return s, false
	}
	var lowBuf [greetingWords]string
	lw := appendLowerSpans(lowBuf[:0], s, ws[at:])
	if _, ok := questionOpenerLex().hasAt(lw, 0); !ok {
		return s, false
	}
	return s[ws[at].start:], true
}

// trimTrailingIntent drops a last clause that only says what the client
// will do ("…with the new logo, i'll send the file tonight."): it is not
// part of the ask.
func trimTrailingIntent(s string) string {
	i := lastCommaSpace(s)
	if i <= 0 {
		return s
	}
	var spanBuf [4]span
	var lowBuf [4]string
	rest := appendLowerSpans(lowBuf[:0], s[i+2:], appendWordSpansN(spanBuf[:0], s[i+2:], 4))
	if len(rest) < 2 || !wordsAtLeast(s[:i], 4) {
		return s
	}
	switch {
	case intentContractions.has(rest[0]):
		rest = rest[1:]
	case intentSubjects.has(rest[0]):
		if rest[1] != "will" {
			return s
		}
		rest = rest[2:]
	default:
		return s
	}
	if futureNeedOfThing(rest) {
		return s
	}
	return strings.TrimRight(s[:i], " ,")
}

// futureNeedOfThing: the words after "we'll" / "I will" open a need of a
// thing ("…, we'll need the rota redrawn", "…, we'll require a new
// plan"): what the client needs done is the ask, not an act of their own
// (TestTrailingFutureNeed). "…, we'll need to think" is still their own.
func futureNeedOfThing(ws []string) bool {
	return len(ws) >= 2 && futureNeedVerbs.has(ws[0]) && detWords.has(ws[1])
}

// trimContactTail drops a last clause that only gives a contact detail
// for the ask ("…can you resend it to him, his email is …", "…ring her
// back, her number is …"): what to use, not part of what is asked.
func trimContactTail(s string) string {
	i := lastCommaSpace(s)
	if i <= 0 || strings.Contains(s[i:], "?") || !wordsAtLeast(s[:i], 4) {
		return s
	}
	var spanBuf [3]span
	var lowBuf [3]string
	rest := appendLowerSpans(lowBuf[:0], s[i+2:], appendWordSpansN(spanBuf[:0], s[i+2:], 3))
	if len(rest) < 3 || !possessives.has(rest[0]) || !contactNouns.has(rest[1]) || rest[2] != "is" {
		return s
	}
	return strings.TrimRight(s[:i], " ,")
}

var (
	possessives  = set("his her my our their")
	contactNouns = set("email e-mail mobile number phone address")
)

// lastCommaSpace is strings.LastIndex(s, ", ") by the fast byte search.
func lastCommaSpace(s string) int {
	for end := len(s); end > 0; {
		i := strings.LastIndexByte(s[:end], ',')
		if i < 0 {
			return -1
		}
		if i+1 < len(s) && s[i+1] == ' ' {
			return i
		}
		end = i
	}
	return -1
}

// trimTrailingAside drops what follows a spaced dash when it is background
// ("…separated from the office network – a client mentioned they could
// see our printer"): the ask ends at the dash.
func (e *Engine) trimTrailingAside(s string) string {
	if !asideDashSet.in(s) {
		return s // no spaced dash at all: most sentences
	}
	for _, sep := range asideDashes {
		i := strings.LastIndex(s, sep)
		if i <= 0 {
			continue
		}
		head, tail := s[:i], s[i+len(sep):]
		if !wordsAtLeast(head, 4) || !wordsAtLeast(tail, 3) || strings.Contains(tail, "?") {
			continue
		}
		tw := scratchWords(tail)
		asks := isInterrogative(*tw) || e.isRequest(*tw) && !(ownPlan(*tw) && e.headAsks(head))
		dropWords(tw)
		if asks {
			continue
		}
		return head
	}
	return s
}

// trimTrailingParen drops a parenthesis that closes the ask with
// background of its own ("can you let me know if the watch is ready (Sam
// said you'd ring but I haven't heard"): a clause with a subject, five
// words or more, that asks nothing. The ask ends before it. A short
// qualifier ("(the March one)") or one that asks stays
// (TestTrailingParenAside).
func (e *Engine) trimTrailingParen(s string) string {
	if s == "" || s[len(s)-1] == '?' || strings.IndexByte(s, '(') < 0 {
		return s // no parenthesis: most asks, told apart faster than by LastIndex
	}
	i := strings.LastIndex(s, " (")
	if i <= 0 {
		return s
	}
	head, inner := s[:i], strings.TrimRight(s[i+2:], " .;!)")
	if strings.ContainsAny(inner, "()?") || !wordsAtLeast(head, 4) || !wordsAtLeast(inner, parenAsideWords) {
		return s
	}
	iw := scratchWords(inner)
	defer dropWords(iw)
	ws := *iw
	if !slices.ContainsFunc(ws[:min(len(ws), 3)], func(w string) bool { return subjectPronouns.has(strings.TrimSuffix(w, "'d")) }) ||
		isInterrogative(ws) || e.verbFirst(stripLead(ws, 0)) || parenAsks(ws) {
		return s
	}
	return strings.TrimRight(head, " ,")
}

// parenAsks: the parenthesis puts a request of its own ("please …",
// "could you …" anywhere in it).
func parenAsks(ws []string) bool {
	for k, w := range ws {
		if w == "please" || k > 0 && politeToFirm(ws, k) {
			return true
		}
	}
	return false
}

// parenAsideWords is the fewest words a closing parenthesis of
// background holds: "(the March one)" qualifies the ask.
const parenAsideWords = 5

// core returns the words where the ask itself starts (and, when the ask
// follows a conjunction without punctuation, "…a bit so can you update…",
// the byte offset where the ask's own text starts; else -1): after leading
// discourse markers ("Also", "And then") and after an opening clause that
// only sets the scene ("Quick one:", "If so,", "Last thing,", "…license -").
// The first candidate start that opens a question or a request wins; with
// none, the sentence's own start.
func (e *Engine) core(text string, spans []span, ws []string) (core []string, cut int, req requestRead) {
	if c, cut, ok := e.leadBeforeAsk(text, spans, ws); ok {
		return c, cut, requestUnread
	}
	first := stripLead(ws, 0)
	opens, req := e.readOpening(first)
	if opens {
		// "…let me know…" deep in a long run-on makes it a request, but
		// the ask still starts after the background.
		if k := e.backgroundEnd(text, spans, ws); k > 0 {
			return ws[k:], spans[k].start, requestUnread
		}
		return first, -1, req
	}
	c, cut := e.coreAfterLead(text, spans, ws, first)
	if !sameWords(c, first) {
		req = requestUnread // what was read of first says nothing of c
	}
	return c, cut, req
}

// requestRead is what isRequest said of a clause's core while the core
// was found, so that clauseWith need not ask it again: most clauses' core
// is their first words, which opensAsk has read.
type requestRead uint8

const (
	requestUnread requestRead = iota
	requestYes
	requestNo
)

// isRequest is e.isRequest(ws), read again only if it was not read.
func (r requestRead) isRequest(e *Engine, ws []string) bool {
	if r == requestUnread {
		return e.isRequest(ws)
	}
	return r == requestYes
}

// readOpening is opensAsk(ws), with what it read of isRequest.
func (e *Engine) readOpening(ws []string) (bool, requestRead) {
	switch {
	case len(ws) == 0:
		return false, requestUnread
	case isInterrogative(ws):
		return true, requestUnread
	case e.isRequest(ws):
		return true, requestYes
	}
	return false, requestNo
}

// sameWords: a and b are the same words of the same slice.
func sameWords(a, b []string) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// coreAfterLead is core for a clause whose first words (first) open no
// ask: the ask after a greeting, a name, a condition, an acknowledgement
// or an opening clause.
func (e *Engine) coreAfterLead(text string, spans []span, ws, first []string) (core []string, cut int) {
	// After an apology without punctuation: "sorry is that the…?".
	if c, ok := apologyQuestion(text, first); ok {
		return c, -1
	}
	// After a greeting without punctuation: "hi odile is the refund still…".
	if end, ok := e.lex.greetings.hasAt(ws, 0); ok {
		for k := end; k <= end+2 && k < len(ws); k++ {
			if c := stripLead(ws, k); e.opensAsk(c) {
				return c, -1
			}
		}
		// After the sender naming themself, texted: "hi its sam from
		// flat 3 did the parcel come?" (TestGreetingSelfIntroAsk).
		if k := selfIntroEnd(ws, end); k > 0 {
			return ws[k:], spans[k].start
		}
	}
	// After the firm's name alone: "jen can u check the rota…".
	if nameLeadAsk(ws) {
		return ws[1:], spans[1].start
	}
	// A bare condition on the answer before: "if not can you…".
	if e.bareConditionAsk(ws) {
		return stripLead(ws, 2), -1
	}
	if k := conditionAskAt(ws); k > 0 {
		return ws[k:], -1
	}
	// After an acknowledgement without punctuation: "sounds good can
	// you book…".
	if c, k, ok := e.ackAsk(ws); ok {
		return c, spans[k].start
	}
	if k := asideAsk(text, spans, ws); k > 0 {
		return ws[k:], spans[k].start
	}
	if c, cut, ok := e.coreAfterClause(text, spans, ws); ok {
		return c, cut
	}
	return relayedCore(first), -1
}

// unclosedParen drops a closing parenthesis left at the end of an ask
// cut from inside one ("…in the books?)").
func unclosedParen(s string) string {
	t := strings.TrimRight(s, ".,;")
	if strings.HasSuffix(t, ")") && !strings.Contains(t, "(") {
		// "…know?)." keeps neither the bracket nor the full stop
		// after it, which ended the sentence around the aside.
		return t[:len(t)-1]
	}
	return s
}

// parenAsk returns the index of the word where a question put to the
// firm opens a parenthesis in a statement ("The deposit came back (can
// you tell me where to book it?) and …"); 0 when there is none. The ask is
// what the parenthesis holds.
func parenAsk(text string, spans []span, ws []string) int {
	if strings.IndexByte(text, '(') < 0 {
		return 0
	}
	for k := 1; k < len(spans)-1; k++ {
		gap := text[spans[k-1].end:spans[k].start]
		if strings.Contains(gap, "(") && politeToFirm(ws, k) && strings.Contains(text[spans[k].start:], "?") {
			return k
		}
	}
	return 0
}

// stripLead returns ws from i on, without its leading discourse markers.
func stripLead(ws []string, i int) []string {
	for i < len(ws) && leadMarkers.has(ws[i]) {
		i++
	}
	return ws[i:]
}

// opensAsk reports whether ws start a question or a request.
func (e *Engine) opensAsk(ws []string) bool {
	return len(ws) > 0 && (isInterrogative(ws) || e.isRequest(ws))
}

// coreAfterClause looks for the ask after an opening clause: after
// punctuation within the first 8 words, or after a conjunction followed
// by a direct request to the firm within the first 12.
func (e *Engine) coreAfterClause(text string, spans []span, ws []string) (core []string, cut int, ok bool) {
	question := lastPunct(text) == '?'
	for k := 1; k < len(spans) && k <= maxClauseWords; k++ {
		punct, conj := clauseBreak(text, spans, ws, k, question)
		if !punct && !conj || !question && appositiveClose(text, spans, ws, k) {
			continue
		}
		c := stripLead(ws, k)
		if len(c) == 0 {
			continue
		}
		if e.isRequest(c) || (isInterrogative(c) && !predicateAfterSubject(c, question) && questionAfterBreak(text, spans, k, c, question)) {
			if askQuotedFromBreak(text, spans, ws, c, k, punct, conj) {
				return c, spans[k].start, true
			}
			return c, -1, true
		}
	}
	return nil, -1, false
}

// askQuotedFromBreak: after a conjunction run-on, or a long stretch of
// background before "…, could you…?", the ask is quoted from its own
// start (ws[k]). A condition ("if …, could you") stays: it is part of the
// ask.
func askQuotedFromBreak(text string, spans []span, ws, c []string, k int, punct, conj bool) bool {
	return (conj && !punct) || longBackground(ws, k) || leadBeforeWh(ws, c) || statementRunOn(text, spans, ws, k) ||
		punct && reasonLead(ws)
}

// clauseBreak reports whether an opening clause may end before ws[k]:
// at punctuation within the first 8 words (punct), or at a conjunction
// followed by a direct request to the firm within the first 12 (conj).
// After a longer stretch of background only a question put to the firm
// ("…, could you look into…?") counts as punct.
func clauseBreak(text string, spans []span, ws []string, k int, question bool) (punct, conj bool) {
	gap := text[spans[k-1].end:spans[k].start]
	punct = strings.ContainsAny(gap, ",:;") || strings.Contains(gap, " - ") || strings.Contains(gap, " \u2013 ")
	if k > 8 {
		// Without a question mark, only after a long statement that
		// asks nothing ("We left the receipts … at your desk, could you
		// file them."): after a short one the comma may join a condition
		// to the ask, which splitting the sentence reads.
		// After a reason ("As we're …, is SSO included?") a question's
		// own word order opens the ask, polite or not.
		punct = punct && (lateBreak(text, spans, ws, k, question) || hopingAsk(ws[k:]))
	}
	return punct, k <= 12 && conjRequest(ws, k) || unjoinedRequest(ws, k) || situationLead(ws, k)
}

// lateBreak: punctuation after the eighth word ends the opening clause
// when a question or request put to the firm follows (see clauseBreak).
// After a long statement, the client's own question about what to do
// opens the ask too ("…don't match the cash tin, do I send them to
// you?").
func lateBreak(text string, spans []span, ws []string, k int, question bool) bool {
	return (politeToFirm(ws, k) || whToFirm(ws[k:]) || someoneAsked(ws, k)) && (question || longBackground(ws, k) || statementRunOn(text, spans, ws, k)) ||
		question && reasonLead(ws) && isInterrogative(stripLead(ws, k)) ||
		question && longBackground(ws, k) && clientAsksWhatToDo(ws, k)
}

// unjoinedRequest: "could you", "can you" straight after a long statement
// with nothing joining them ("Kieran says he never got his statement for
// October can you resend it to him, …"): the statement's words cannot go
// on that way, so the request starts there. Not after a wh-word or
// "if"/"whether", where the words are an indirect question ("ask how
// you could…").
func unjoinedRequest(ws []string, k int) bool {
	return k > maxBackgroundWords && politeToFirm(ws, k) && !whWords.has(ws[k-1]) && !indirectWords.has(ws[k-1])
}

var indirectWords = set("if whether that than")

// longBackground: the ask at ws[k] follows more than
// maxBackgroundWords of statement that is not a condition of it.
func longBackground(ws []string, k int) bool {
	return k > maxBackgroundWords && !conditionWords.has(ws[0])
}

// backgroundEnd returns the index of the word where a question put to
// the firm starts after a long statement that asks nothing itself ("Our
// two new starters have asked whether … for them, could you look into
// it?"), with or without its question mark ("I've left the receipts …
// at your desk, would you be able to redo the log from them."); 0 when
// there is none.
func (e *Engine) backgroundEnd(text string, spans []span, ws []string) int {
	if len(ws) <= maxBackgroundWords+2 || conditionWords.has(ws[0]) {
		return 0
	}
	for k := maxBackgroundWords + 1; k < len(spans)-1 && k <= maxClauseWords; k++ {
		gap := text[spans[k-1].end:spans[k].start]
		if strings.ContainsAny(gap, ",;") && (politeToFirm(ws, k) || soNeedAfterBackground(ws, k) || soWishAfterBackground(ws, k)) {
			if isInterrogative(ws[:k]) || e.isRequest(ws[:k]) {
				return 0
			}
			if ws[k] == "so" {
				return k + 1 // the need is quoted without its "so"
			}
			return k
		}
	}
	return 0
}

// maxBackgroundWords is the longest opening clause quoted with the ask
// after it: "I thought you had sent it, can you check…?" keeps its
// context; a run-on of a dozen words and more is background.
const maxBackgroundWords = 12

// maxClauseWords bounds the background before an ask that
// coreAfterClause looks past.
const maxClauseWords = 40

// someoneAsked: ws[k:] opens "can someone…", "could somebody…": the firm's
// people asked without "you" (TestSomeoneAfterBackground).
func someoneAsked(ws []string, k int) bool {
	return k+1 < len(ws) && auxWords.has(ws[k]) && someoneWords.has(ws[k+1])
}

var someoneWords = set("someone somebody anyone anybody")

// politeToFirm: ws[k:] opens "could you…", "can you…", "would you…".
func politeToFirm(ws []string, k int) bool {
	return k+1 < len(ws) && auxWords.has(ws[k]) && secondPerson.has(ws[k+1])
}

// conjRequest reports "…changed a bit so can you update…": a conjunction
// before ws[k], then a direct request to the firm. A time the request is
// for may stand between them: "…hard to swallow so this time could you…".
func conjRequest(ws []string, k int) bool {
	j := k - 1
	if j >= 3 && timeLeadFirst.has(ws[j-1]) && timeLeadSecond.has(ws[j]) {
		j -= 2
	}
	return j >= 1 && requestConjunctions.has(ws[j]) && k < len(ws)-1 &&
		auxWords.has(ws[k]) && secondPerson.has(ws[k+1])
}

// timeLeadFirst + timeLeadSecond: "this time", "next year", "for now", "in
// future" between a conjunction and the request it joins.
var timeLeadFirst, timeLeadSecond = set("this next for in"), set("time year round now future")

// notAsk reports sentences that are never asks whatever their form:
// pleasantries, thanks, offers, announcements of what the client will do.
func (e *Engine) notAsk(ws []string) bool {
	return e.opensNotAsk(ws) || goAheadOnly(ws) || deadlineOnly(ws) || purposeOnly(ws) || smallTalk(ws) || presumesNews(ws) ||
		replyLineMarker(ws) || doNotReply(ws) || answerByWhen(ws) || ownAssuranceOnly(ws) ||
		settledWonder(ws) || withdrawsAsk(ws) || e.linkedNotAskOnly(ws) || e.patiencePlea(ws) || choiceOnly(ws)
}

// bareRetroFrame: "Forgot to ask.", "Sorry, I meant to ask:" with nothing
// after the frame announce the question that follows; the next sentence
// asks it (TestTextedMeantToAsk).
func (e *Engine) bareRetroFrame(ws []string) bool {
	if len(ws) == 0 || len(ws) > 5 || !slices.ContainsFunc(ws, func(w string) bool { return retroFrameWords.has(w) }) {
		return false
	}
	from := 0
	if apologyWords.has(ws[0]) {
		from = 1
	}
	end, ok := e.lex.requestFrames.hasAt(ws, from)
	return ok && end == len(ws)
}

// choiceOnly: "Yes, go with the Thursday.", "OK, go for the slate grey.":
// the client picks one of the options the firm offered, and asks for
// nothing new. A person to go with ("go with them to the depot") or more
// words after the choice ("go with the surveyor and check the joists")
// ask (TestChoiceOnly).
func choiceOnly(ws []string) bool {
	i := 0
	for i < len(ws) && choiceLeads.has(ws[i]) {
		i++
	}
	if i+2 >= len(ws) || ws[i] != "go" || ws[i+1] != "with" && ws[i+1] != "for" {
		return false
	}
	rest := ws[i+2:]
	if len(rest) > maxChoiceWords {
		return false
	}
	for _, w := range rest {
		if w == "and" || choicePersons.has(w) {
			return false
		}
	}
	return true
}

// maxChoiceWords bounds the option named after "go with": "option B",
// "the Thursday", "the slate grey".
const maxChoiceWords = 4

var (
	// choiceLeads may open a pick: "yes, go with…", "ok let's go for…".
	choiceLeads = set("yes yeah yep ok okay fine great lovely perfect sure right let's lets we'll i'll then so just")
	// choicePersons after "go with" make it going somewhere with someone.
	choicePersons = set("you u him her them me us someone somebody")
)

// opensNotAsk reports sentences opened by a pleasantry, an offer or an
// announcement.
func (e *Engine) opensNotAsk(ws []string) bool {
	if e.bareRetroFrame(ws) {
		return true
	}
	if end, ok := e.lex.pleasantries.hasAt(ws, 0); ok {
		if progressAsk(ws) { // "how are you getting on with the plans?"
			return false
		}
		_, indirect := indirectAsk(ws) // "hoping you could…" asks
		// "j'espère que vous pourrez…" asks: a request frame longer
		// than the pleasantry it starts with.
		return !indirect && !e.longerFrame(ws, end)
	}
	from := emphaticDo(ws)
	if end, ok := e.lex.offers.hasAt(ws, from); ok {
		return !e.choiceAfterOffer(ws, from, end)
	}
	if end, ok := e.lex.notAsks.hasAt(ws, 0); ok {
		// "We'll need updated drawings" asks after all, as does a cover
		// line naming work on the attachment (shapes_attached_work.go).
		rest := withoutFillers(ws[end:])
		// "sorry meant to ask are you…": an apology that opens a longer
		// request frame with the question after it asks; "Sorry, forgot
		// to ask." alone announces one (TestTextedMeantToAsk).
		if fend, ok := e.lex.requestFrames.hasAt(ws, 0); ok && apologyWords.has(ws[0]) && fend > end && fend < len(ws) {
			return false
		}
		if (len(rest) == 0 || !needVerbs.has(rest[0])) && !attachedForWork(ws) && !e.coordinatedRequest(ws[end:]) {
			return true
		}
	}
	return false
}

// choiceAfterOffer reports an offer at ws[from:end] that opens with "if"
// and goes on to an alternative put to the reader: "Let me know if you
// need the originals or whether scans will do" asks which. An
// alternative that is an offer too ("… or if you have any questions")
// leaves the sentence an offer.
func (e *Engine) choiceAfterOffer(ws []string, from, end int) bool {
	opener := slices.IndexFunc(ws[from:end], func(w string) bool { return whetherWords.has(w) })
	if opener < 0 {
		return false
	}
	opener += from
	for k := end; k+2 < len(ws); k++ {
		if ws[k] != "or" || !whetherWords.has(ws[k+1]) {
			continue
		}
		// The sentence again with the alternative in place of the first branch.
		alt := append(slices.Clip(ws[:opener]), ws[k+1:]...)
		_, offer := e.lex.offers.hasAt(alt, from)
		return !offer
	}
	return false
}

// goAheadOnly reports "…would like to go ahead (with the search)", "please
// proceed": the answer to a quote, not a request; a further verb ("go
// ahead and prepare…") makes one.
func goAheadOnly(ws []string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if (ws[i] == "go" && ws[i+1] == "ahead") || ws[i] == "proceed" {
			if embeddedQuestionBefore(ws[:i]) || goAheadConditioned(ws, i) {
				// "tell me whether we have enough to proceed",
				// "confirm the deposit if we go ahead".
				return false
			}
			j := i + 1
			if ws[i] == "go" {
				j = i + 2
			}
			if j >= len(ws) || ws[j] != "and" || consentLead(ws[:i]) && consentTail(ws[j+1:]) {
				return true
			}
		}
	}
	return len(ws) == 1 && ws[0] == "proceed"
}

// embeddedQuestionBefore: "…tell me whether …", "let me know if …",
// "check if …": the go-ahead that follows sits in a question the client
// asks ("…whether we have enough to proceed to a hearing"), not in a
// consent. A bare "If you're happy, proceed." opens with its condition.
func embeddedQuestionBefore(ws []string) bool {
	for k := 1; k < len(ws); k++ {
		if (ws[k] == "whether" || ws[k] == "if") && embedLeads.has(ws[k-1]) {
			return true
		}
	}
	return false
}

// embedLeads put a whether- or if-question under a request to say or
// find out: "tell me whether", "know if", "check whether".
var embedLeads = set("me us know ask check see confirm advise wondering wonder find out")

// consentTail: what follows "go ahead and" is a verb whose object points
// back at what the firm offered ("…and file it", "…and send them to
// her"): the client agrees to the firm's proposal and asks for nothing
// new. A named object ("…and prepare the accounts") asks for work.
func consentTail(rest []string) bool {
	if len(rest) < 2 || len(rest) > 5 || !consentObjects.has(rest[1]) {
		return false
	}
	for _, w := range rest[2:] {
		if !consentTailWords.has(w) {
			return false
		}
	}
	return true
}

// consentLead: only agreement comes before "go ahead" ("yes please go
// ahead and…"); "could you go ahead and book it" asks.
func consentLead(ws []string) bool {
	for _, w := range ws {
		if !consentLeads.has(w) {
			return false
		}
	}
	return true
}

// smallTalk reports shrugs, "how was…" small talk and thanks.
func smallTalk(ws []string) bool {
	// "…worth the fuss, honestly?": a shrug.
	if shrugWords.has(ws[len(ws)-1]) {
		return true
	}
	// Short "How was Vienna?" and "How's the family?" are small talk.
	if len(ws) <= maxSmallTalkWords && (ws[0] == "how's" || (ws[0] == "how" && len(ws) > 1 && smallTalkAux.has(ws[1]))) {
		return true
	}
	// "…and had a good weekend": a well-wish (shapes_wellwish.go).
	return thanksWords.has(ws[0]) && !merciAsks(ws, 0) && !appreciateIf(ws) || wellWish(ws)
}

// merciAsks: "merci de" at ws[i] followed by a verb is a polite request
// ("merci de vérifier si…"); followed by a thing it thanks.
func merciAsks(ws []string, i int) bool {
	if i+2 >= len(ws) || ws[i] != "merci" || ws[i+1] != "de" {
		return false
	}
	w := ws[i+2]
	if merciVerbLead.has(w) {
		// "merci de nous avoir répondu" thanks for what was done.
		return i+3 >= len(ws) || !pastInfinitiveAux.has(ws[i+3])
	}
	if rest, ok := elidedObjectPronoun(w); ok {
		// "merci de m'imprimer …", "merci de m'envoyer …": a verb after
		// the elided pronoun asks; "merci de m'avoir aidé" thanks.
		w = rest
		if pastInfinitiveAux.has(w) {
			return false
		}
	} else if frenchDets.has(w) || strings.Contains(w, "'") {
		return false
	}
	for _, end := range merciVerbEnds {
		if strings.HasSuffix(w, end) && len(w) > 4 {
			return true
		}
	}
	return false
}

// elidedObjectPronoun cuts an elided "me" or "te" off a French verb
// ("m'imprimer" → "imprimer"); "l'" is left alone, as it elides the
// article of a noun as often ("l'offre", "l'envoi").
func elidedObjectPronoun(w string) (string, bool) {
	for _, p := range []string{"m'", "t'"} {
		if rest, ok := strings.CutPrefix(w, p); ok && len(rest) > 2 {
			return rest, true
		}
	}
	return "", false
}

// deadlineOnly: "we need it within 2 days", "I'd like them back by
// Friday": the deadline of the ask before, not an ask of its own (and its
// duration is not work).
func deadlineOnly(ws []string) bool {
	i := 0
	for i < len(ws) && (deadlineSubjects.has(ws[i]) || fillers.has(ws[i])) {
		i++
	}
	if i >= len(ws) || !deadlineWants.has(ws[i]) {
		return false
	}
	i++
	if i >= len(ws) || !anaphora.has(ws[i]) {
		return false
	}
	i++
	// "done by Friday" is a deadline; "reconciled by Friday" names work.
	if i < len(ws) && genericDone.has(ws[i]) {
		i++
	}
	return i < len(ws) && deadlineWords.has(ws[i])
}

// isInterrogative: the words open a direct question, with or without the
// question mark: "is the deadline…", "did you get…", "whats the fee…",
// "which form should I…". A wh-word followed by a subject ("when I get
// back") opens a statement, not a question.
func isInterrogative(ws []string) bool {
	w0 := ws[0]
	if whWords.has(w0) {
		return whQuestion(ws)
	}
	if auxWords.has(w0) && len(ws) > 1 {
		if strings.HasSuffix(w0, "n't") {
			// "Haven't seen the report in a while": a statement with the
			// subject dropped; a real question has its question mark.
			return false
		}
		if droppedSubject(ws) {
			return false
		}
		return pronWords.has(ws[1]) || detWords.has(ws[1]) || isNameLikeWord(ws[1])
	}
	// "any news on…", "anything we should bring…"; "u around tmrw…"
	return anyOpeners.has(w0) || elidedAreYou(ws) || approxWhQuestion(ws)
}

// whQuestion: isInterrogative for words opened by a wh-word.
func whQuestion(ws []string) bool {
	aux := auxWords
	w0 := ws[0]
	if strings.Contains(w0, "'") || strings.HasSuffix(w0, "s") && w0 != "whose" && w0 != "this" {
		return true // what's, whats, when's, how's
	}
	if len(ws) > 1 && aux.has(ws[1]) || whatAbout(ws) || ellipticPrice(ws) {
		return true
	}
	// "which form should…", "how much is…", "what time does…"
	return (len(ws) > 2 && !pronWords.has(ws[1]) && !detWords.has(ws[1]) && aux.has(ws[2])) || whenQuestion(ws)
}

// droppedSubject: "Will pass it on to Mark", "Can send them over
// tonight": a modal, then a word taking an object at once, is a promise
// with its subject (I) dropped; a subject after the modal would be
// followed by a verb ("will Sarah need…"). A day after the modal
// ("would Friday the 12th work") is a subject.
func droppedSubject(ws []string) bool {
	return len(ws) > 2 && requestAux.has(ws[0]) && !pronWords.has(ws[1]) && !detWords.has(ws[1]) &&
		!dayNames.has(ws[1]) && (pronWords.has(ws[2]) || detWords.has(ws[2]))
}

// dayNames are the words of the weekday class.
var dayNames = wordClasses["weekday"]

// isNameLikeWord: after an auxiliary, a word that can be a subject
// ("is Odile's refund…", "did Dervla…"): not a verb form we know.
func isNameLikeWord(w string) bool {
	return !notSubjects.has(w) && !auxWords.has(w)
}

// isRequest: a request frame anywhere ("please…", "I want you to…", "let
// me know whether…"), an imperative verb first, or a cover line naming
// work on an attachment (shapes_attached_work.go).
func (e *Engine) isRequest(ws []string) bool {
	var buf [32]string
	core := appendWithoutFillers(buf[:0], ws)
	found := false
	e.lex.requestFrames.find(core, func(_, start, end int) bool {
		found = e.frameAsks(core, start, end)
		return !found
	})
	if found || e.wishedThingAsks(core) || e.verbFirst(ws) {
		return true
	}
	if rest := afterImperativeLead(ws); rest != nil && e.verbFirst(rest) {
		return true
	}
	_, indirect := indirectAsk(core)
	return indirect || attachedForWork(core) || neededFromReader(core) || wantsDeliverable(core) || needsDoing(core) || missedMessage(core) ||
		e.introThenWish(core) || soNeedsDoing(core)
}

// soNeedsDoing: a reason, then "so" and a thing that needs a job ("the
// club has changed the order, so the plates need redoing"): the need is
// the ask, whatever the reason before it is (TestSoNeedsDoing).
func soNeedsDoing(core []string) bool {
	for i := 2; i+1 < len(core); i++ {
		if core[i] == "so" && needsDoing(core[i+1:]) {
			return true
		}
	}
	return false
}

// negatedFrame: "non vorrei", "I don't need", "not sure we need one": a
// negated frame asks nothing.
func negatedFrame(core []string, start int) bool {
	for i := max(0, start-negationReach); i < start; i++ {
		if negations.has(core[i]) {
			return true
		}
	}
	return false
}

// frameContextDenies reports what around the frame at core[start:end]
// keeps it from asking: a cancelled frame, thanks or a described need, an
// offer or reassurance, news acknowledged, a need already met, a third
// party's frame or a need that ends the clause.
func (e *Engine) frameContextDenies(core []string, start, end int) bool {
	return frameCancelled(core, start) || thanksOrDescribedNeed(core, start, end) || e.offerOrReassurance(core, start, end) ||
		newsAcknowledged(core, start) || needMet(core, start) || thirdPartyFrame(core, start) || needEndsClause(core, end) ||
		othersSeek(core, start) || informsOnly(core, start, end) || doneOneself(core, start, end) || relativeWish(core, start, end)
}

// relativeWish: a wish inside a relative clause ("una cantina che
// vorremmo trasformare", "a shed that we'd like to paint") says what the
// client plans for a thing, it asks nothing; with someone else to act
// ("that we'd like you to check") it still asks (TestRelativeWish).
func relativeWish(core []string, start, end int) bool {
	return start >= 2 && relativeOpeners.has(core[start-1]) && !hasAgent(core[start:end]) &&
		(end >= len(core) || !frameAgents.has(core[end]))
}

// doneOneself: a frame the client opens ("we should get the fence
// repainted") followed within a few words by "ourselves" or "myself" is
// a plan of their own, not work asked of the firm (TestProposedWorkGotDone).
func doneOneself(core []string, start, end int) bool {
	if !clientWishSubjects.has(core[start]) {
		return false
	}
	for _, w := range core[end:min(len(core), end+selfReach)] {
		if selfObjects.has(w) {
			return true
		}
	}
	return false
}

// selfReach bounds the words after a frame that doneOneself reads.
const selfReach = 3

// frameAsks reports whether the request frame at core[start:end] asks for
// something in its context.
func (e *Engine) frameAsks(core []string, start, end int) bool {
	if e.frameContextDenies(core, start, end) {
		return false
	}
	if core[start] == "so" {
		return soBenefitFrame(core, start) // "…, so it would be good to get…"
	}
	// "we'd like to <verb>": only a verb of work makes it a request
	// ("we would like to get more organised" is a wish), or one of
	// learning followed by what to learn ("like to understand how
	// long…"). When someone else is to act ("like you to") any verb does.
	if core[end-1] == "to" && !hasAgent(core[start:end]) && (end >= len(core) || !e.isWorkVerb(core[end]) && !learnsWhat(core[end:])) {
		return false
	}
	return !ownActOrTopic(core, end) && !keepsAsIs(core, start, end) && !retroAskDropped(core, start, end) &&
		!wonderEver(core, start, end) && !e.reportedOfferWithoutWork(core, start, end)
}

// thanksOrDescribedNeed: "merci de votre aide" and "nous voudrions vous
// remercier" thank (shapes_thanks_frame.go); "need the floors scrubbed"
// asks when the client needs it, not when "it'll need" describes the job.
func thanksOrDescribedNeed(core []string, start, end int) bool {
	return core[start] == "merci" && !merciAsks(core, start) || thanksAfterFrame(core, start, end) ||
		core[start] == "need" && start > 0 && !needSubjects.has(core[start-1]) && !ownFutureNeed(core, start)
}

// wonderEver: "I wonder whether it will ever stop raining", "I'm curious
// whether they'll ever reply": wondering whether a thing will ever happen
// muses and asks the firm nothing.
func wonderEver(core []string, start, end int) bool {
	wonders := false
	for _, w := range core[start:end] {
		wonders = wonders || w == "wonder" || w == "curious"
	}
	return wonders && slices.Contains(core[end:], "ever")
}

// retroFrameWords make a frame an account of an ask once meant ("I meant
// to ask", "je voulais savoir", "ik wilde vragen").
var retroFrameWords = set("meant forgot going meaning voulais wilde wollte quería volevo queria")

// contrastWords: "but" in the languages with frames of the kind.
var contrastWords = set("but mais maar aber pero ma mas")

// retroAskDropped: a frame of an ask once meant, then "but" ("I meant to
// ask at the meeting, but it's sorted now", "je voulais savoir si …, mais
// Marie m'a répondu") tells why it need not be asked.
func retroAskDropped(core []string, start, end int) bool {
	retro := false
	for _, w := range core[start:end] {
		retro = retro || retroFrameWords.has(w)
	}
	if !retro {
		return false
	}
	for _, w := range core[end:] {
		if contrastWords.has(w) {
			return true
		}
	}
	return false
}

// keepsAsIs: "we'd like the font to stay as it is", "I would like the
// prices to remain where they are": a wish that a thing stays unchanged
// sets a limit on the work, it asks for none; "like you to keep…" names
// someone to act and asks.
func keepsAsIs(core []string, start, end int) bool {
	frame := core[start:end]
	if hasAgent(frame) || !slices.ContainsFunc(frame, func(w string) bool { return planWants.has(w) }) {
		return false
	}
	for i := end - 1; i+1 < len(core) && i < end+keepReach; i++ {
		if frameAgents.has(core[i]) {
			return false
		}
		if core[i] == "to" && stayVerbs.has(core[i+1]) {
			return true
		}
	}
	return false
}

// ownActOrTopic: after a frame ending at core[end], "I need to book the
// morning off" is the client's own act, and "I was wondering about the
// invoice." names a topic (a question mark still makes it an ask).
func ownActOrTopic(core []string, end int) bool {
	return (core[end-1] == "need" || core[end-1] == "needs") && end < len(core) && core[end] == "to" || topicOnly(core, end) ||
		passesOn(core, end)
}

// passOnVerbs and passOnObjects: "I'd like to give them a date", "we'd
// like to tell him something firm": after a frame with no one else to act,
// passing word on to a third person is the client's own act.
var (
	passOnVerbs   = set("give tell send show let reassure")
	passOnObjects = set("them him her everyone everybody")
)

// passesOn: the frame ending at core[end] ("… like to") is followed by a
// verb of passing word on and a third person; "like you to tell them"
// names the firm and still asks.
func passesOn(core []string, end int) bool {
	return end >= 2 && core[end-1] == "to" && !frameAgents.has(core[end-2]) && end+1 < len(core) &&
		passOnVerbs.has(core[end]) && passOnObjects.has(core[end+1])
}

// verbFirst reports an imperative: a request verb first.
func (e *Engine) verbFirst(ws []string) bool {
	if _, ok := e.lex.requestVerbs.hasAt(ws, 0); !ok && !e.isRedoVerb(ws[0]) && !cliticImperative(ws) || returnedBack(ws) {
		return false
	}
	// "Work has been crazy": a noun followed by a verb is a statement;
	// "news from the allotment", "review of the year": a noun too.
	return len(ws) <= 1 || (!auxWords.has(ws[1]) && !nounMarkers.has(ws[1]) && !appraisalVerbs.has(ws[1]) && !coverNote(ws))
}

// coverNote: "Invite below for the site visit.", "Schedule attached for
// next week.": a thing the mail carries, named by a word that is also a
// verb, then where it is and nothing or a preposition. "Update attached
// spreadsheet with…" goes on with a noun and is an imperative
// (TestCoverNoteNotAsk).
func coverNote(ws []string) bool {
	if len(ws) < 2 || !coverNouns.has(ws[0]) || !placedWords.has(ws[1]) {
		return false
	}
	return len(ws) == 2 || coverNoteNext.has(ws[2])
}

// learnsWhat: "know whether…", "understand exactly what…".
func learnsWhat(ws []string) bool {
	if len(ws) < 2 {
		return false
	}
	if !learningVerbs.has(ws[0]) {
		return false
	}
	for _, w := range ws[1:min(len(ws), learnsWhatReach)] {
		if whWords.has(w) || whetherWords.has(w) {
			return true
		}
	}
	return false
}

// hasAgent: the frame names who is to act ("you", "someone").
func hasAgent(frame []string) bool {
	for _, w := range frame {
		if frameAgents.has(w) {
			return true
		}
	}
	return false
}

// isWorkVerb: a verb that asks for something to be done, as requests open
// with ("prepare", "add", "set").
func (e *Engine) isWorkVerb(w string) bool {
	if _, ok := e.lex.requestVerbs.hasAt([]string{w}, 0); ok {
		return true
	}
	return workVerbs.has(w) || e.isRedoVerb(w)
}

// isRedoVerb: a work verb done again, "reprint", "resubmit".
func (e *Engine) isRedoVerb(w string) bool {
	if rest, ok := strings.CutPrefix(w, "re"); ok && len(rest) > 2 {
		if _, ok := e.lex.requestVerbs.hasAt([]string{rest}, 0); ok {
			return true
		}
	}
	return false
}

// appendWithoutFillers is withoutFillers into buf, when the words are
// only read (callers pass an array on their stack).
func appendWithoutFillers(buf, ws []string) []string {
	for _, w := range ws {
		if !isFiller(w) {
			buf = append(buf, w)
		}
	}
	return buf
}

func withoutFillers(ws []string) []string {
	n := 0
	for _, w := range ws {
		if isFiller(w) {
			n++
		}
	}
	if n == 0 {
		return ws
	}
	out := make([]string, 0, len(ws)-n)
	for _, w := range ws {
		if !isFiller(w) {
			out = append(out, w)
		}
	}
	return out
}

func (e *Engine) agentOf(ws []string) agent {
	if causativeAsk(ws) {
		return agentFirm
	}
	if _, ok := clientFrames.hasAt(ws, 0); ok || othersMustDo(ws) || ownPersonHimself(ws) {
		return agentClient
	}
	if _, ok := e.lex.requestVerbs.hasAt(ws, 0); ok {
		return agentFirm
	}
	if workerRequest(ws) {
		return agentFirm
	}
	var buf [32]string
	if firmFrames.has(appendWithoutFillers(buf[:0], ws)) {
		return agentFirm
	}
	return agentNeutral
}

// question turns an ask into a classified Question.
func (e *Engine) question(c clause) Question {
	cl := e.classify(c)
	text := c.text
	if len(text) > maxAskText {
		// An ask is quoted back in the draft and kept in the ledger: a
		// run-on paste must not make it a page long.
		text = cutText(text, maxAskText) + " …"
	}
	q := Question{Text: text, Kind: cl.kind, Minutes: cl.minutes, Category: cl.category, Act: cl.act,
		Estimate: cl.estimate, CheckEstimate: cl.check}
	if e.root.observe != nil {
		e.root.observe(c, q)
	}
	return q
}

// maxAskText bounds the text of one ask.
const maxAskText = 500

// maxSplitWords bounds the sentences splitAsks looks into.
const maxSplitWords = 80

// splitAsks returns the asks of one sentence: usually the sentence itself,
// or two when it joins two distinct asks ("Can you confirm the deadline
// and also prepare the extension form?").
func (e *Engine) splitAsks(s string) []clause {
	whole, cs, single := e.sentenceAsks(s)
	if single {
		return []clause{whole}
	}
	return cs
}

// sentenceAsks is splitAsks that returns a sentence read as one clause
// that asks nothing as whole (single), rather than in a slice of its own:
// most sentences ask nothing.
func (e *Engine) sentenceAsks(s string) (whole clause, cs []clause, single bool) {
	return e.sentenceAsksRead(s, &sentWords{s: s})
}

// sentenceAsksRead is sentenceAsks for a sentence whose words sw may
// already hold.
func (e *Engine) sentenceAsksRead(s string, sw *sentWords) (whole clause, cs []clause, single bool) {
	asks, read, ok := e.runOnAsks(sw)
	if ok {
		return clause{}, e.runOnJobs(asks), false
	}
	whole = e.clauseWith(s, read.spans, read.lw)
	if !whole.ask {
		return whole, nil, true
	}
	return clause{}, e.splitJoined(s, whole), false
}

// splitJoined returns the asks of sentence s, whose clause as a whole is
// whole: whole, or its parts when it joins distinct asks.
func (e *Engine) splitJoined(s string, whole clause) []clause {
	if !whole.ask {
		return []clause{whole}
	}
	spans, lw := whole.spans, whole.lw
	if whole.full != s {
		spans = wordSpans(s)
		lw = nil
	}
	if len(spans) > maxSplitWords {
		// A sentence this long is not two plain asks; and the search
		// below must stay cheap on hostile input.
		return []clause{whole}
	}
	if lw == nil {
		lw = lowerSpans(s, spans)
	}
	sp := sentenceSplit{s: s, whole: whole, spans: spans, lw: lw}
	for k := 2; k < len(sp.lw)-2; k++ {
		if commaQuestionAt(&sp, k) {
			if asks, ok := e.splitQuestion(&sp, k); ok {
				return asks
			}
			continue
		}
		if asks, ok := e.splitAt(&sp, k); ok {
			return asks
		}
	}
	return []clause{whole}
}

// sentenceSplit is the sentence splitAsks looks into: its text, its
// clause as a whole, its words' positions and lower-case words.
type sentenceSplit struct {
	s     string
	whole clause
	spans []span
	lw    []string
}

// splitAt tries to split the sentence at a joining "and" or ", also" at
// word k.
func (e *Engine) splitAt(sp *sentenceSplit, k int) ([]clause, bool) {
	lw := sp.lw
	if !joinerAt(sp, k) || e.sharedObjectPair(lw, k) {
		return nil, false
	}
	r := k + 1
	if lw[k] == "and" && r < len(lw) && lw[r] == "also" {
		r++
	}
	if r >= len(lw) {
		return nil, false
	}
	right := lw[r:]
	if anyListItem(sp, right) {
		return nil, false
	}
	// A second direct question: "…today, and whats the fee…?". One
	// whose subject points back ("…, and does it take long?") asks
	// about the same thing and stays with the first.
	if twoQuestions(sp, right) {
		if e.moreAfterReceipt(sp, k, right) {
			return nil, false
		}
		return e.splitQuestion(sp, k)
	}
	if asks, ok := e.splitWishOrSideFact(sp, k, r); ok {
		return asks, true
	}
	if asks, ok := e.splitFacts(sp, k, r); ok {
		return asks, true
	}
	if asks, ok := e.splitWhSeries(sp, k, r); ok {
		return asks, true
	}
	if asks, ok := e.splitIfNot(sp, k); ok {
		return asks, true
	}
	if asks, ok := e.splitRequest(sp, k, r); ok {
		return asks, true
	}
	return e.splitNeedsOrOwnSeries(sp, k, r)
}

// twoQuestions: the sentence is a question and the words after its
// joiner, right, a direct question of their own. A bare "be" after the
// auxiliary ("… that are elderly and may be on medication?") goes on
// with the subject before the joiner: no subject of its own
// (TestModalBeGoesOn in shapes_conj_test.go).
func twoQuestions(sp *sentenceSplit, right []string) bool {
	return (sp.whole.question || sp.whole.interrogative) && len(right) >= 3 && isInterrogative(right) && secondQuestion(right) &&
		right[1] != "be"
}

// joinerAt: word k joins two parts that may be asks of their own: "and",
// or "also" after a comma, but not the "and" of a visit and its job
// (oneJobJoin).
func joinerAt(sp *sentenceSplit, k int) bool {
	w := sp.lw[k]
	if w == "also" {
		return precededBy(sp.s, sp.spans[k].start, ",;")
	}
	return w == "and" && !oneJobJoin(sp.lw, k)
}

// splitQuestion splits before the second of two direct questions, when
// both parts are asks.
func (e *Engine) splitQuestion(sp *sentenceSplit, k int) ([]clause, bool) {
	left := e.clause(trimJoin(sp.s[:sp.spans[k].start]))
	rc := e.clause(sp.s[sp.spans[k].start:])
	if !left.ask && rc.ask && sp.whole.question && whOpened(left.ws) {
		// "What happens now, and could you…?": the question mark ends
		// both questions.
		left.ask, left.interrogative = true, true
		return []clause{left, rc}, true
	}
	if left.ask && rc.ask {
		return append(e.splitAsks(left.text), rc), true
	}
	return nil, false
}

// whOpened: a clause of two words or more opened by a wh-word.
func whOpened(ws []string) bool {
	return len(ws) >= 2 && whWords.has(ws[0])
}

// splitRequest splits a second request sharing the first one's frame:
// "Can you tell me when… and figure out whether…". Only split when each
// part has its own clear signals and they point to different kinds, the
// only reason the split matters to the firm, or when ", and" sets the
// second job apart (commaJoined), or when both are quick jobs of their own
// (joinedJob).
func (e *Engine) splitRequest(sp *sentenceSplit, k, r int) ([]clause, bool) {
	lw, right := sp.lw, sp.lw[r:]
	// "…and also tell us whether…": "also" marks a second ask
	// even with a verb that otherwise delivers the first one's result.
	also := r == k+2 || lw[k] == "also"
	join := e.joinedJob(sp.whole.ws, right, also)
	if join == joinNone || sp.whole.agent != agentFirm {
		return nil, false
	}
	left := e.clause(trimJoin(sp.s[:sp.spans[k].start]))
	start := sp.spans[r].start
	if lw[k] == "and" && r == k+2 {
		start = sp.spans[k+1].start // keep "also"
	}
	rc := e.clause(sp.s[start:])
	rc.ask, rc.request, rc.agent = true, true, agentFirm
	if !left.ask || len(left.ws) < 3 || len(rc.ws) < 3 {
		return nil, false
	}
	lcl, rcl := e.classify(left), e.classify(rc)
	if join.splits(lcl, rcl, commaJoined(sp, k), also) {
		return append(e.jobSeries(left), rc), true
	}
	return nil, false
}

// secondRequest reports whether right, the words after the joiner, open
// a request of their own rather than deliver the first one's result or
// refer back to its object.
func (e *Engine) secondRequest(right []string, also bool) bool {
	_, ok := e.lex.requestVerbs.hasAt(right, 0)
	return ok && (also || !communicationVerbs.has(right[0]) || viewOfNewThing(right)) && !anaphoricObject(right)
}

// viewOfNewThing: a communication verb that asks for the firm's view of a
// thing not named before ("…and give us your advice on the break clause",
// "…and advise me on the offer") asks for work of its own; a view of what
// the first job looked at ("…and give me your thoughts on it") is that
// job's result.
func viewOfNewThing(right []string) bool {
	for i := 1; i+2 < len(right) && i <= viewReach; i++ {
		view := viewNouns.has(right[i]) || right[0] == "advise" && objectPronouns.has(right[i])
		if view && viewAbout.has(right[i+1]) && !anaphora.has(right[i+2]) && !anaphoricSubjects.has(right[i+2]) {
			return true
		}
	}
	return false
}

// anaphoricObject: the verb's object refers back ("…and file them before
// the deadline"): the same job, not a second ask.
func anaphoricObject(ws []string) bool {
	if len(ws) < 2 {
		return false
	}
	return anaphora.has(ws[1])
}

// anaphoricSubject: the question's subject refers back ("does it need…",
// "is that included…").
func anaphoricSubject(ws []string) bool {
	i := 1
	if whWords.has(ws[0]) && len(ws) > 2 && auxWords.has(ws[1]) {
		i = 2
	}
	return anaphoricSubjects.has(ws[i])
}

func precededBy(s string, pos int, chars string) bool {
	t := strings.TrimRight(s[:pos], " ")
	return t != "" && strings.ContainsRune(chars, rune(t[len(t)-1]))
}

// trimJoin removes the punctuation left at the end of the first part of a
// split sentence.
func trimJoin(s string) string {
	return strings.TrimRightFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == ';' || r == '-' })
}

// greetingWords bounds the words displayText looks at for a greeting: the
// longest greeting phrase and the four words of a name after it.
const greetingWords = 16

// span is a word's byte range in its text.
type span struct{ start, end int }

// wordSpans finds the words of s as words() does, with their positions.
func wordSpans(s string) []span {
	// About one word in five bytes: one allocation, not a growing slice.
	return appendWordSpans(make([]span, 0, len(s)/5+1), s)
}

func lowerSpans(s string, spans []span) []string {
	return appendLowerSpans(make([]string, 0, len(spans)), s, spans)
}

// appendLowerSpans appends the lower-case words at spans of s to out.
func appendLowerSpans(out []string, s string, spans []span) []string {
	for _, sp := range spans {
		out = append(out, lowerWord(s[sp.start:sp.end]))
	}
	return out
}

// repeatsAnAsk: clause c asks again for what an ask of out already
// asked (restatedAsk), or sums it up with a need (recapsAsk).
func repeatsAnAsk(c clause, out []Question) bool {
	return c.ask && restatedAsk(c.lw, out) || len(out) > 0 && recapsAsk(c)
}

// coordinatedRequest: after a cover phrase, "and" (or "then") joins a
// request verb: "Please ignore the old invoice and send me a new one",
// "please note the new address and update your records". The cover
// phrase does not cover what the client asks next.
func (e *Engine) coordinatedRequest(ws []string) bool {
	for i := 0; i+1 < len(ws); i++ {
		switch ws[i] {
		case "and", "then":
			if rest := withoutFillers(ws[i+1:]); len(rest) > 0 && e.verbFirst(rest) {
				return true
			}
		case "but":
			// "Sorry to use the group email for this, but could you…":
			// the apology or announcement leads into a question put to
			// the reader.
			if rest := withoutFillers(ws[i+1:]); len(rest) > 2 && requestAux.has(rest[0]) && (rest[1] == "you" || rest[1] == "u") {
				return true
			}
		}
	}
	return false
}

// selfIntroEnd returns the index where a question starts after a texted
// self-introduction that follows the greeting at ws[:end] ("hi its sam
// from flat 3 did…", "hey this is jo at number 9 can you…"); 0 when
// there is none. The introduction is no part of the ask.
func selfIntroEnd(ws []string, end int) int {
	k := end
	switch {
	case k < len(ws) && (ws[k] == "its" || ws[k] == "it's"):
		k++
	case k+1 < len(ws) && ws[k] == "this" && ws[k+1] == "is":
		k += 2
	default:
		return 0
	}
	for j := k + 1; j < len(ws) && j <= k+maxSelfIntroWords; j++ {
		if auxWords.has(ws[j]) && isInterrogative(ws[j:]) {
			return j
		}
	}
	return 0
}

// maxSelfIntroWords bounds a texted self-introduction: a name and where
// or whose the sender is ("dean room 14s son").
const maxSelfIntroWords = 6

// greetingSelfIntro: ws open with a greeting and a texted
// self-introduction followed by a question ("hi its sam from flat 3 did
// the parcel come"): the part before a run-on's next ask asks too.
func (e *Engine) greetingSelfIntro(ws []string) bool {
	end, ok := e.lex.greetings.hasAt(ws, 0)
	return ok && selfIntroEnd(ws, end) > 0
}
