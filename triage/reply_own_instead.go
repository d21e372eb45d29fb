package triage

import (
	"slices"
	"strings"
)

// ownInstead reads the client's own plan to do something else in place
// of the quoted work: "I think I'll just pick a ready-made design
// instead", "we'll just cover it with a throw for now". A first-person
// future ("I'll", "we will"), a verb, and the clause closing on a word of
// replacement ("instead") or, with "just", on a time of waiting ("for
// now"). A clause that names the firm ("I'll just ring you instead") plans
// contact, not a substitute. The cue is kept apart (ev.ownInstead): it
// declines only a reply without a go-ahead (see verdict), since with one
// it is a detail of how ("Go ahead. I'll just bring the photos in
// instead.").
func (c *clauseReader) ownInstead() {
	ws, n := c.ws, len(c.ws)
	// The cheap test first: most clauses close on neither.
	replaced := n >= 4 && c.rl.replacements.has(ws[n-1])
	tail := 1
	if !replaced {
		tail = waitingTail(ws)
	}
	if tail == 0 || c.negs[n] != 0 || replaced && c.used[n-1] {
		return
	}
	j, just := c.ownFutureVerb(n - tail)
	if j < 0 || !replaced && !just {
		return
	}
	for _, w := range ws[j:] {
		if c.rl.secondPerson.has(w) {
			return
		}
	}
	addCue(&c.ev.ownInstead, "own plan "+strings.Join(ws[n-tail:], " "))
}

// ownFutureVerb returns where the verb of the client's first future (or
// decision, decidedStart) before ws[to] stands ("I'll just pick…": the
// index of "pick"), and whether "just" leads a future in; -1 when there is none, when the firm is named
// before it, or when the verb chooses a part (ownInsteadChoices) or has
// no words after it.
func (c *clauseReader) ownFutureVerb(to int) (int, bool) {
	ws, rl := c.ws, c.rl
	for i, w := range ws[:to] {
		if rl.secondPerson.has(w) {
			return -1, false
		}
		if j, ok := c.decidedStart(i, to); ok {
			return j, false
		}
		if !rl.selfFuture.has(w) && !(rl.selfSubjects.has(w) && i+1 < len(ws) && (ws[i+1] == "will" || ws[i+1] == "shall")) {
			continue
		}
		j := c.selfFutureStart(i)
		if j >= to-1 || rl.anaphora.has(ws[j]) || ownInsteadChoices.has(ws[j]) {
			return -1, false
		}
		return j, slices.Contains(ws[i:j], "just")
	}
	return -1, false
}

// decidedVerbs report a choice the client has made: "we've decided to
// …", "I opted to …".
var decidedVerbs = set("decided opted chosen chose elected")

// decidedChoices are the ownInsteadChoices that still choose a part
// after a decision ("we've decided to take just the survey instead");
// "get" and "do" there name the other way ("we've decided to get them
// printed instead", "we decided to do it in-house instead").
var decidedChoices = set("need want take go like have")

// maxDecidedGap bounds the words between the client and the decision:
// "we have now decided", "I've finally opted".
const maxDecidedGap = 3

// decidedStart reads a decision already made at ws[i] ("we've decided
// to", "I opted to"), the client its subject, and returns where the verb
// decided on stands (after "just"), before ws[to]; false when ws[i] opens
// none or the verb chooses a part.
func (c *clauseReader) decidedStart(i, to int) (int, bool) {
	ws, rl := c.ws, c.rl
	if !decidedVerbs.has(ws[i]) || i+2 >= to || ws[i+1] != "to" {
		return 0, false
	}
	subject := false
	for _, w := range ws[max(0, i-maxDecidedGap):i] {
		subject = subject || rl.selfSubjects.has(w)
	}
	j := i + 2
	for j < to-1 && rl.leadIns.has(ws[j]) {
		j++
	}
	if !subject || decidedChoices.has(ws[j]) {
		return 0, false
	}
	return j, true
}

// ownInsteadChoices are verbs that choose or want a part of the work,
// not something else: "we'll just need the summary for now", "I'll just
// take the first part for now" narrow the work.
var ownInsteadChoices = set("need want take go get like do have")

// waitingTail returns how many words of a time of waiting close ws ("for
// now", "for the moment", "for the time being"), or 0.
func waitingTail(ws []string) int {
	n := len(ws)
	switch {
	case n >= 5 && ws[n-2] == "for" && ws[n-1] == "now":
		return 2
	case n >= 6 && ws[n-3] == "for" && ws[n-2] == "the" && ws[n-1] == "moment":
		return 3
	case n >= 7 && ws[n-4] == "for" && ws[n-3] == "the" && ws[n-2] == "time" && ws[n-1] == "being":
		return 4
	}
	return 0
}
