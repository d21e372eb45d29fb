package triage

// Questions whose answer the client takes as given, put to vent rather
// than to learn: a difficulty held up in disbelief ("Is it so hard to
// reply to an email?", "is it really too much to expect a call back?"),
// a sigh at how life was before a thing ("How did we ever cope without
// it?") and a "but who wants to…" that shrugs off a plan ("…, but who
// wants to queue in the rain?"). A plain "is it hard to change the
// date?" or "is it too late to add a guest?" asks, and so does any of
// them put to the firm ("who would you want to…"). Table rows:
// TestSelfEvidentVent (shapes_selfevident_vent_test.go).

// selfEvidentVent reports one of those questions in ws, lower-cased.
func selfEvidentVent(ws []string) bool {
	return degreeVent(ws) || managedWithout(ws) || butWhoWants(ws)
}

var (
	// expectWords follow "too much to": "to ask", "to expect".
	expectWords = set("ask expect hope")
	// withoutVerbs sigh at life before a thing: "manage without".
	withoutVerbs = set("manage managed cope coped survive survived live lived")
	// shrugWantVerbs shrug "but who wants to…", "but who likes…".
	shrugWantVerbs = set("wants likes enjoys fancies")
)

// degreeVent: an auxiliary and "it", then "so"/"that" and a word of
// difficulty, or "too much" and "to ask/expect", after an optional
// "honestly" and "really".
func degreeVent(ws []string) bool {
	i := 0
	if len(ws) > 0 && shrugWords.has(ws[0]) {
		i++
	}
	if len(ws) < i+5 || !auxWords.has(ws[i]) || !dummySubjects.has(ws[i+1]) {
		return false
	}
	k := i + 2
	if ws[k] == "really" {
		k++
	}
	if k+3 > len(ws) || ws[k+2] != "to" {
		return false
	}
	if ventDegree.has(ws[k]) && hardWords.has(ws[k+1]) {
		return true
	}
	return ws[k] == "too" && ws[k+1] == "much" && k+3 < len(ws) && expectWords.has(ws[k+3])
}

// managedWithout: "how did we manage without…", "how have I ever coped
// without…": the client's own life before a thing.
func managedWithout(ws []string) bool {
	if len(ws) < 5 || ws[0] != "how" || !plightAux.has(ws[1]) || ws[2] != "we" && ws[2] != "i" {
		return false
	}
	k := 3
	if ws[k] == "ever" {
		k++
	}
	return k+1 < len(ws) && withoutVerbs.has(ws[k]) && ws[k+1] == "without"
}

// butWhoWants: "but who wants to…", "but who would want…": the shrug
// after "but", with the firm not addressed after it.
func butWhoWants(ws []string) bool {
	for i := 0; i+3 < len(ws); i++ {
		if ws[i] != "but" || ws[i+1] != "who" {
			continue
		}
		rest := ws[i+2:]
		if !shrugWantVerbs.has(rest[0]) && !(rest[0] == "would" && rest[1] == "want") {
			return false
		}
		for _, w := range rest {
			if secondPerson.has(w) {
				return false
			}
		}
		return true
	}
	return false
}
