package triage

// "Good to know the van is back on the road", "Glad to hear that the
// audit went well": an evaluative word before "to know"/"to hear" with a
// fact after it acknowledges news; it asks for nothing. A modal before it
// makes it a wish ("it would be good to know the deadline"), and so does a
// bare thing after it with no verb of its own ("good to know the dates"),
// which is a clipped "it would be good to know…".

// evaluativeWords judge a piece of news.
var evaluativeWords = set("good great nice glad pleased relieved reassuring interesting helpful useful lovely happy fab brilliant excellent")

// knowVerbs are the verbs of learning a fact an evaluative word precedes.
var knowVerbs = set("know hear see learn")

// newsFactVerbs are the finite verbs that make what follows a fact: "the van
// is back", "the audit went well" is left to "that" or these.
var newsFactVerbs = set("is are was were has have had will went came got arrived worked 's")

// newsAcknowledged reports a frame at core[start:] ("to know …") that
// follows an evaluative word with no modal before it and names a fact.
func newsAcknowledged(core []string, start int) bool {
	if start == 0 || core[start] != "to" || start+1 >= len(core) || !knowVerbs.has(core[start+1]) || !evaluativeWords.has(core[start-1]) {
		return false
	}
	for _, w := range core[max(0, start-4) : start-1] {
		if wishModals.has(w) || len(w) > 2 && w[len(w)-2:] == "'d" {
			return false // "it would be good to know", "it'd be nice to hear"
		}
	}
	return namesFact(core[start+2:])
}

// namesFact: the words after "to know" state a fact: "that …", or a
// finite verb ("the van is back", "the bank's happy").
func namesFact(rest []string) bool {
	if len(rest) > 0 && rest[0] == "that" {
		return true
	}
	for _, w := range rest {
		if newsFactVerbs.has(w) || len(w) > 2 && w[len(w)-2:] == "'s" {
			return true
		}
	}
	return false
}

// wishModals before an evaluative word make it a wish.
var wishModals = set("would could should might may will")
