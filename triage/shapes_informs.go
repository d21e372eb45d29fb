package triage

import "slices"

// "I want you to know we've moved", "I'd like you to be aware that the
// lease ends in May": a request frame whose act is the firm's taking in a
// fact tells the firm something and asks for nothing.

// informedVerbs: what the firm is to do with a fact it is told.
var informedVerbs = set("know understand realise realize appreciate")

// informsOnly: the frame at core[start:end] holds, follows or is followed
// by "you to" ("want you to", "you to know {det}", "I need | you to") and the verb after "to" is one of
// being told ("know", "be aware"), not followed by what to find out
// ("know whether…" asks).
func informsOnly(core []string, start, end int) bool {
	// "need" frames end before the agent: "I need | you to understand".
	t := slices.Index(core[start:min(len(core), end+2)], "to")
	if t < 0 {
		return false
	}
	t += start
	if t == 0 || !frameAgents.has(core[t-1]) || t+1 >= len(core) {
		return false
	}
	next := core[t+1:]
	if len(next) >= 2 && next[0] == "be" && next[1] == "aware" {
		return true
	}
	return informedVerbs.has(next[0]) && !learnsWhat(next)
}
