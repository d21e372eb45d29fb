package triage

import "strings"

// An ask relayed from someone the client speaks for: "my partner asked
// whether you could make two more", "Mr Okoro has asked me to check if
// you can come on Friday", "the landlord asks if you would look at the
// boiler". The client puts the other person's question to the firm; read
// it as the client's own "could you …" (a request put politely) or
// "wanted to check whether you can …" (a question), whose kinds the rest
// of the engine already knows. Table rows in TestRelayedAsk
// (shapes_relayed_ask_test.go).

// relayAskVerbs report the other person's question.
var relayAskVerbs = set("asked asks")

// relayLookups are what the client was asked to do before asking the
// firm: "asked me to check whether", "asked us to find out if".
var relayLookups = set("check ask find")

// relayNotSpeaker open a sentence whose asker is no third party: the
// client ("I asked whether you could" chases), the firm ("you asked
// whether we could") or a question ("did she ask…").
var relayNotSpeaker = set("i we you u did does do has have had was were is are when why who what how if")

// maxRelaySpeaker bounds the words naming the asker ("my business
// partner", "the site manager at Hale Road").
const maxRelaySpeaker = 4

// askedOnBehalf: ws opens with a third party, a relay verb, optionally "me
// to check / find out / ask", then "whether" or "if" and the firm with a
// modal. It returns the ask reworded as the client's own, or false.
func askedOnBehalf(ws []string) ([]string, bool) {
	if len(ws) < 6 || relayNotSpeaker.has(ws[0]) {
		return nil, false
	}
	k := relayVerbAt(ws)
	if k < 0 {
		return nil, false
	}
	j, lookup := relayLookupEnd(ws, k+1)
	if j < 0 || j+2 >= len(ws) || !whetherWords.has(ws[j]) || answeredRelay(ws, j) {
		return nil, false
	}
	return relayedQuestionAsOwn(ws, j, lookup)
}

// relayedQuestionAsOwn rewords the relayed question at ws[j] ("whether
// you could …") as the client's own; lookup: the client was sent to
// check ("asked me to check whether…").
func relayedQuestionAsOwn(ws []string, j int, lookup bool) ([]string, bool) {
	if ws[j+1] == "your" && j+3 < len(ws) && wordClasses["crew"].has(ws[j+2]) && hopeModals.has(ws[j+3]) {
		// "asked whether your team could redesign …" is "could your
		// team redesign …?" passed on.
		return append([]string{ws[j+3], ws[j+1], ws[j+2]}, ws[j+4:]...), true
	}
	if ws[j+1] == "you'd" || ws[j+1] == "u'd" {
		// "asked if you'd design …" is "would you design …?".
		return append([]string{"would", "you"}, ws[j+2:]...), true
	}
	if !secondPerson.has(ws[j+1]) {
		return nil, false
	}
	modal := hopeModals.has(ws[j+2])
	switch {
	case !modal && pastForm(ws[j+2]):
		// "asked if you had the spare keys": a question about what
		// happened, left to the other cues.
		return nil, false
	case lookup || ws[j+2] == "can" || !modal:
		// Whether the firm can, or does ("asked if you do weekend
		// call-outs"), is a question of fact, as "wanted to check
		// whether you can" is.
		return append([]string{"wanted", "to", "check"}, ws[j:]...), true
	}
	// "asked whether you could make …" is "could you make …?" passed on.
	return append([]string{ws[j+2], ws[j+1]}, ws[j+3:]...), true
}

// relayedCore is ws, or the relayed ask it opens reworded as the
// client's own (askedOnBehalf).
func relayedCore(ws []string) []string {
	if c, ok := askedOnBehalf(ws); ok {
		return c
	}
	return ws
}

// relayLookupEnd reads "me to check", "us to find out", "me to ask" at
// ws[j]: it returns where the question starts (j when there is no such
// lookup, -1 when "find" lacks "out") and whether there was one.
func relayLookupEnd(ws []string, j int) (int, bool) {
	if j+2 >= len(ws) || (ws[j] != "me" && ws[j] != "us") || ws[j+1] != "to" || !relayLookups.has(ws[j+2]) {
		return j, false
	}
	j += 3
	if ws[j-1] != "find" {
		return j, true
	}
	if j >= len(ws) || ws[j] != "out" {
		return -1, false
	}
	return j + 1, true
}

// relayVerbAt returns the index of the relay verb after a speaker of one
// word (a name) or of up to maxRelaySpeaker words opened by a determiner
// or an honorific, or -1.
func relayVerbAt(ws []string) int {
	for k := 1; k <= maxRelaySpeaker+1 && k < len(ws); k++ {
		w := ws[k]
		if w == "has" || w == "have" {
			if k+1 < len(ws) && ws[k+1] == "asked" && speakerBefore(ws, k) {
				return k + 1
			}
			return -1
		}
		if relayAskVerbs.has(w) {
			if speakerBefore(ws, k) {
				return k
			}
			return -1
		}
	}
	return -1
}

// speakerBefore: ws[:k] names a third party: one word, or a determiner
// or honorific first.
func speakerBefore(ws []string, k int) bool {
	return k == 1 || thirdDets.has(ws[0]) || honorifics.has(ws[0]) || ws[0] == "he" || ws[0] == "she" || ws[0] == "they"
}

// pastForm: a verb in the past ("had", "did", "sent", "received").
func pastForm(w string) bool {
	return strings.HasSuffix(w, "ed") || pastVerbs.has(w)
}

var pastVerbs = set("had did was were sent got went made took gave")
