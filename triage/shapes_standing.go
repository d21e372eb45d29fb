package triage

import "strings"

// Two kinds of sentence only frame the asks around them.
//
// A wish to know "where we stand" or to "get a handle on where things
// are" says why the client asks, when a question comes just before it
// ("Has the landlord replied? I'd like to know where we stand before I
// sign.") or a concrete ask just after it ("I'd love a clearer idea of
// how things stand. Could you run the figures to March?"). On its own it
// is a status check and stays an ask.
//
// A plea for help with nothing named ("I'm afraid we need your help
// again.") opens a mail whose asks come later; when the mail asks
// something else it adds nothing.

// standingVerbs know or grasp a situation: "know", "understand", "see".
var standingVerbs = set("know understand see")

// graspNouns: "get a (proper) handle on", "have a (clear) picture of".
var graspNouns = set("handle grip picture sense idea feel view")

// standingSubjects and standingStates: "where we stand", "how things
// are", "where it sits".
var standingSubjects = set("we i things it this matters everything")
var standingStates = set("stand stands are is am sit sits")

// standingWish: ws holds a wish ("like/love/want/need to") to know or
// grasp where or how the client's matters stand.
func standingWish(ws []string) bool {
	for i := 0; i+4 < len(ws); i++ {
		if !wishFrameVerbs.has(ws[i]) && ws[i] != "need" || ws[i+1] != "to" {
			continue
		}
		if k, ok := standingObject(ws, i+2); ok && standingClause(ws[k:]) {
			return true
		}
	}
	return false
}

// standingObject reads "know", "understand", or "get/have a (proper)
// handle on" from ws[i] and returns where the wh-clause may start.
func standingObject(ws []string, i int) (int, bool) {
	if standingVerbs.has(ws[i]) {
		return i + 1, true
	}
	if !getHave.has(ws[i]) {
		return 0, false
	}
	for k := i + 1; k < min(len(ws)-1, i+5); k++ {
		if graspNouns.has(ws[k]) && (ws[k+1] == "on" || ws[k+1] == "of") {
			return k + 2, true
		}
	}
	return 0, false
}

// standingClause: ws opens "where/how <subject> <state>" ("where we
// stand", "how things are"), or "where we're (at)".
func standingClause(ws []string) bool {
	if len(ws) < 2 || ws[0] != "where" && ws[0] != "how" {
		return false
	}
	if ws[1] == "we're" || ws[1] == "things're" {
		return true
	}
	return len(ws) >= 3 && standingSubjects.has(ws[1]) && standingStates.has(ws[2])
}

// standingWishBeforeAsk: statement s wishes to know where things stand
// and the next sentence asks the firm for the concrete thing (an ask
// not about the client's own act).
func (e *Engine) standingWishBeforeAsk(sw *sentWords, next string) bool {
	if s := sw.s; next == "" || strings.HasSuffix(strings.TrimSpace(s), "?") || !mayHoldStanding(s) {
		return false // most sentences: no words read
	}
	if !standingWish(sw.lower()) {
		return false
	}
	c := e.clause(next)
	return c.ask && c.agent != agentClient
}

// mayHoldStanding: a cheap look for the wh-word before reading words.
func mayHoldStanding(s string) bool {
	return standingWhSet.inFold(s)
}

// standingWhSet: the wh-words a wish to know where things stand holds,
// found in either case without a lower-cased copy.
var standingWhSet = newNeedleSet([]string{" where ", " how "})

// helpWordSet: the words a bare plea for help holds (see helpNouns).
var helpWordSet = newNeedleSet([]string{"help", "advice", "assistance", "expertise", "input"})

// helpNouns: what a bare plea asks for.
var helpNouns = set("help advice assistance expertise input")

// helpFillers may close a bare plea: "again", "please", "urgently".
var helpFillers = set("again please urgently here now once more too")

// helpPlea: words of a bare plea for help, "(I'm afraid) we need your
// help again", "I could use some advice": nothing named to help with.
func helpPlea(ws []string) bool {
	i := 0
	for i < len(ws) && i < 3 && ws[i] != "i" && ws[i] != "we" {
		i++
	}
	if i+3 > len(ws) || ws[i] != "i" && ws[i] != "we" {
		return false
	}
	i, ok := pleaVerb(ws, i+1)
	if !ok {
		return false
	}
	if i < len(ws) && (ws[i] == "your" || ws[i] == "some") {
		i++
	}
	return i < len(ws) && helpNouns.has(ws[i]) && allIn(ws[i+1:], helpFillers)
}

// pleaVerb reads "(really) need" or "could use" from ws[i] and returns
// the index after it.
func pleaVerb(ws []string, i int) (int, bool) {
	if i < len(ws) && ws[i] == "really" {
		i++
	}
	switch {
	case i < len(ws) && ws[i] == "need":
		return i + 1, true
	case i+1 < len(ws) && ws[i] == "could" && ws[i+1] == "use":
		return i + 2, true
	}
	return 0, false
}

// allIn: every word of ws is in set.
func allIn(ws []string, set *wordSet) bool {
	for _, w := range ws {
		if !set.has(w) {
			return false
		}
	}
	return true
}

// dropHelpPleas removes bare pleas for help from asks that hold another ask.
func dropHelpPleas(out []Question) []Question {
	if len(out) < 2 {
		return out
	}
	var pleas []bool
	for i, q := range out {
		if !helpWordSet.inFold(q.Text) && !favourWordSet.inFold(q.Text) {
			continue
		}
		if ws := lowerSpans(q.Text, wordSpans(q.Text)); helpPlea(ws) || favourPlea(ws) {
			if pleas == nil {
				pleas = make([]bool, len(out))
			}
			pleas[i] = true
		}
	}
	if pleas == nil {
		return out
	}
	kept := out[:0:0]
	for i, q := range out {
		if !pleas[i] {
			kept = append(kept, q)
		}
	}
	if len(kept) == 0 {
		return out
	}
	return kept
}
