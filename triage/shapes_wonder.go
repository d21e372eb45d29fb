package triage

// "How did he keep track of all this?", "how does anyone keep up with all
// of it?": wonder at how someone else copes with a mass of things. The
// client marvels or sighs; the firm is asked nothing. Put to the firm
// ("how did you work all this out?") it asks.

// wonderSubjects are the others the client wonders about: a person named
// by a pronoun, or people at large. "They" is left out: it is often an
// office or a bank whose workings the client asks about.
var wonderSubjects = set("he she anyone anybody everyone everybody people someone somebody")

// wonderAux follow "how" in such a question.
var wonderAux = set("did does do can could would has have is was")

// massWords after "all" name the mass wondered at: "all this", "all of
// it", "all these".
var massWords = set("this that these those it of")

// howOthersCope: ws opens "how" + auxiliary + one of wonderSubjects and
// names "all this", "all that" or "all of it" after it.
func howOthersCope(ws []string) bool {
	if len(ws) < 5 || ws[0] != "how" || !wonderAux.has(ws[1]) || !wonderSubjects.has(ws[2]) {
		return false
	}
	for k := 3; k+1 < len(ws); k++ {
		if ws[k] == "all" && massWords.has(ws[k+1]) {
			return true
		}
	}
	return false
}

// ownPlightWonder: "How did we end up here again?", "how have I got
// myself into this mess?", "how did we land in such a muddle?": the
// client sighs at their own plight; it asks the firm nothing. Where they
// ended up must be only "here" or a plight noun: "how did we end up with
// two invoices?" or "how did I end up paying twice?" asks the firm to
// explain a fact, and stays a question.
func ownPlightWonder(ws []string) bool {
	if len(ws) < 4 || ws[0] != "how" || !plightAux.has(ws[1]) || ws[2] != "we" && ws[2] != "i" {
		return false
	}
	k := 3
	if ws[k] == "ever" {
		k++
	}
	k, ok := afterPlightVerb(ws, k)
	return ok && plightPlace(ws[k:])
}

// afterPlightVerb: ws[k:] opens with "end up", "wind up" or a verb of
// getting somewhere (and "ourselves"/"myself"); it returns where the
// place starts.
func afterPlightVerb(ws []string, k int) (int, bool) {
	switch {
	case k+1 < len(ws) && endUpVerbs.has(ws[k]) && ws[k+1] == "up":
		return k + 2, true
	case k < len(ws) && plightVerbs.has(ws[k]):
		k++
		if k < len(ws) && (ws[k] == "ourselves" || ws[k] == "myself") {
			k++
		}
		return k, true
	}
	return k, false
}

// plightPlace: ws opens with "here" (or "back here") or "in"/"into" +
// "this"/"such a" + a plight noun.
func plightPlace(ws []string) bool {
	if len(ws) > 0 && ws[0] == "back" {
		ws = ws[1:]
	}
	if len(ws) > 0 && ws[0] == "here" {
		return len(ws) <= 3
	}
	if len(ws) < 3 || ws[0] != "in" && ws[0] != "into" {
		return false
	}
	for k := 1; k < len(ws) && k <= 3; k++ {
		if plightNouns.has(ws[k]) {
			return true
		}
		if !plightDeterminers.has(ws[k]) {
			return false
		}
	}
	return false
}

var (
	plightAux         = set("did have has had")
	plightVerbs       = set("get got gotten land landed")
	endUpVerbs        = set("end ended wind wound")
	plightDeterminers = set("this such a that")
	plightNouns       = set("mess situation position state pickle muddle hole predicament")
)
