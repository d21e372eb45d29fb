package triage

import "strings"

// reflexiveDoers close a plan of someone else's doing the job themselves:
// "our caretaker will clear the gutters himself".
var reflexiveDoers = set("himself herself themselves themself")

// clientPossessives open a person of the client's own: "my", "our".
var clientPossessives = set("my our")

// reflexiveDoer reads "our caretaker will clear the gutters himself", "my
// daughter is going to repaint it herself": a person of the client's
// (a ThirdParties word after "my" or "our"), a plan (a DoerFuture word
// among the auxiliaries after them), a verb, and a third-person reflexive
// later in the clause: the job goes to them, a lean to no (with "thanks
// all the same" a decline). The firm's people ("your fitter will do it
// himself"), a negated plan ("my son won't do it himself") and a verb a
// cue already read ("my husband will do it himself": thirdPartyDoes) are
// left alone.
func (c *clauseReader) reflexiveDoer() {
	ws, rl := c.ws, c.rl
	r := reflexiveAt(ws)
	if r < 3 || c.negs[r] != 0 || containsSecondPerson(ws[:r], rl) {
		return
	}
	rl.thirdParties.find(ws[:r], func(_, from, end int) bool {
		if from == 0 || !clientPossessives.has(ws[from-1]) || !c.planBefore(end, r) {
			return true
		}
		addCue(&c.ev.weakDecline, otherDoerCue+strings.Join(ws[from-1:end], " ")+" … "+ws[r])
		return false
	})
}

// reflexiveAt returns where the first reflexiveDoers word of ws stands,
// or -1.
func reflexiveAt(ws []string) int {
	for i, w := range ws {
		// The cheap test first: the reflexives open with h or t.
		if len(w) >= 7 && (w[0] == 'h' || w[0] == 't') && reflexiveDoers.has(w) {
			return i
		}
	}
	return -1
}

// planBefore reports auxiliaries of a plan (a DoerFuture word among them)
// from ws[from], then a verb no cue has taken, before ws[r].
func (c *clauseReader) planBefore(from, r int) bool {
	plan, k := false, from
	for k < r && c.rl.doerAux.has(c.ws[k]) {
		plan = plan || c.rl.doerFuture.has(c.ws[k])
		k++
	}
	return plan && k < r && c.free(k, r)
}

// containsSecondPerson reports a word naming the reader among ws.
func containsSecondPerson(ws []string, rl *replyLexicons) bool {
	for _, w := range ws {
		if rl.secondPerson.has(w) {
			return true
		}
	}
	return false
}
