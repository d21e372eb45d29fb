package triage

import "strings"

// The job planned for a person of the client's, named first and then
// taken up by a pronoun: "my brother-in-law is a plasterer so he's going
// to sort the bedroom for us", "our caretaker says she'll fix it next
// week". A person after "my"/"our" (ThirdParties), later a third-person
// pronoun with a plan ("he's going to", "she'll") and a verb of doing the
// whole job no cue has taken. Like ownInstead the cue declines only a
// reply without a go-ahead, so "Go ahead - my wife will sort the deposit"
// stays a yes; the reader named ("he'll let you in") or a negated plan
// says nothing of the kind, and a plan for the bill or the access
// ("she'll sort the payment", "he'll handle the keys") is no job.

// sideObjects name what a person of the client's sorts beside the job.
var sideObjects = set("deposit payment payments invoice bill money transfer keys key access parking po paperwork")

// otherPlannedDoer reads a person of the client's planned to do the job.
func (c *clauseReader) otherPlannedDoer() {
	ws, rl := c.ws, c.rl
	p := thirdPronounAt(ws, rl)
	if p < 2 || c.negs[len(ws)] != 0 || containsSecondPerson(ws, rl) {
		return
	}
	j := c.plannedJobVerb(p)
	if j < 0 || sideObjectAfter(ws, j) {
		return
	}
	rl.thirdParties.find(ws[:p], func(_, from, end int) bool {
		if from == 0 || !clientPossessives.has(ws[from-1]) {
			return true
		}
		addCue(&c.ev.ownInstead, otherDoerCue+strings.Join(ws[from-1:end], " ")+" … "+ws[j])
		return false
	})
}

// thirdPronounAt returns where the first third-person pronoun of ws
// stands ("he", "she'll"), or -1.
func thirdPronounAt(ws []string, rl *replyLexicons) int {
	for i, w := range ws {
		if rl.thirdFuture.has(w) || rl.thirdPronouns.has(w) {
			return i
		}
	}
	return -1
}

// plannedJobVerb returns where a verb of doing the whole job stands after
// the pronoun at ws[p] and its auxiliaries, when they make a plan ("he's
// going to sort", "she will fix") and no cue took the verb; -1 otherwise.
func (c *clauseReader) plannedJobVerb(p int) int {
	ws, rl := c.ws, c.rl
	plan, j := rl.thirdFuture.has(ws[p]), p+1
	for j < len(ws) && rl.doerAux.has(ws[j]) {
		plan = plan || rl.doerFuture.has(ws[j])
		j++
	}
	if !plan || j >= len(ws) || !letJobVerbs.has(ws[j]) || !c.free(j, j+1) {
		return -1
	}
	return j
}

// sideObjectAfter reports one of sideObjects among the few words after
// the verb at ws[j]: "she'll sort the deposit".
func sideObjectAfter(ws []string, j int) bool {
	for _, w := range ws[j+1 : min(j+4, len(ws))] {
		if sideObjects.has(w) {
			return true
		}
	}
	return false
}
