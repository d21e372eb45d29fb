package triage

// Remarks that look like asks and are not (a question of the firm's quoted
// back, a phone signature's plea, a complaint about how hard something is,
// an offer to talk after a condition of convenience, a heading over a
// list), and asks that look like remarks (an apology run into a question,
// a status check put as a wish, a bare-numbered list, "what about …").

import "strings"

// quotedFirmQuestion: the sentence's only question mark closes a quotation
// of the firm's words ("You asked "is the boiler covered?"", "Re your
// question 'did we sign…?'"): the client repeats the firm's question to
// answer it. A quotation of the client's own question ("My question is
// "can we claim it?"") still asks.
func quotedFirmQuestion(s string) bool {
	t := strings.TrimRight(s, " .")
	if len(t) < 3 {
		return false
	}
	q := t[len(t)-1]
	closing, ok := closingQuote(t)
	if !ok {
		return false
	}
	body := t[:len(t)-closing]
	if !strings.HasSuffix(body, "?") {
		return false
	}
	open := openingQuote(body, q)
	if open <= 0 || strings.Contains(body[:open], "?") {
		return false
	}
	p := scratchWords(body[:open])
	defer dropWords(p)
	for _, w := range *p {
		if firmQuoters.has(w) {
			return true
		}
	}
	return false
}

// closingQuote reports the byte length of the quotation mark that ends t.
func closingQuote(t string) (int, bool) {
	switch {
	case strings.HasSuffix(t, "\""), strings.HasSuffix(t, "'"):
		return 1, true
	case strings.HasSuffix(t, "\u201d"), strings.HasSuffix(t, "\u2019"):
		return len("\u201d"), true
	}
	return 0, false
}

// openingQuote returns where the quotation closed at the end of body
// opens: the last straight quote of the same kind, or a curly opening
// one; -1 when there is none.
func openingQuote(body string, last byte) int {
	if last == '"' || last == '\'' {
		return strings.LastIndexByte(body, last)
	}
	return max(strings.LastIndex(body, "\u201c"), strings.LastIndex(body, "\u2018"))
}

// apologyQuestion: "sorry is that the blue file you mean?", "apologies
// did you want both copies?": an apology with no punctuation before a
// direct question. The core starts at the question; without the question
// mark ("sorry was out all day") it stays an apology.
func apologyQuestion(text string, ws []string) ([]string, bool) {
	if len(ws) < 4 || !apologyWords.has(ws[0]) || lastPunct(text) != '?' {
		return nil, false
	}
	rest := ws[1:]
	if !auxWords.has(rest[0]) || strings.HasSuffix(rest[0], "n't") || !(pronWords.has(rest[1]) || detWords.has(rest[1])) {
		if !whWords.has(rest[0]) || !whQuestion(rest) {
			return nil, false
		}
	}
	return rest, true
}

// typoPlea: "Please excuse typos", "sent on the go - excuse my
// brevity": a phone signature's plea, not a request; the caller keeps a
// sentence with a question mark ("excuse the typos, but can you …?").
func typoPlea(ws []string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if !pardonWords.has(ws[i]) {
			continue
		}
		j := i + 1
		if j < len(ws) && (ws[j] == "any" || ws[j] == "my" || ws[j] == "the") {
			j++
		}
		if j < len(ws) && typoWords.has(ws[j]) && len(ws) <= j+4 {
			return true
		}
	}
	return false
}

// whySoHard: "why is it so hard to get an answer from…?", "why is it
// always such a struggle to…": a complaint about how hard something is,
// put as a question. "why is our bill so high?" asks about a thing.
func whySoHard(ws []string) bool {
	if len(ws) < 6 || ws[0] != "why" || !auxWords.has(ws[1]) || !dummySubjects.has(ws[2]) {
		return false
	}
	for i := 3; i+1 < len(ws) && i < 7; i++ {
		if hardWords.has(ws[i]) && (ws[i+1] == "to" || ws[i+1] == "getting") {
			return true
		}
	}
	return false
}

