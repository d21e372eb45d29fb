package triage

// A request passed on from someone the client speaks for, told as what
// that person asked: "my boss asked whether you could look over the
// lease", "the tenant asked if you can come back on Tuesday", "our
// treasurer asked me to check whether you'd do the accounts". The firm is
// the one asked, so it is an ask, and the verb after the modal says of
// what kind. "She asked if we could…" asks the client; "I asked if you
// could…" is the client's own chase, left to the other cues.

// relayedAskedAsk returns the index of the verb asked for in a relayed
// "X asked (me to ask/check) if/whether you could <verb>", and whether ws
// is one.
func relayedAskedAsk(ws []string) (int, bool) {
	i, ok := relayedAskedAt(ws)
	if !ok || i >= len(ws) || !whetherWords.has(ws[i]) {
		return 0, false
	}
	i++
	if i+1 < len(ws) && (ws[i] == "you'd" || ws[i] == "u'd") {
		return i + 1, true
	}
	if i+2 < len(ws) && secondPerson.has(ws[i]) && relayModals.has(ws[i+1]) {
		return i + 2, true
	}
	return 0, false
}

// relayedAskedAt returns the index after "asked" (and after "me to
// ask/check", if there), when "asked" follows a short subject that is
// not the client's own "I" or "we".
func relayedAskedAt(ws []string) (int, bool) {
	k := -1
	for i, w := range ws[:min(len(ws), maxRelaySubject+1)] {
		if w == "asked" {
			k = i
			break
		}
	}
	if k < 1 || firstPersonSubject(ws[:k]) {
		return 0, false
	}
	i := k + 1
	if i+2 < len(ws) && (ws[i] == "me" || ws[i] == "us") && ws[i+1] == "to" && relayCheckVerbs.has(ws[i+2]) {
		i += 3
	}
	return i, true
}

// firstPersonSubject: "I asked…", "we asked…": the client's own asking.
func firstPersonSubject(subj []string) bool {
	for _, w := range subj {
		if w == "i" || w == "we" {
			return true
		}
	}
	return false
}

// maxRelaySubject bounds the words before "asked" ("my accountant for
// the business").
const maxRelaySubject = 6

// relayCheckVerbs: "asked me to ask / check / find out whether you…".
var relayCheckVerbs = set("ask check see")

// relayModals put the relayed request to the firm.
var relayModals = set("could can would will might")
