package triage

// durationVent: "Does it really have to take six months?", "Must it
// always take this long?": a yes/no question, sharpened by "really" or
// "always", about whether a wait has to last so long complains about
// the wait; it asks the firm nothing. Without the sharpening word, the
// modal ("does the refund take two days?") or a length after "take"
// ("have to take the pension in one go") it is a real question.
func durationVent(ws []string) bool {
	if len(ws) < 5 || !auxWords.has(ws[0]) {
		return false
	}
	sharp, modal := false, false
	for k, w := range ws {
		switch {
		case w == "really" || w == "always":
			sharp = true
		case w == "must" || (w == "to" && k > 0 && ventModalTo.has(ws[k-1])):
			modal = true
		case w == "take" && sharp && modal:
			return waitLength(ws[k+1:])
		}
	}
	return false
}

// waitLength: ws opens with a length of time: "so long", "this long",
// "forever", "ages", "six months", "3 weeks".
func waitLength(ws []string) bool {
	switch {
	case len(ws) == 0:
		return false
	case ventLengthWords.has(ws[0]):
		return true
	case (ws[0] == "so" || ws[0] == "this" || ws[0] == "that") && len(ws) > 1 && ws[1] == "long":
		return true
	}
	return len(ws) > 1 && ventTimeUnits.has(ws[1])
}

// ownDelayWonder: "How did it take us eight years to get here?", "why
// has it taken me so long to sort the loft?": wonder at how long the
// client themselves took. Only the client knows, so it asks the firm
// nothing; how long the firm or anyone else took ("why did it take you
// three weeks…") is left a question.
func ownDelayWonder(ws []string) bool {
	return len(ws) > 6 && (ws[0] == "how" || ws[0] == "why") && ventPastAux.has(ws[1]) && ws[2] == "it" &&
		(ws[3] == "take" || ws[3] == "taken") && meWords.has(ws[4]) && waitLength(ws[5:])
}

var (
	ventPastAux     = set("did has had")
	ventModalTo     = set("have has need needs got")
	ventLengthWords = set("forever ages")
	ventTimeUnits   = set("days weeks months years hours")
)

// whyAllTakesLong: "Why does everything with the bank take six weeks?",
// "why does everyone at the depot take forever to reply?": a why-question
// whose subject is everything or everyone complains about how long the
// world takes, as "why does everything cost so much" does. A particular
// subject ("why does the refund take three weeks?") or "all" + a noun
// ("why do all the transfers take two days?") is a thing the firm can
// explain, so it stays a question.
func whyAllTakesLong(ws []string) bool {
	if len(ws) < 5 || !whyAt(ws, 0) {
		return false
	}
	from, ok := whySweepFrom(ws, 0)
	if !ok || from >= len(ws) || !sweepPronouns.has(ws[from]) {
		return false
	}
	for k := from + 1; k < len(ws); k++ {
		if takeWords.has(ws[k]) {
			rest := ws[k+1:]
			return waitLength(rest) || len(rest) > 0 && ventTimeUnits.has(rest[0])
		}
	}
	return false
}

var (
	// sweepPronouns stand for the whole world, not a set the firm handles.
	sweepPronouns = set("everything everyone everybody")
	takeWords     = set("take takes taking")
)