// conditionalTalkOffer: "If it's easier, give me a ring on…", "If you
// have any questions, call me": an offer to talk after a condition of the
// client's convenience or the firm's need, not a request. "If you can,
// call me tomorrow" still asks.
func (e *Engine) conditionalTalkOffer(all, core []string) bool {
	if len(all) < 4 || all[0] != "if" || len(core) >= len(all) || !talkInvite(core) {
		return false
	}
	if _, ok := e.lex.offers.hasAt(all, 0); ok {
		return true
	}
	for _, w := range all[1 : len(all)-len(core)] {
		if convenienceWords.has(w) {
			return true
		}
	}
	return false
}

// talkInvite: "call me", "ring us on…", "give me a ring": an invitation
// to talk. "email me the forms" asks for something to be sent.
func talkInvite(ws []string) bool {
	if len(ws) < 2 || !contactVerbs.has(ws[0]) || ws[1] != "me" && ws[1] != "us" {
		return false
	}
	if ws[0] != "give" {
		return true
	}
	return len(ws) > 3 && ws[2] == "a" && talkNouns.has(ws[3])
}

// headingIntro: "Update on the restructure:", "News from the site:": a
// heading over a list, which reports; it does not say the items are
// wanted.
func headingIntro(ws []string) bool {
	return len(ws) >= 2 && len(ws) <= maxHeadingWords && headingNouns.has(ws[0]) && headingPreps.has(ws[1])
}

// maxHeadingWords bounds a heading over a list.
const maxHeadingWords = 6

// bareNumbered reports a paragraph whose lines number a list without a
// full stop or bracket after the number ("1 when is the…", "2 can you…"):
// at least two lines numbered 1, 2, … in order.
func bareNumbered(lines []string) bool {
	next := 1
	for _, l := range lines {
		if n, ok := bareNumber(strings.TrimSpace(l)); ok && n == next {
			next++
		}
	}
	return next > 2
}

// bareNumber reads a leading "1 " to "9 " followed by a letter.
func bareNumber(t string) (int, bool) {
	if len(t) < 3 || t[0] < '1' || t[0] > '9' || t[1] != ' ' || !isASCIILetter(t[2]) {
		return 0, false
	}
	return int(t[0] - '0'), true
}

