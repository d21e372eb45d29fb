package triage

// The client's own plans put as wishes: "I'd like to take that into the
// board meeting", "we want to show it to the bank", "We'd like to give
// our staff a bonus. Please add it to the payroll." The first two say
// what the client will do with what they asked for; the third is the
// background of the ask that follows and takes it up with a pronoun.
// Neither asks the firm for anything the asks around them do not.

var (
	// ownUseVerbs: what a client does with a thing the firm hands over.
	ownUseVerbs = set("take bring show present share circulate use forward pass table attach file keep")
	// backPronouns point back to a thing named before.
	backPronouns = set("it that this them these those")
	// obtainVerbs wish for a thing from the firm, or a meeting with it:
	// such a wish asks even when an ask takes it up.
	obtainVerbs = set("get have receive see know hear find book arrange meet discuss talk schedule ask check understand " +
		"confirm clarify review go start begin")
)

// ownUseWish: ws wishes to do something of the client's own with a thing
// named before ("I'd like to take that into …").
func ownUseWish(ws []string) bool {
	if ownStepWish(ws) {
		return true
	}
	verb, rest := wishVerb(ws)
	return verb != "" && ownUseVerbs.has(verb) && len(rest) > 0 && backPronouns.has(rest[0])
}

// wishTakenUpNext: statement s wishes to do a thing of the client's own
// and ask next, put to the firm, takes it up with a pronoun ("Please add
// it to …"): the wish is the ask's background.
func (e *Engine) wishTakenUpNext(sw *sentWords, next string) bool {
	if next == "" {
		return false
	}
	verb, _ := wishVerb(sw.lower())
	if verb == "" || obtainVerbs.has(verb) || ownUseVerbs.has(verb) {
		return false
	}
	c := e.clause(next)
	if !c.ask || c.agent != agentFirm || c.question {
		return false
	}
	for _, w := range c.lw[:min(len(c.lw), 5)] {
		if w == "it" || w == "them" {
			return true
		}
	}
	return false
}

// ownStepVerbs are the client's own step of joining or applying, which
// the firm answers but is not asked to do: "we'd like to apply".
var ownStepVerbs = set("apply enrol enroll join")

// ownStepWish: ws ends with the client's wish to take such a step, bare
// ("… and we'd like to apply."): a statement of intent, not an ask.
// With an object ("apply for the grant") the firm may be asked to do it.
func ownStepWish(ws []string) bool {
	n := len(ws)
	if n < 4 || !ownStepVerbs.has(ws[n-1]) || ws[n-2] != "to" {
		return false
	}
	switch ws[n-3] {
	case "like", "love":
		return n >= 4 && (ws[n-4] == "i'd" || ws[n-4] == "we'd") ||
			n >= 5 && ws[n-4] == "would" && ownIntentSubjects.has(ws[n-5])
	case "want":
		return ownIntentSubjects.has(ws[n-4])
	}
	return false
}
