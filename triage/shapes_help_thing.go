package triage

// "Does that help with the valuation?", "would this help with the claim?":
// the subject that would help is a thing the client has just given, not
// the firm, so "help with" names no work asked for; the question asks
// whether what was sent is of use. "Can you help with …" and "could
// someone help us with …" keep their weight. Table rows in
// TestHelpingThing (shapes_help_thing_test.go).

// helpThings are the pronouns that point back at what the client gave.
var helpThings = set("that this it these those")

// helpAux open the yes/no question whose subject is the thing.
var helpAux = set("does do did will would could might may")

// helpingThing: the signal si matched at ws[start] is "help …" after an
// auxiliary and a pronoun for a thing ("does that help with …").
func (e *Engine) helpingThing(ws []string, start, si int) bool {
	return start >= 2 && ws[start] == "help" && e.signals[si].Kind == "paid" &&
		helpThings.has(ws[start-1]) && helpAux.has(ws[start-2])
}