func isASCIILetter(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

// howDegree: "how much", "how long", "how soon": a wh-question whose
// auxiliary comes one word later ("how much will it be").
func howDegree(rest []string) bool {
	return len(rest) > 3 && rest[0] == "how" && howDegreeWords.has(rest[1])
}

// apologyTail: in a run-on, "sorry for the rush…", "sorry about the
// mess…" after an ask is the client's apology, not part of the ask;
// "pass on my apologies to…" names the apologies as a thing, and so do
// apologies sent, given or received ("who has sent apologies for the
// meeting", TestApologiesAsThing).
func apologyTail(lw []string, j int) bool {
	return apologyWords.has(lw[j]) && j+1 < len(lw) && apologyObjects.has(lw[j+1]) && !detWords.has(lw[j-1]) &&
		!apologyTakers.has(lw[j-1])
}

// apologyTakers are verbs whose object apologies are, as in minutes'
// "apologies received from …": what follows is still the ask.
var apologyTakers = set("sent send sends sending gave given give gives giving received receive receives had offered " +
	"offer tendered tender passed conveyed")

// hyperbolicNeed: "how many reminders does one person need?", "how much
// proof does anyone need?": a question ending on "need" whose subject
// is anybody at all vents. "How many hours does a person need to work
// …?" goes on and asks.
func hyperbolicNeed(ws []string) bool {
	n := len(ws)
	if n < 6 || ws[0] != "how" || (ws[1] != "many" && ws[1] != "much") || ws[n-1] != "need" {
		return false
	}
	for i := 3; i < n-2; i++ {
		if !auxWords.has(ws[i]) {
			continue
		}
		subj := ws[i+1 : n-1]
		return len(subj) == 1 && ventAnyone.has(subj[0]) || len(subj) == 2 && anyOneWords.has(subj[0]) && genericPeople.has(subj[1])
	}
	return false
}

// longerFrame: a request frame at ws[0] runs past end, where a
// pleasantry that starts the same way ends ("espero que" / "espero que
// pueda…").
func (e *Engine) longerFrame(ws []string, end int) bool {
	fend, ok := e.lex.requestFrames.hasAt(ws, 0)
	return ok && fend > end
}

// checkingAsk: "(just) wanted to check whether …", "wanted to check the
// payroll went through", "wanted to make sure you got …", "just checking
// that …": a status check put to the firm. "wanted to check the figures
// myself" is the client's own act, and "wanted to check in" a greeting.
// It returns the index of the word after the frame.
func checkingAsk(ws []string) (int, bool) {
	j := checkingFrameEnd(ws)
	if j <= 0 || j >= len(ws) {
		return 0, false
	}
	w := ws[j]
	if whetherWords.has(w) || w == "that" || secondPerson.has(w) || secondPersonContracted.has(w) {
		return j, true
	}
	if checkedQuestion(ws, j) {
		return j, true
	}
	return j, detWords.has(w) && happened(ws[j+1:])
}

// checkedQuestion: after "just checking" the question itself in its own
// word order, as phone mail runs them on without a question mark: "just
// checking did the parcel go yesterday", "checking has the deposit come
// in". An auxiliary and a subject open it (TestCheckingQuestionOrder).
func checkedQuestion(ws []string, j int) bool {
	return j+2 < len(ws) && auxWords.has(ws[j]) && (detWords.has(ws[j+1]) || subjectPronouns.has(ws[j+1]))
}

// checkingFrameEnd returns where "wanted to check", "want to make sure"
// or an opening "checking" ends in ws, or 0.
func checkingFrameEnd(ws []string) int {
	if k := checkingOpens(ws); k > 0 {
		return k
	}
	for i := 0; i+3 < len(ws) && i < 3; i++ {
		if !checkWants.has(ws[i]) || ws[i+1] != "to" {
			continue
		}
		switch {
		case ws[i+2] == "check":
			return i + 3
		case ws[i+2] == "make" && ws[i+3] == "sure":
			return i + 4
		}
	}
	return 0
}

// toGetAsk: at ws[i], "to get a breakdown of…" (a new thing made) or
// "to get the lease signed off…" (work asked for by its result); "to get
// the kids back" is no ask.
func toGetAsk(ws []string, i int) bool {
	if i+2 >= len(ws) || ws[i] != "to" || ws[i+1] != "get" {
		return false
	}
	return ws[i+2] == "a" || ws[i+2] == "an" || detWords.has(ws[i+2]) && (gotDone(ws[i+3:]) || madeWithin(ws[i+3:]))
}

// toHaveBy: at ws[i], "to have (or get, receive) the signed contracts
// back by Friday", "to have the report before the meeting": a thing of the
// firm's wanted by a time, so asked for. "to have a copy of…" asks for
// the copy. Without a time the wish asks nothing ("to have a quieter
// January").
func toHaveBy(ws []string, i int) bool {
	if i+3 >= len(ws) || ws[i] != "to" || !wishHaveVerbs.has(ws[i+1]) || !detWords.has(ws[i+2]) {
		return false
	}
	if copyWords.has(ws[i+3]) && ws[i+2] != "the" {
		return true
	}
	if newDeliverable(ws[i+2:]) {
		return true
	}
	for k, w := range ws[i+3 : min(len(ws), i+3+wishTimeReach)] {
		if wishTimeWords.has(w) {
			// The thing must be one the firm hands over: "the new
			// hire settled in by March" or "the kitchen finished by
			// Christmas" wish for the client's own life.
			return deliverableIn(ws[i+3 : i+3+k])
		}
	}
	return gotDone(ws[i+3:])
}

// deliverables are things a firm makes or hands over, wanted by a time in
// a wish ("to have the signed contracts back by Friday").
var deliverables = set("accounts return returns forecast forecasts budget budgets report reports pack packs contract " +
	"contracts lease quote quotes quotation estimate invoice invoices payslips p60 p60s p45 figures numbers draft drafts " +
	"plan plans proposal proposals minutes statements papers paperwork documents document forms form receipts copy copies " +
	"files file letter letters certificate summary breakdown schedule designs logo artwork proofs login details keys reconciliation " +
	"template templates spreadsheet spreadsheets comparison comparisons overview checklist analysis assessment costing " +
	"projection projections mockup mockups render renders measurements translation samples brochure brochures " +
	"leaflet leaflets flyers rota timetable " +
	// Site and trade paperwork: "to have the tree survey by Friday",
	// "the revised drawings before the meeting", "a valuation before the
	// renewal" (TestWishedSiteDocuments).
	"survey surveys drawing drawings valuation valuations specification specifications sketch sketches " +
	"inventory inventories appraisal appraisals")

// deliverableIn: some word of ws names a deliverable.
func deliverableIn(ws []string) bool {
	for _, w := range ws {
		if deliverables.has(w) || documentNouns.has(w) {
			return true
		}
	}
	return false
}

// wishTimeReach bounds the thing's words before the time it is wanted by.
const wishTimeReach = 8

// gotDone: "the lease signed off", "the van fixed": a thing and, within
// a few words, the participle of work done to it.
func gotDone(ws []string) bool {
	for _, w := range ws[:min(len(ws), 4)] {
		if workParts.has(w) || w == "signed" {
			return true
		}
	}
	return false
}

// emphaticDo: "Do let me know if you need anything", "Just let us know
// if…" is the offer after its emphatic "do" or softening "just"; it
// returns where the offer may start.
func emphaticDo(ws []string) int {
	i := 0
	for i < 2 && i+2 < len(ws) && offerLeads.has(ws[i]) {
		i++
	}
	if i == 0 || ws[i] != "let" {
		return 0
	}
	return i
}

// offerLeads may stand before the "let" of an offer: "do", "just", "do just".
var offerLeads = set("do just")

// whatAbout: "what about the parking permit", "how about Tuesday": an
// elliptical question, even without its question mark.
func whatAbout(ws []string) bool {
	return len(ws) > 2 && (ws[0] == "what" || ws[0] == "how") && ws[1] == "about"
}

// maxApologyWords bounds an opening apology ("sorry to be a pain again").
const maxApologyWords = 6

// apologyLead: "sorry to chase - any news on the survey?", "apologies
// for the nudge, is the invoice ready?": an apology closed by a comma, a
// dash or a colon before a question. The question starts after the
// break and is quoted from there; the first break decides, so "sorry, I
// forgot the file" stays an apology, and without a question mark ("sorry
// to hear that - take all the time you need") the sentence is read whole.
func (e *Engine) apologyLead(text string, spans []span, ws []string) ([]string, int, bool) {
	i := len(ws) - len(stripLead(ws, 0))
	if i >= len(ws) || !apologyWords.has(ws[i]) || lastPunct(text) != '?' {
		return nil, -1, false
	}
	// A bare "Sorry," before the question is read as before: only an
	// apology clause ("sorry to chase -") is set apart.
	if apologyBreak(text, spans, i) {
		return nil, -1, false
	}
	for k := i + 2; k < len(ws) && k <= i+maxApologyWords; k++ {
		gap := text[spans[k-1].end:spans[k].start]
		if !strings.ContainsAny(gap, ",:;") && !strongBreak(text, spans, k) {
			continue
		}
		c := stripLead(ws, k)
		if len(c) > 1 && e.opensAsk(c) {
			return c, spans[k].start, true
		}
		return nil, -1, false
	}
	return nil, -1, false
}

// apologyBreak: a comma, colon, semicolon or dash right after word k.
func apologyBreak(text string, spans []span, k int) bool {
	if k+1 >= len(spans) {
		return false
	}
	gap := text[spans[k].end:spans[k+1].start]
	return strings.ContainsAny(gap, ",:;") || strings.Contains(gap, " - ")
}
