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

// viewLeads ask for the firm's own view, cut off the ask by askingPart:
// "In your view, should we …", "In your opinion, is it …".
var viewLeads = set("view opinion")

// viewOpeners open the choice put after such a lead.
var viewOpeners = set("should would is are do does")

// viewBetween: "In your view, should we keep the slate or go for tiles?":
// the firm's view between options the client names, asked as such, is
// answered at once as opinionBetween's is. The ask (ws) must open on a
// choice and hold an "or" within opinionReach+3 words; "In your view,
// could you redraft …" asks for work and is not read.
func viewBetween(lw, ws []string) bool {
	if len(lw) < 3 || lw[0] != "in" || lw[1] != "your" || !viewLeads.has(lw[2]) || len(ws) < 4 || !viewOpeners.has(ws[0]) {
		return false
	}
	for _, w := range ws[1:min(len(ws), opinionReach+4)] {
		if w == "or" {
			return true
		}
	}
	return false
}

// pickOneOf: "could you recommend one of the three logos you drew?",
// "suggest one of those two dates": the firm picks among options already
// on the table, a sentence's answer however the request is put, like an
// opinion between options the client names. Table rows in
// TestPickOneOf (classify_opinion_test.go).
func pickOneOf(ws []string) bool {
	for i := 1; i+2 < len(ws); i++ {
		if ws[i] == "one" && ws[i+1] == "of" && pickVerbs.has(ws[i-1]) && onTable(ws[i+2:]) {
			return true
		}
	}
	return false
}

// onTable: the options are ones already put forward: "your…", "these…",
// "those…", or "the…" with "you" or "we" soon after ("the three logos
// you drew"). "One of the big payroll packages" is a kind of thing not
// yet chosen from.
func onTable(ws []string) bool {
	if pointedOptions.has(ws[0]) {
		return true
	}
	if ws[0] != "the" {
		return false
	}
	for _, w := range ws[1:min(len(ws), 1+pickReach)] {
		if w == "you" || w == "we" {
			return true
		}
	}
	return false
}
