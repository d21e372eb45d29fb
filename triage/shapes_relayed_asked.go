package triage

// A question someone else put to the firm, passed on by the client: "my
// manager asked whether you could …", "Mr Ortiz asked me to find out if
// you can …", "the head teacher has asked if your team could …". The
// client is the messenger, so the sentence asks as the question would.
// The asker must be a third party: "you asked whether we could" is the
// firm's own question and "I asked if you could …" tells what happened.

// relayAskers before "asked" leave the question someone else's to pass
// on; these do not.
var relayNotAskers = set("i we you u i've we've you've i'd we'd you'd i'm we're")

// relayAskAux may stand between the asker and "asked": "has asked", "had
// also asked".
var relayAskAux = set("has have had also just already specifically")

// relayFindOut are the errands the client was sent on: "asked me to find
// out whether", "asked us to check if", "asked me to see if".
var relayFindOut = set("find check ask see enquire inquire")

// relayedAskedFrame reports a relayed question to the firm in core.
func relayedAskedFrame(core []string) bool {
	_, ok := relayedAsked(core)
	return ok
}

// relayedAsked finds a relayed question to the firm in ws and returns
// where its verb stands (after the modal: "whether you could <send>"), or
// -1 when the firm is its subject with a verb of its own ("if you do
// gutters").
func relayedAsked(ws []string) (int, bool) {
	for i := 1; i+3 < len(ws); i++ {
		if ws[i] != "asked" || !relayedAskerAt(ws, i) {
			continue
		}
		if v, ok := relayedQuestionAt(ws, i+1); ok {
			return v, true
		}
	}
	return -1, false
}

// relayedAskerAt: the word before "asked" at ws[i] (past "has", "also")
// names someone who is neither the client nor the firm.
func relayedAskerAt(ws []string, i int) bool {
	j := i - 1
	for j > 0 && relayAskAux.has(ws[j]) {
		j--
	}
	return !relayNotAskers.has(ws[j]) && !relayAskAux.has(ws[j])
}

// relayedQuestionAt: from ws[k] on, an optional errand ("me to find
// out"), then "whether" or "if" and the firm as subject ("you", "your
// team", "someone") with a modal, or "you" with a verb of its own. It
// returns where the verb after the modal stands (-1: no modal).
func relayedQuestionAt(ws []string, k int) (int, bool) {
	k = pastRelayErrand(ws, k)
	if k+2 >= len(ws) || ws[k] != "whether" && ws[k] != "if" {
		return -1, false
	}
	k++
	switch w := ws[k]; {
	case secondPerson.has(w):
		if relayModals.has(ws[k+1]) {
			return k + 2, true
		}
		return -1, true
	case w == "your" && k+2 < len(ws) && wordClasses["crew"].has(ws[k+1]) && relayModals.has(ws[k+2]):
		return k + 3, true
	case runOnPoliteSubjects.has(w) && relayModals.has(ws[k+1]):
		return k + 2, true
	}
	return -1, false
}

// pastRelayErrand returns where the question starts after the errand at
// ws[k] ("me to find out", "us to check"), or k when there is none.
func pastRelayErrand(ws []string, k int) int {
	if k+2 >= len(ws) || !wordClasses["me"].has(ws[k]) || ws[k+1] != "to" || !relayFindOut.has(ws[k+2]) {
		return k
	}
	k += 3
	if k < len(ws) && ws[k] == "out" {
		k++
	}
	return k
}

// relayedForm: a relayed question leans as it would put directly:
// "asked whether you could tell us …" as "could you tell us …?" (an
// answer), "asked if you could replace …" as "could you replace …?"
// (work), "asked if you do …" as a question of fact.
func relayedForm(ws []string) (form, bool) {
	v, ok := relayedAsked(ws)
	switch {
	case !ok:
		return formStatement, false
	case v < 0:
		return formFactQuestion, true
	}
	for v < len(ws) && (fillers.has(ws[v]) || ws[v] == "please") {
		v++
	}
	if v < len(ws) && (infoVerbs.has(ws[v]) || notActionVerbs.has(ws[v])) {
		return formPoliteInfo, true
	}
	return formPoliteWork, true
}

// relayModals after the firm in a relayed question: "if your office could".
var relayModals = set("could can would will might")
