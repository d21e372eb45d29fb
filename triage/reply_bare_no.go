package triage

// A texting "no" run straight into the imperative that says what to do
// instead ("no leave it for now", "no hold off till spring", "no skip it")
// answers the quote: it is a bare no, not a negator of the decline after
// it.

// noImperatives are the verbs of dropping or holding off the work that
// may follow an answering "no" with no comma.
var noImperatives = set("leave hold skip forget park drop scrap")

// answeringNo reports that ws[i] is a clause-opening "no" followed by one
// of noImperatives.
func answeringNo(ws []string, i int, rl *replyLexicons) bool {
	return i == 0 && len(ws) > 1 && rl.bareNo.has(ws[0]) && noImperatives.has(ws[1])
}
