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
	ws, rl := c.ws, c.rl
	n := len(ws)
	// The cheap test first: most clauses close on neither.
	replaced := n >= 4 && rl.replacements.has(ws[n-1])
	tail := 1
	if !replaced {
		tail = waitingTail(ws)
	}
	if tail == 0 || c.negs[n] != 0 || replaced && c.used[n-1] {
		return
	}
	for i, w := range ws[:n-tail] {
		if rl.secondPerson.has(w) {
			return
		}
		if !rl.selfFuture.has(w) && !(rl.selfSubjects.has(w) && i+1 < n && (ws[i+1] == "will" || ws[i+1] == "shall")) {
			continue
		}
		j := c.selfFutureStart(i)
		just := slices.Contains(ws[i:j], "just")
		if j >= n-tail-1 || rl.anaphora.has(ws[j]) || ownInsteadChoices.has(ws[j]) || !replaced && !just {
			return
		}
		for _, w := range ws[j:] {
			if rl.secondPerson.has(w) {
				return
			}
		}
		addCue(&c.ev.ownInstead, "own plan "+strings.Join(ws[n-tail:], " "))
		return
	}
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
