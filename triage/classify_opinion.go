package triage

// "Would you recommend oak or walnut for the worktop?", "Do you
// recommend a heat pump or a gas boiler?": the firm's opinion between
// options the client names, a sentence's answer, not a recommendation
// to be worked out. "Could you recommend…" asks for one to be made, and
// "would you recommend what we should change" names no options. Table
// rows in TestOpinionBetween (classify_opinion_test.go).

// opinionReach bounds the words after "recommend" within which the "or"
// between the options must come.
const opinionReach = 5

// opinionBetween: the ask opens "would you recommend" or "do you
// recommend" (the firm's view) and an "or" follows within opinionReach
// words. Like a request not to act, it takes no work from its signals
// and no lean from its form (classify).
func opinionBetween(ws []string) bool {
	const start = 2
	if len(ws) < start+3 || ws[start] != "recommend" || ws[1] != "you" || ws[0] != "would" && ws[0] != "do" {
		return false
	}
	for _, w := range ws[start+1 : min(len(ws), start+1+opinionReach)] {
		if w == "or" {
			return true
		}
		if w == "what" || w == "how" || w == "whether" || w == "which" {
			return false
		}
	}
	return false
}
