package triage

import "strings"

// weakAccept words open a yes without naming the work: "Yes, …", "Ok, …".
var weakAccept = set("yes yep yeah yup ok okay sure fine great perfect excellent oui sí si ja")

// negations turn an accept phrase around: "please don't go ahead".
var negations = set("don't dont not never no nicht pas")

// Decide reads a client's new text in a reply to a quote: accepted,
// declined, or unclear (a question back, a condition, a counter-offer, a
// deferral, or a mix of yes and no). Only the client's own new text
// counts: words in the quoted quote ("Shall I go ahead?") are not read.
func (e *Engine) Decide(newText string) Decision {
	var strong, weak, decline, hedge, questions int
	conditional := false
	for _, sg := range segments(newText) {
		for _, s := range sentences(sg.text) {
			ws := words(s)
			if len(ws) == 0 {
				continue
			}
			sentAccept := 0
			e.lex.accept.find(ws, func(_, start, end int) bool {
				switch {
				case start > 0 && negations[ws[start-1]] || start > 1 && negations[ws[start-2]]:
					decline++
				case e.lex.decline.has(ws[start:min(len(ws), end+3)]):
					// "Go ahead and close the ticket": the yes is to a no.
				case start > 0 && ws[start-1] == "no" && (ws[start] == "objection" || ws[start] == "objections"):
					sentAccept++
				default:
					sentAccept++
				}
				return true
			})
			strong += sentAccept
			if weakAccept[ws[0]] {
				weak++
				sentAccept++
			}
			e.lex.decline.find(ws, func(int, int, int) bool { decline++; return true })
			// A bare "No," or "No." declines; "no problem" and "no worries" do not.
			if ws[0] == "no" && (len(ws) == 1 || !set("problem problems worries rush hurry objection objections")[ws[1]]) {
				decline++
			}
			e.lex.hedge.find(ws, func(int, int, int) bool { hedge++; return true })
			if lastPunct(s) == '?' && !e.notAsk(ws) {
				questions++
			}
			if sentAccept > 0 && hasCondition(ws) {
				conditional = true
			}
		}
	}
	switch {
	case strong > 0 && decline == 0 && hedge == 0 && !conditional:
		// A clear go-ahead; a side question does not make it unclear.
		return Accepted
	case decline > 0 && strong == 0 && questions == 0 && !conditional:
		// A clear no, even after a polite "Ok," or a "maybe next year".
		return Declined
	case weak > 0 && decline == 0 && hedge == 0 && questions == 0 && !conditional:
		return Accepted
	}
	return Unclear
}

// hasCondition: an "if" that makes a yes conditional. "if possible" and
// "if you can" only soften a wish.
func hasCondition(ws []string) bool {
	for i, w := range ws {
		switch w {
		case "if", "unless", "provided", "si", "wenn", "falls":
			next := ""
			if i+1 < len(ws) {
				next = ws[i+1]
			}
			if next == "possible" || next == "possibile" || strings.HasPrefix(next, "poss") {
				continue
			}
			if next == "you" && i+2 < len(ws) && ws[i+2] == "can" {
				continue
			}
			return true
		}
	}
	return false
}

// DropDecisions removes from res the asks that only carry the client's
// answer to a quote ("Yes please, go ahead.", "Please proceed with the
// review."): once the reply is known to answer a quote, those sentences
// are the decision, not new work. Asks with anything else stay, the free
// minutes are spent again, and a reply left with no asks is skipped.
func (e *Engine) DropDecisions(res *Result) {
	kept := res.Questions[:0:0]
	for _, q := range res.Questions {
		ws := words(q.Text)
		if e.lex.accept.has(ws) || e.lex.decline.has(ws) {
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
