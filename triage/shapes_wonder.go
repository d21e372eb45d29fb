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
