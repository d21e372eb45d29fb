package triage

// Items of a list the client wants from the firm name things, and a thing
// may carry a clause of its own: "The date you can next visit" (a noun
// with a relative clause whose pronoun subject and auxiliary follow it),
// or "A revised budget reflecting the new grant and the two extra posts"
// (a made thing described at length). Neither says something the way
// "Logo files are in the folder" does.

// relativeAux: the auxiliary at ws[i] belongs to a relative clause inside
// a noun phrase: the item opens with a determiner, and a subject pronoun
// stands between a noun and the auxiliary ("the date you can …", "the
// rooms we will need").
func relativeAux(ws []string, i int) bool {
	return i >= 3 && detWords.has(ws[0]) && subjectPronouns.has(ws[i-1]) &&
		!detWords.has(ws[i-2]) && !auxWords.has(ws[i-2]) && !subjectPronouns.has(ws[i-2])
}

// longMadeItem: an item over the usual noun-item length that opens with a
// made thing ("an updated cost plan reflecting …") still names it.
func longMadeItem(ws []string) bool {
	return len(ws) <= maxClauseItem && madeItem(ws)
}
