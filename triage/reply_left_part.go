package triage

import "strings"

// leftPart reads a clause that turns from a go-ahead to leave a named
// part of the work out: "Please do the survey, but leave the planting
// plan", "go ahead with the accounts but leave the payroll - I'll do it".
// The imperative "leave" (after lead-ins such as "please"), a named
// object (a determiner and a word that is not the whole work) and at most
// leftPartWords words more, none of them a preposition or a state: "but
// leave the key with reception", "leave the gate open" are instructions
// about the visit, not a no. The caller reads it only in a clause after a
// contrast word, in a sentence that has said yes before it.
func (c *clauseReader) leftPart() {
	ws := c.ws
	i := c.imperativeStart()
	if i >= len(ws) || !leftPartVerbs.has(ws[i]) || c.used[i] || c.negs[i] != 0 {
		return
	}
	end := c.namedObjectEnd(i + 1)
	if end == 0 && leftOutBare(ws, i) {
		end = i + 2 // "but leave Richmond out"
	}
	if end == 0 || len(ws)-end > leftPartWords {
		return
	}
	for j, w := range ws[i+2:] {
		// "leave the payroll out", "leave Richmond out": "out" right
		// after the named part takes it out of the work
		// (TestLeftPartOut).
		if leftPartStops.has(w) && (w != "out" || i+2+j != end) {
			return
		}
	}
	addCue(&c.ev.partDecline, strings.Join(ws[i:], " "))
}

// leftOutBare: "leave <name> out" with no determiner ("leave Richmond
// out", "leave payroll out"); "leave it out" and "leave them out" point
// back at the whole work.
func leftOutBare(ws []string, i int) bool {
	return i+2 < len(ws) && ws[i+2] == "out" && !anaphora.has(ws[i+1]) && !detWords.has(ws[i+1]) && !pronWords.has(ws[i+1])
}

// leftPartWords bounds the words of the named object after its first
// ("the trimming schedule for the pony" is too long to be sure of).
const leftPartWords = 2

// leftPartVerbs leave a part of the work out.
var leftPartVerbs = set("leave")

// leftPartStops make "leave the …" an instruction (a place, a time, a
// state) or a phrase read elsewhere ("leave the rest out", "as it is").
var leftPartStops = set("with at in on under by for to until till from behind outside inside near " +
	"open closed shut unlocked locked off out up down as alone there here where when running on")
