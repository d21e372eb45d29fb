package triage

import "strings"

// Questions the client settles in the same breath: "I wondered whether
// we'd need a licence, but I've checked and we're under the limit", or a
// question followed by "Oh, I've just found it on the portal." The firm
// is not asked them. Negation in the settling clause ("but I can't find
// it") leaves the question open.

// pastWonderWords: the client's own past wondering (a frame with "you"
// after it, "I wondered if you could…", stays a request).
var pastWonderWords = set("wondered wondering")

// discoveryWords: the client found the answer: checked, read, saw.
var discoveryWords = set("checked read see seen saw found looked spotted noticed realised realized remembered " +
	"fine sorted answered")

// selfSubjects: the client speaking.
var selfSubjects = set("i i've i'd i'm we we've we'd we're")

// secondThoughtOpeners: interjections that open a sentence of second thoughts: "Oh, …", "Ah, …".
var secondThoughtOpeners = set("oh ah aha actually wait ok okay")

// settledWonder: "I wondered whether …, but I've read the guidance, so
// that's fine": a past wondering not put to the firm, then "but" and the
// client's own finding, without negation.
func settledWonder(ws []string) bool {
	k := 0
	for k < len(ws) && k < 4 && !pastWonderWords.has(ws[k]) {
		k++
	}
	if k >= len(ws) || k == 4 || k == 0 || !selfSubjects.has(ws[0]) {
		return false
	}
	for i := k + 1; i < len(ws); i++ {
		if contrastWords.has(ws[i]) {
			return !firmAskedIn(ws[k+1:i]) && settlesWithoutNegation(ws[i+1:])
		}
	}
	return false
}

// settlesWithoutNegation: ws holds a word of finding and no negation,
// and puts nothing to the firm.
func settlesWithoutNegation(ws []string) bool {
	found := false
	for _, w := range ws {
		if negations.has(w) || strings.HasSuffix(w, "n't") {
			return false
		}
		found = found || discoveryWords.has(w)
	}
	return found && !firmAskedIn(ws)
}

// firmAskedIn: ws puts something to the firm: "please", or "you" with a
// modal before or after it ("could you", "you could", "you'd"). The
// firm named otherwise ("whether you needed the bills", "I see from your
// checklist that you do") is only talked about.
func firmAskedIn(ws []string) bool {
	for i, w := range ws {
		if w == "please" || w == "you'd" || w == "you'll" || w == "u" {
			return true
		}
		if w == "you" && (i > 0 && hopeModals.has(ws[i-1]) || i+1 < len(ws) && hopeModals.has(ws[i+1])) {
			return true
		}
	}
	return false
}

// foundItAnswer: "Oh, I've just looked on the portal and it says 41.":
// an interjection of second thoughts, then the client's own finding.
func foundItAnswer(ws []string) bool {
	if len(ws) < 3 || !secondThoughtOpeners.has(ws[0]) || !selfSubjects.has(ws[1]) {
		return false
	}
	return settlesWithoutNegation(ws[2:])
}
