package triage

import "slices"

// A "No," that opens a statement of fact about a named thing ("No, the
// tenant hasn't paid yet", "Nope, the parts haven't arrived") answers a
// question of fact in the thread, as "Yes, I got the invoice" does: the
// no agrees with the negation after it and says nothing of the quote.
// "No, the budget won't stretch" still declines by its own cue. Table
// rows in TestReplyNoToFact.

// factOwners open the named thing: a definite or possessive determiner
// ("the", "my", "our"), not "it" or "that", which point at the work.
var factOwners = set("the my our his her their")

// pastNegated say a thing has not happened, or was not so: a fact,
// where "won't", "doesn't" or "can't" may give the reason for a no ("No,
// the timing doesn't work for us").
var pastNegated = set("hasn't haven't hadn't didn't wasn't weren't hasnt havent didnt wasnt")

// factWindow bounds the words from the determiner to the negated verb.
const factWindow = 5

// dropNoToFact drops the bare no of a sentence "No, <determiner> <noun>
// … <pastNegated verb> …" (or "… not yet …") that holds no other cue.
func (sv *replyEvidence) dropNoToFact(ws []string, parts []int, rl *replyLexicons) {
	if len(parts) == 0 || parts[0] != 1 || len(ws) < 4 || !rl.bareNo.has(ws[0]) || !factOwners.has(ws[1]) ||
		len(sv.strongDecline) != 1 || sv.strongDecline[0] != ws[0] ||
		len(sv.weakDecline)+len(sv.strongAccept)+len(sv.weakAccept)+len(sv.partDecline) > 0 {
		return
	}
	win := ws[2:min(len(ws), 2+factWindow)]
	if !slices.ContainsFunc(win, pastNegated.has) && !slices.ContainsFunc(win[1:], func(w string) bool { return w == "not" || w == "yet" }) {
		return
	}
	sv.strongDecline = sv.strongDecline[:0]
}
