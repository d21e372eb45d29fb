package triage

// Reassurance put with "please": "so please don't feel you have to rush",
// "please don't worry if it slips to January". It eases a deadline, it
// asks for nothing; "please don't send it yet" still instructs.

// reassureVerbs: feelings and haste the client waves away.
var reassureVerbs = set("feel worry rush hurry stress panic fret")

// reassuranceFrame: the request frame ending at core[end] ("please") is
// followed by a negated verb of reassurance.
func reassuranceFrame(core []string, end int) bool {
	k := end
	if k+1 < len(core) && core[k] == "do" && core[k+1] == "not" {
		k++
	} else if k < len(core) && core[k] != "don't" && core[k] != "dont" {
		return false
	}
	return k+1 < len(core) && reassureVerbs.has(core[k+1])
}

// offerOrReassurance: the frame at core[start:end] is an offer joined by
// "and" (coordinatedOffer) or a reassurance: it asks nothing.
func (e *Engine) offerOrReassurance(core []string, start, end int) bool {
	return e.coordinatedOffer(core, start) || reassuranceFrame(core, end)
}
