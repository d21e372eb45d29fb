package triage

import "strings"

// A go-ahead with something the client wants sent to them before the
// work ("yes, but email me the scope beforehand", "go ahead, forward us
// the signed engagement letter first") waits on that step: the answer is
// conditional. The Conditions phrases "send me ... first" reach three
// words between; this reads the whole clause, any verb of sending, and
// "beforehand" or "in advance" as well. Table rows in
// TestReplySendMeFirst.

// sendVerbs send or show the client something.
var sendVerbs = set("send email e-mail forward mail share show give post text whatsapp drop")

// sendFirstTails close a clause that puts the step first.
var sendFirstTails = set("first beforehand advance")

// sendFirstTrail may follow the tail: "… first please", "… first though".
var sendFirstTrail = set("please pls plz though tho thanks thx cheers if possible")

// sendFirst returns the step a sentence puts before the work: a verb of
// sending, "me", "us" or "over" after it ("share it with us"), and the sentence
// ending in "first", "beforehand" or "in advance" (courtesies after it);
// "" when there is none. "Send the report to Jo first" sends to another;
// "I'll email over the files first" is the client's own step; "no need
// to send me …" waives it.
func sendFirst(ws []string, rl *replyLexicons) string {
	e := len(ws)
	for e > 0 && sendFirstTrail.has(ws[e-1]) {
		e--
	}
	if e < 3 || !sendFirstTails.has(ws[e-1]) || ws[e-1] == "advance" && ws[e-2] != "in" {
		return ""
	}
	for i := 0; i < e-2; i++ {
		if !sendVerbs.has(ws[i]) || selfBefore(ws, i, rl) {
			continue
		}
		for j := i + 1; j < e-1; j++ {
			if ws[j] == "me" || ws[j] == "us" || ws[j] == "over" {
				return strings.Join(ws[i:e], " ")
			}
		}
	}
	return ""
}

// selfBefore: a first-person subject within the two words before ws[i],
// or a negator within three ("no need to send me the draft first" waives
// the step).
func selfBefore(ws []string, i int, rl *replyLexicons) bool {
	for j := max(0, i-3); j < i; j++ {
		if j >= i-2 && rl.selfSubjects.has(ws[j]) || rl.negators.has(ws[j]) {
			return true
		}
	}
	return false
}
