package triage

import "strings"

// maxLetDoerWords bounds the person between "let" and the verb of doing
// the job: "let the software vendor's own support team do it".
const maxLetDoerWords = 6

// letJobVerbs do the whole job when someone else is let do it: "let the
// agency handle it". "make", "take" and "get" go with other objects too
// ("let the office manager make a note", "let the board take a view").
var letJobVerbs = set("do handle sort deal manage fix")

// letOthersDo reads "we've decided to let the vendor's support team do the
// renewal", "I'll let our office manager sort it out": the client, as the
// subject, leaves the job to a person named after "let" with a
// determiner ("the", "our", "another"), no "you" among the words: the
// work goes elsewhere, a lean to no (with "thanks, but" a decline).
// "Let me know", "let you do it", "let the deadline pass" and "let the
// office manager make a note" (no verb of doing the job) say nothing of
// the kind.
func (c *clauseReader) letOthersDo() {
	ws, rl := c.ws, c.rl
	for i, w := range ws {
		if w != "let" && w != "letting" || i+2 >= len(ws) || !otherDoerDets.has(ws[i+1]) || !c.selfSubjectBefore(i) {
			continue
		}
		for j := i + 2; j < len(ws) && j <= i+1+maxLetDoerWords; j++ {
			if rl.secondPerson.has(ws[j]) {
				return
			}
			if letJobVerbs.has(ws[j]) && c.free(j, j+1) {
				addCue(&c.ev.weakDecline, "someone else: let "+strings.Join(ws[i+1:j+1], " "))
				c.take(i, j+1)
				return
			}
		}
	}
}

// selfSubjectBefore reports a first-person subject among the few words
// before ws[i]: "we've decided to let", "I'll let", "we're letting".
func (c *clauseReader) selfSubjectBefore(i int) bool {
	for k := max(0, i-4); k < i; k++ {
		if c.rl.selfSubjects.has(c.ws[k]) && c.ws[k] != "let's" {
			return true
		}
	}
	return false
}
