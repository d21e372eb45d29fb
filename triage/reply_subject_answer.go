package triage

// A client may put the answer in the subject and write only an aside in
// the body: "Re: Valet quote - go ahead" over "Thanks, the keys are under
// the mat", or "Re: Refret - no thanks" over "Cheers anyway". When the body
// holds no cue either way, the subject's answer (the words after its last
// spaced dash or colon, as for an empty body) decides, if it decides on its
// own. A body with any cue is read as it is: the subject never overrules
// or tips what the client wrote.

// readReplyWithSubject reads a reply's text, falling back on the answer in
// its subject when the text has no cue at all.
func (e *Engine) readReplyWithSubject(text, subject string) ReplyReading {
	rd := e.ReadReply(text)
	if !rd.noCue {
		return rd
	}
	sa := subjectAnswer(subject)
	if sa == "" || sa == text {
		return rd
	}
	if sr := e.ReadReply(sa); sr.Decision != Unclear {
		sr.Reason = "in the subject: " + sr.Reason
		return sr
	}
	return rd
}
