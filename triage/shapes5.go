package triage

// Shapes of asks added for the dev5 and messy4 sets: lists of things the
// client wants, exclamations and presumptions put as questions, a
// subject-less "will …", acknowledgement and hand-over leads before an
// ask, and run-ons that join a need, a condition or a client's own
// question to the asks around them.

import "strings"

// --- Lists of wanted things ---------------------------------------------

// listWants: a line introducing a list says the client wants its items
// from the firm ("Still waiting on from your side:", "What I need from
// you:"). "We need to send you:" (the client's own act), "You'll need:"
// (what the firm wants) and "We don't need:" do not.
func listWants(intro string) bool {
	// Only the line's last sentence introduces the list: "We need a few
	// things sorted. Here's where we're at:" is a report.
	if ss := sentences(intro); len(ss) > 1 {
		intro = ss[len(ss)-1]
	}
	p := scratchWords(intro)
	defer dropWords(p)
	ws := *p
	for i, w := range ws {
		if !listWantWords[w] {
			continue
		}
		if i+1 < len(ws) && ws[i+1] == "to" {
			continue
		}
		if i > 0 && (secondPerson[ws[i-1]] || ws[i-1] == "you'll" || ws[i-1] == "you'd") {
			continue
		}
		if negatedFrame(ws, i) {
			continue
		}
		return true
	}
	return false
}

// nounItem: a list item that names a thing rather than saying something
// ("the signed engagement letter", "Date of the next meeting"): short,
// not opened by a subject pronoun, and with no auxiliary ("Logo files are
// in the folder" says something).
func nounItem(ws []string) bool {
	if len(ws) == 0 || len(ws) > maxNounItem || itemNotNoun[ws[0]] || pronWords[ws[0]] {
		return false
	}
	for _, w := range ws {
		if auxWords[w] {
			return false
		}
	}
	return true
}

// wantedItem makes c, a list item under an introduction of wanted things,
// an ask when it names a thing.
func (e *Engine) wantedItem(c *clause) {
	if c.ask || !nounItem(c.ws) || e.notAsk(c.ws) {
		return
	}
	// Its kind is left to what it names: a thing asked for has no form
	// that leans either way.
	c.ask, c.agent = true, agentFirm
}

// --- Not asks -------------------------------------------------------------

// saysNotAsks: clause c, whose core words are ws, is put in a form that
// asks nothing: an answer about when, an exclamation, a plan of the
// client's without its subject.
func (e *Engine) saysNotAsks(c clause, ws []string) bool {
	return (!c.question && availabilityAnswer(ws)) || exclaimedWh(c.text, ws) || (!c.question && e.subjectlessIntent(ws))
}

// exclaimedWh: a wh-question closed by "!" and no "?" exclaims ("What would
// we do without you!", "How cool is that!").
func exclaimedWh(text string, ws []string) bool {
	return len(ws) > 0 && whWords[ws[0]] && lastPunct(text) == '!' && !strings.Contains(text, "?")
}

// subjectlessIntent: "will sort it at the weekend", "shall send it
// tomorrow": the client's own plan with the "I" dropped. A question ("will
// you…", "will the refund…") has a subject after the modal.
func (e *Engine) subjectlessIntent(ws []string) bool {
	if len(ws) < 2 || !intentModals[ws[0]] {
		return false
	}
	_, verb := e.lex.requestVerbs.hasAt(ws, 1)
	return verb || workVerbs[ws[1]] || intentBareVerbs[ws[1]]
}

// presumesNews: "You'll have seen the letter from the bank?" leads in to
// what follows; it asks nothing of the firm.
func presumesNews(ws []string) bool {
	_, ok := presumedNews.hasAt(ws, 0)
	return ok
}

// --- Leads before the ask -------------------------------------------------

// ackAsk returns the words after an acknowledgement that opens an ask
// with no punctuation between them ("sounds good can you book monday"),
// and the index of the ask's first word.
func (e *Engine) ackAsk(ws []string) ([]string, int, bool) {
	end, ok := ackOpeners.hasAt(ws, 0)
	if !ok || end >= len(ws) {
		return nil, 0, false
	}
	k := end
	for k < len(ws) && leadMarkers[ws[k]] {
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
	sp := appendWordSpansN(spanBuf[:0], s, 6)
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
// opener ("one more thing - who do i…", "Quick question: what…"); after
// one a wh-word opens a question, not a relative clause.
func strongBreak(text string, spans []span, k int) bool {
	gap := text[spans[k-1].end:spans[k].start]
	return strings.Contains(gap, ":") || strings.Contains(gap, " - ") || strings.Contains(gap, "\u2013") || strings.Contains(gap, "\u2014")
}

// --- Run-ons --------------------------------------------------------------

// needOpen: "i need the p45 for dan", "we need a new login": a need of
// the client's put to the firm, not "i need to …" (their own act).
func needOpen(rest []string) bool {
	return len(rest) >= 3 && needPersons[rest[0]] && needVerbs[rest[1]] && rest[2] != "to"
}

// ellipticCondition: lw[k-3:k] is "if we do", "if it is", "if they
// have": a condition whose verb is left out, before the ask at lw[k].
func ellipticCondition(lw []string, k int) bool {
	return k >= 3 && lw[k-3] == "if" && pronWords[lw[k-2]] && auxWords[lw[k-1]]
}

// clientQuestionStart: "can i put that…", "should we send…" opening inside
// a run-on with no joiner: a question about the client's own act. Not
// after a wh-word ("what can i do") and not before another auxiliary ("if
// i can i will").
func clientQuestionStart(lw []string, k int) bool {
	if !runOnClientAux[lw[k]] || k+2 >= len(lw) || !needPersons[lw[k+1]] {
		return false
	}
	return !whWords[lw[k-1]] && !auxWords[lw[k+2]]
}
