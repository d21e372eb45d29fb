package triage

import "slices"

// ownIntentSubjects open a sentence about the client's own wish.
var ownIntentSubjects = set("i i'd we we'd")

// ownIntentWants are the verbs of that wish ("I'd like to", "we want to").
var ownIntentWants = set("like want need wanted")

// firstPersonStates follow "make sure": the client's own state or
// presence ("I'm in", "we're home", "I'll be around").
var firstPersonStates = set("i i'm i'll i've we we're we'll we've")

// ownAssuranceOnly reports "I'd like to make sure I'm in": the client
// means to arrange something of their own, which asks the firm for
// nothing. Said to the firm ("… you have the keys") it may ask.
func ownAssuranceOnly(ws []string) bool {
	if len(ws) < 6 || !ownIntentSubjects.has(ws[0]) || slices.ContainsFunc(ws, func(w string) bool { return secondPerson.has(w) || w == "your" }) {
		return false
	}
	i := slices.Index(ws, "make")
	if i < 2 || i+2 >= len(ws) || ws[i+1] != "sure" || ws[i-1] != "to" || !slices.ContainsFunc(ws[1:i-1], func(w string) bool { return ownIntentWants.has(w) }) {
		return false
	}
	j := i + 2
	if ws[j] == "that" && j+1 < len(ws) {
		j++
	}
	return firstPersonStates.has(ws[j])
}
