package triage

// Shapes from the category probes (testdata/PROBES.md, probes_test.go):
// failure shapes that recurred on sets written apart from the code.

// purposeLinks join what the client needs an answer for to the need.
var purposeLinks = set("for to so")

// backRefNouns name, after "the", the answer of the ask before in general
// words ("I need the figure for the bank"): a thing already asked for.
var backRefNouns = set("figure figures number numbers amount total date details info information answer")

// purposeOnly: "I need it for a grant form", "we need them to show the
// bank", "I need the figure for the board": why the client wants the
// answer of the ask before, not an ask of its own. A need naming a new
// thing ("I need the P45 for Dan") still asks.
func purposeOnly(ws []string) bool {
	i := 0
	for i < len(ws) && (deadlineSubjects[ws[i]] || fillers[ws[i]]) {
		i++
	}
	if i == 0 || i >= len(ws) || !deadlineWants[ws[i]] {
		return false
	}
	i++
	switch {
	case i < len(ws) && anaphora[ws[i]]:
		i++
	case i+1 < len(ws) && ws[i] == "the" && backRefNouns[ws[i+1]]:
		i += 2
	default:
		return false
	}
	return i+1 < len(ws) && purposeLinks[ws[i]]
}

// copyVerbs deliver a copy of something that exists ("send me the form",
// "email the statement"): in a series of requests for facts, each is an
// ask of its own, as "tell me…" is.
var copyVerbs = set("send email e-mail forward resend")

// copyOpen: the words open "send me…", "email the…": a copy asked for
// in a series that leads with a fact ("confirm the dates, send me the
// form and tell me…"). Only splitFacts and factSeries read it, where the
// series already opens with a fact, so "draft the letter and send me a
// copy" (a job and its result) stays whole.
func copyOpen(ws []string) bool {
	return len(ws) >= 3 && copyVerbs[ws[0]] && (meWords[ws[1]] || detWords[ws[1]])
}
