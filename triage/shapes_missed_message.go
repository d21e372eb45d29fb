package triage

import "strings"

// "Not sure if you got my email last week about the March invoice", "I
// don't think you got my message about the permits": doubting that the
// firm received an earlier message chases it, and asks whether it came
// (and for the answer it waits on), without a question mark.

// receiptVerbs: the firm's getting the message.
var receiptVerbs = set("got get received receive saw see had")

// earlierMessages: the message the client sent before.
var earlierMessages = set("email emails e-mail message messages note voicemail letter text mail")

// doubtWords end a doubt ("not sure", "don't think", "don't know",
// "unsure") before "(if|whether) you got my …".
var doubtWords = set("sure think know certain")

// missedMessage: core is "<doubt> (if|whether) you <got> my|our
// [earlier] <message> …" with the doubt in its first words, and nothing
// after it that lets the message go ("…, but it's sorted now").
func missedMessage(core []string) bool {
	for i := 2; i+3 < len(core) && i <= 6; i++ {
		if core[i] != "you" {
			continue
		}
		if !receiptVerbs.has(core[i+1]) || !messageOf(core[i+2:]) || !doubted(core[:i]) {
			return false
		}
		return !anyWordIn(core[i+3:], messageLetGo)
	}
	return false
}

// messageOf: ws is "my|our" and an earlier message within two words ("my
// email", "my last email", "our earlier voicemail").
func messageOf(ws []string) bool {
	if ws[0] != "my" && ws[0] != "our" {
		return false
	}
	for _, w := range ws[1:min(len(ws), 4)] {
		if earlierMessages.has(w) {
			return true
		}
	}
	return false
}

// doubted: ws, before "you", end in a doubt: "not sure (if)", "I don't
// think", "unsure whether".
func doubted(ws []string) bool {
	n := len(ws)
	if ws[n-1] == "if" || ws[n-1] == "whether" {
		n--
	}
	if n > 0 && ws[n-1] == "unsure" {
		return true
	}
	return n > 1 && doubtWords.has(ws[n-1]) && negations.has(ws[n-2])
}

// messageLetGo: words after the doubt that let the message go.
var messageLetGo = set("but anyway though ignore disregard")

// chaseBeforeAsk: s doubts an earlier message came and the next sentence
// asks again what it asked ("Not sure if you got my message about the
// service. Is there any chance of a slot next week?"): the chase leads
// in to that ask and asks nothing of its own.
func (e *Engine) chaseBeforeAsk(sw *sentWords, at sentAt, j int) bool {
	if s := sw.s; !strings.Contains(s, "you ") || !strings.Contains(s, " my ") && !strings.Contains(s, " our ") {
		return false // most sentences: no words read
	}
	next := nextSentence(at, j)
	if next == "" {
		return false
	}
	var buf [32]string
	if !missedMessage(appendWithoutFillers(buf[:0], sw.lower())) {
		return false
	}
	return e.clause(next).ask
}
