package triage

// unmonitoredNotice: "Please reply to the sender using the Reply-To
// address; replies to this address are not monitored.", "Please respond
// through the portal, as this inbox isn't monitored.": a notification's
// line, above or below the message it passes on, that tells every reader
// how to answer because its own mailbox is read by no one. It asks the
// firm for nothing. It names answering (reply, respond) and says a
// mailbox, address or the replies are not monitored; a client who asks
// for anything else beside it ("the old address is not monitored, please
// update your records") still asks. ws are the clause's lower-case words.
func unmonitoredNotice(ws []string) bool {
	k := -1
	for i, w := range ws {
		if w == "monitored" && i > 0 && (negators.has(ws[i-1]) || i > 1 && negators.has(ws[i-2])) || w == "unmonitored" {
			k = i
			break
		}
	}
	if k < 0 {
		return false
	}
	mailbox, answering := false, false
	for _, w := range ws {
		mailbox = mailbox || mailboxNouns.has(w)
		answering = answering || answerVerbs.has(w)
	}
	return mailbox && answering
}

// negators deny the participle after them ("are not monitored", "isn't
// being monitored").
var negators = set("not isn't aren't never isnt arent")

// mailboxNouns name where mail arrives.
var mailboxNouns = set("address mailbox inbox email mail replies responses account")

// answerVerbs name answering a message.
var answerVerbs = set("reply replies respond responses answer")
