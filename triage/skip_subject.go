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

// maxShortAskWords is the most words a reply may hold for its bare
// questions to be read as asks by shortAsks.
const maxShortAskWords = 20

// ackQuestions are one-word questions that ask nothing: a tag or a
// surprise ("Right?", "Really?").
var ackQuestions = set("right ok okay yes no really seriously sure yeah eh huh hmm")

// shortAsks reads the asks of a short text in which the ask finder found
// none: a bare question after thanks or an acknowledgement ("ok thx. and
// the vat?", "Got it, thanks. Invoice?", "Perfect. Deadline?"). Such a
// question is one or two words, or shares its sentence with the thanks, so
// the finder passes it by; in a reply of a few words it is what the client
// wants, and a draft the rep deletes costs less than a client left
// unanswered. Pleasantries ("How was Lisbon?") and tag questions stay out.
func (e *Engine) shortAsks(text string) []Question {
	if !strings.Contains(text, "?") || wordsAtLeast(text, maxShortAskWords+1) {
		return nil
	}
	var out []Question
	for _, s := range sentences(text) {
		piece := afterAck(s)
		if lastPunct(piece) != '?' {
			continue
		}
		c := e.clause(piece)
		ws := stripLead(c.ws, 0)
		if len(ws) == 0 || e.notAsk(ws) || len(ws) == 1 && ackQuestions.has(ws[0]) {
			continue
		}
		c.ask = true
		out = append(out, e.question(c))
	}
	return out
}

// ackBreak ends the acknowledgement before a bare question: ". ", "! ",
// " - ", ", ".
var ackBreak = regexp.MustCompile(`[.!,]\s+|\s+[-–—]\s+`)

// afterAck is the last piece of sentence s after an acknowledgement
// ("ok thx. and the vat?" gives "and the vat?").
func afterAck(s string) string {
	locs := ackBreak.FindAllStringIndex(s, -1)
	if len(locs) == 0 {
		return strings.TrimSpace(s)
	}
	return strings.TrimSpace(s[locs[len(locs)-1][1]:])
}

// replyLineMarker reports a help desk's line telling its reader where to
// type ("##- Please type your reply above this line -##", "Reply above
// this line"): an instruction to whoever answers the ticket, not the
// client's ask.
func replyLineMarker(ws []string) bool {
	for i := 0; i+2 < len(ws) && i < 12; i++ {
		if (ws[i] == "above" || ws[i] == "below") && ws[i+1] == "this" && ws[i+2] == "line" {
			return i > 0 && (ws[i-1] == "reply" || ws[i-1] == "replies" || ws[i-1] == "write" || ws[i-1] == "type" || ws[i-1] == "response")
		}
	}
	return false
}

// replyTargets are what a notification tells its reader not to reply to.
var replyTargets = set("email e mail message notification address") // "e-mail" is "e", "mail"

// doNotReply reports a notification's "Please do not reply (to this
// email)": it tells its reader how not to answer and asks the firm
// nothing. "Please don't reply to the tax office yet" names someone else
// and still asks.
func doNotReply(ws []string) bool {
	i := 0
	if len(ws) > 0 && ws[0] == "please" {
		i++
	}
	switch {
	case i+1 < len(ws) && (ws[i] == "don't" || ws[i] == "dont"):
		i++
	case i+2 < len(ws) && ws[i] == "do" && ws[i+1] == "not":
		i += 2
	default:
		return false
	}
	if ws[i] != "reply" && ws[i] != "respond" {
		return false
	}
	rest := ws[i+1:]
	return len(rest) == 0 || len(rest) >= 3 && rest[0] == "to" && rest[1] == "this" && replyTargets.has(rest[2])
}
