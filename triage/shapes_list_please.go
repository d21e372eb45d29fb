package triage

// A list introduced by a bare politeness word: "Please:", "Kindly:",
// "Could you please:" with the request's verbs in the items ("- scan
// each file", "- return the originals"). The intro asks for what the
// list holds, as "Could you do the following:" does.

// politeIntroWords may make up such an intro; one of politeIntroHeads
// must be among them.
var (
	politeIntroWords = set("please kindly pls plz could can would will you u also then")
	politeIntroHeads = set("please kindly pls plz")
)

// introAsks: the intro (its words ws) asks for what the list holds: it is
// an ask itself, or a bare politeness word ("Please:").
func (e *Engine) introAsks(intro string, ws []string) bool {
	return politeOnlyIntro(ws) || e.clause(intro).ask
}

// politeOnlyIntro: the intro's words (the sentence before the colon) are
// a politeness word and at most a modal and "you" around it.
func politeOnlyIntro(ws []string) bool {
	head := false
	for _, w := range ws {
		if !politeIntroWords.has(w) {
			return false
		}
		head = head || politeIntroHeads.has(w)
	}
	return head
}

// verbObjectItem: a wanted list's item that opens with a verb and its
// object's determiner ("index the scans …", "return the originals …",
// "bleed each radiator"): an imperative, so a request, even when the verb
// is one the request lexicon does not know.
func verbObjectItem(ws []string) bool {
	return len(ws) >= 3 && !detWords.has(ws[0]) && !pronWords.has(ws[0]) && !auxWords.has(ws[0]) &&
		!itemNotNoun.has(ws[0]) && itemObjectDets.has(ws[1])
}

// itemObjectDets open the object of an item's verb.
var itemObjectDets = set("the each every all our my these those both")
