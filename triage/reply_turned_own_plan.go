package triage

import "strings"

// A courtesy turned by "but" into the client's own way of getting by is a
// no: "Thanks, that's kind, but we'll just eat in the village", "Kind of
// you, but I'll just patch it with filler", "Appreciate it, but we'll just
// keep the old one". The clause opens after the contrast word, holds a
// first-person future with "just" before its verb, and names neither the
// reader nor a step of deciding ("but I'll just check with my wife",
// "but we'll just need the keys back"). Like ownInstead the cue declines
// only a reply without a go-ahead.

// turnedPlanHolds are verbs after "I'll just" that hold the answer back or
// narrow the work rather than replace it.
var turnedPlanHolds = set("think see wait confirm double-check double sleep mull discuss chat look let")

// turnedOwnPlan reads the clause after a contrast word as the client's own
// plan in place of the work.
func (c *clauseReader) turnedOwnPlan() {
	ws := c.ws
	if !c.turn || len(ws) < 4 || c.negs[len(ws)] != 0 {
		return
	}
	j, just := c.ownFutureVerb(len(ws))
	if j < 0 || !just || turnedPlanHolds.has(ws[j]) || wordClasses["consult"].has(ws[j]) {
		return
	}
	for _, w := range ws[j:] {
		if c.rl.secondPerson.has(w) {
			return
		}
	}
	addCue(&c.ev.ownInstead, "own plan: "+strings.Join(ws[j:min(j+3, len(ws))], " "))
}
