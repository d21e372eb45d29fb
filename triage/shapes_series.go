package triage

// Embedded questions in a series ("…, when X and whether Y") and a third
// party's wish reported as background. Found by the inbox1 set (issue #11);
// each is a general rule with table rows in TestInbox1Shapes.

// embeddedWh open an embedded question that can stand as an ask of its
// own once its frame is shared: "…, when the return is due and whether
// you need the receipts". "if" is left out: "and if so…" is splitIfNot's.
var embeddedWh = set("when whether what who where which how")

// splitWhSeries splits a request to the firm whose frame governs several
// embedded questions set apart as a list of three or more: "can you
// confirm you got the statements, when the return is due and whether you
// need the receipts?" (a comma before an earlier wh-word). Each item asks
// for something else. Two items stay one ask: "tell me what we owe and
// when it is due", and also "could you look into it, and what it would
// save us?", where the wh-clause is most often the result of the job.
func (e *Engine) splitWhSeries(sp *sentenceSplit, k, r int) ([]clause, bool) {
	lw := sp.lw
	if lw[k] != "and" || r != k+1 || r+3 > len(lw) || !embeddedWh.has(lw[r]) || sp.whole.agent != agentFirm {
		return nil, false
	}
	cuts := e.whListCuts(sp, k)
	if len(cuts) == 0 {
		return nil, false
	}
	var out []clause
	from := 0
	for _, c := range append(cuts, k) {
		part := e.clause(trimJoin(sp.s[from:sp.spans[c].start]))
		if len(out) == 0 && (!part.ask || len(part.ws) < 3 || e.paidWhItem(part)) {
			return nil, false
		}
		if len(out) > 0 {
			askedFact(&part)
		}
		out = append(out, part)
		from = sp.spans[c].start
		if c == k {
			from = sp.spans[r].start
		}
	}
	last := e.clause(sp.s[from:])
	askedFact(&last)
	return append(out, last), true
}

// paidWhItem: the list's first item is itself an embedded question put
// as paid work ("could you set out how the two plans compare, what each
// includes and what it costs?"): the items after it are more of the same
// analysis, one piece of work, not facts of their own
// (TestPaidWhSeriesWhole).
func (e *Engine) paidWhItem(part clause) bool {
	for i := 2; i < len(part.lw) && i <= paidWhReach; i++ {
		if embeddedWh.has(part.lw[i]) {
			return e.classify(part).kind == Paid
		}
	}
	return false
}

// paidWhReach bounds where the first item's wh-word may stand: after a
// frame of a few words ("could you please set out how…").
const paidWhReach = 6

// askedFact marks an embedded question split off its frame as a request
// to the firm for a fact, read as "let me know when…": the frame it
// shared asks for an answer, and the bare wh-clause alone does not say so.
func askedFact(c *clause) {
	c.ask, c.request, c.agent = true, true, agentFirm
	c.ws = append([]string{"let", "me", "know"}, c.ws...)
}

// whListCuts: the commas before a wh-word, ahead of the joining "and" at
// k, that list embedded questions after a first item ("…the statements,
// when the return is due and whether…"). The first item must come after
// the frame's own words, so the list starts at the second word or later.
func (e *Engine) whListCuts(sp *sentenceSplit, k int) []int {
	var cuts []int
	for j := 3; j < k-2; j++ {
		if embeddedWh.has(sp.lw[j]) && precededBy(sp.s, sp.spans[j].start, ",") {
			cuts = append(cuts, j)
		}
	}
	return cuts
}

// thirdDets open a third party named as the subject: "the builder",
// "our landlord", "de aannemer", "onze boekhouder".
var thirdDets = set("the our my their his her de het onze ons mijn hun zijn haar")

// thirdWants are the wishes a third party states: "would like to",
// "wants to", Dutch "wil graag", "zou graag".
var thirdWants = set("would wants wil zou")

// firmWords name the firm in English and Dutch (and the client's
// reader, "you"): a wish that names them asks something of the firm.
var firmWords = set("you your u uw je jij jullie your")

// thirdPartyWish: "The builder would like to start in January", "de
// aannemer wil graag in januari beginnen": a third party's wish to act
// themselves is background the client passes on, not a request to the
// firm. It asks when it names the firm ("the bank would like you to
// sign…") or wants a fact ("our landlord wants to know when…", "wil
// graag weten…"), or the sentence goes on to a question ("the builder
// wants to start on Monday, is that too soon?"), checked by the caller.
func thirdPartyWish(ws []string) bool {
	if len(ws) < 5 || !thirdDets.has(ws[0]) || pronWords.has(ws[1]) || secondPerson.has(ws[1]) {
		return false
	}
	for i := 2; i <= 3 && i+2 < len(ws); i++ {
		if !thirdWants.has(ws[i]) || !wishFollows(ws[i:]) {
			continue
		}
		for _, w := range ws[i:] {
			if firmWords.has(w) || learningVerbs.has(w) || w == "weten" || w == "horen" {
				return false
			}
		}
		return true
	}
	return false
}

// wishFollows: ws opens "would like to", "wants to", "wil graag", "zou
// graag".
func wishFollows(ws []string) bool {
	switch ws[0] {
	case "would":
		return len(ws) > 3 && (ws[1] == "like" || ws[1] == "love") && ws[2] == "to"
	case "wants":
		return ws[1] == "to"
	}
	return ws[1] == "graag"
}
