package triage

import (
	"fmt"
	"strings"
)

// A fivemin quote answers the quick part and calls the paid work "the
// rest" ("The rest is a bigger job…"). A no to "the rest" with no yes
// anywhere in the reply ("Great, thanks, that's all I needed. No need for
// the rest.") says no to the quoted work, not to a part of it; beside a
// go-ahead ("go ahead with the survey, no need for the rest") it still
// narrows the work.

// restTails may follow "the rest" in such a no: nothing, "of it", or a
// time of waiting ("for now").
var restTails = newPhraseSet("", "of it", "for now", "for the moment", "for the time being", "at the moment", "this time", "thanks")

// restDeclined reads a reply whose only no to a part is a no to "the
// rest" and which says yes to nothing (yes: its go-ahead cues).
func (ev *replyEvidence) restDeclined(yes int) (ReplyReading, bool) {
	if yes+len(ev.bareYes) > 0 || len(ev.namedPart) > 0 || len(ev.partial) > 0 {
		return ReplyReading{}, false
	}
	for _, c := range ev.partDecline {
		_, after, ok := strings.Cut(c, " the rest")
		if !ok || !restTails.has(strings.TrimSpace(after)) {
			return ReplyReading{}, false
		}
	}
	return ReplyReading{Decision: Declined, Reason: fmt.Sprintf("no to the rest: %s", ev.partDecline[0])}, true
}

// phraseSet is a set of whole phrases (a wordSet holds single words).
type phraseSet map[string]bool

func newPhraseSet(ps ...string) phraseSet {
	s := phraseSet{}
	for _, p := range ps {
		s[p] = true
	}
	return s
}

func (s phraseSet) has(p string) bool { return s[p] }
