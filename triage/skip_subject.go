package triage

import (
	"regexp"
	"strings"
)

// maxSubjectAskWords is the most words a body may hold for the subject to
// be read as the ask: "See subject, thanks!", a phone signature, nothing.
const maxSubjectAskWords = 15

// replySubject opens the subject of a reply or forward ("Re:", "Fwd:",
// "AW:", "RV:", "Re[2]:"): its words are an earlier message's.
var replySubject = regexp.MustCompile(`(?i)^\s*(?:re|fw|fwd|aw|wg|sv|vs|rv|tr|antw|res|enc|r|i|odp|ynt)\s*(?:\[\d+\])?\s*:`)

// subjectAsks reads the asks of a fresh message whose body holds none and
// next to no words: the client put the question in the subject ("Can you
// resend the W-9?" with an empty body, or "See subject"). The subject must
// read as an ask by itself: a question mark, or a request the classifier
// knows (a send, a status, a date…), not a bare topic ("Invoice 2231").
// A reply's subject is the thread's, not a new ask.
func (e *Engine) subjectAsks(subject, body string) []Question {
	subject = strings.TrimSpace(subject)
	if subject == "" || replySubject.MatchString(subject) || wordsAtLeast(body, maxSubjectAskWords+1) {
		return nil
	}
	qs := e.Questions(subject)
	if strings.HasSuffix(subject, "?") {
		return qs
	}
	for _, q := range qs {
		if q.Act == "" || q.Act == "other" {
			return nil
		}
	}
	return qs
}
