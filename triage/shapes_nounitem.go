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

// timeClauseOpeners open a clause of time or purpose that may close a
// wanted thing: "a survey of both units before we sign", "the revised
// plan so we can compare".
var timeClauseOpeners = set("before after until once when so unless")

// nounHeadLen is how many words of a list item name the thing: all of
// them, or those before a closing clause of time or purpose with its own
// subject ("… before we sign"). The clause says when or why the thing is
// wanted, not what it is, so it does not count against the noun length.
func nounHeadLen(ws []string) int {
	if len(ws) <= maxNounItem {
		return len(ws)
	}
	for i := 3; i+1 < len(ws); i++ {
		if timeClauseOpeners.has(ws[i]) && subjectPronouns.has(ws[i+1]) {
			return i
		}
	}
	return len(ws)
}
