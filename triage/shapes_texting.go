package triage

// Shapes of texting-style mail: the auxiliary of a question left out
// ("u around tmrw for a call", "you free thursday") and a need put to
// the firm with the subject dropped ("need u to rekey the doors",
// "need someone out this morning").

// elidedAreYou: a question to the firm about its availability with "are"
// left out: "u around tmrw for a call", "you free for a chat thursday",
// "u available after 3". "You free up space by…" (a verb) and "you about
// to…" are statements.
func elidedAreYou(ws []string) bool {
	if len(ws) < 3 || (ws[0] != "you" && ws[0] != "u") || !elidedAreAdjectives.has(ws[1]) {
		return false
	}
	return !elidedAreNotAfter.has(ws[2])
}

// elidedAreAdjectives: what a firm is asked to be when "are" is dropped.
var elidedAreAdjectives = set("around free available about")

// elidedAreNotAfter: words after the adjective that make it a verb or a
// phrase of its own ("free up", "about to", "free of").
var elidedAreNotAfter = set("up to of")

// needAgentOpen: "need u to rekey…", "need someone out…", "want you to
// look…": a need with its subject dropped whose object is the firm, put
// inside a run-on. "we need you to…" opens at "we" (needOpen), and "i
// would also need you to…" is one clause.
func needAgentOpen(lw []string, k int) bool {
	rest := lw[k:]
	if len(rest) < 3 || !needVerbs.has(rest[0]) || !needAgents.has(rest[1]) {
		return false
	}
	// The subject must be dropped: "i would also need you to…" is a
	// clause of its own, read whole.
	j := k - 1
	for j >= 0 && runOnJoiners.has(lw[j]) {
		j--
	}
	return j < 0 || !pronWords.has(lw[j]) && !auxWords.has(lw[j])
}

// needAgents: who a dropped-subject need can be put to.
var needAgents = set("you u someone somebody")

// ownActCondition: a repair or replacement named in a condition on the
// client's own act ("does the grant still apply if we replace the
// boiler", "is the warranty void once I fix it myself") is what the
// client would do, not work asked of the firm. Only fixing: "if we take
// on two more staff" may still ask for a forecast.
func (e *Engine) ownActCondition(ws []string, start, si int) bool {
	return start >= 2 && needPersons.has(ws[start-1]) && ownActCondWords.has(ws[start-2]) &&
		e.signals[si].Kind == "paid" && e.signals[si].Act == "fix"
}

// ownActCondWords open a condition or a time clause.
var ownActCondWords = set("if when once before after unless")

// droppedWordOpen: an ask opens at lw[k] in a run-on as a need ("i need
// a copy…", "need u to…") or a question whose "are" is dropped ("u
// around tmrw…").
func droppedWordOpen(lw []string, k int) bool {
	return needOpen(lw, k) || needAgentOpen(lw, k) || elidedAreYou(lw[k:])
}
