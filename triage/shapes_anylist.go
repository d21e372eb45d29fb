package triage

// In a request put to the firm, "… and any X" with no verb of its own
// adds X to what the request asks for: "send the statement and any letters
// from the bank", "a quote showing the breakdown and any discount". It is
// not a second question, as "Any news on the refund?" is.

// newsNouns after "any" ask on their own: "and any news on the refund?",
// "and any word from the council?".
var newsNouns = set("news update updates word progress luck joy chance idea ideas thoughts feedback movement sign response reply")

// anyListItem: the words after a joiner, right, are "any" and a noun
// phrase with no verb, ending a request to the firm.
func anyListItem(sp *sentenceSplit, right []string) bool {
	if len(right) < 2 || right[0] != "any" || sp.whole.agent != agentFirm || newsNouns.has(right[1]) {
		return false
	}
	for _, w := range right[1:] {
		if auxWords.has(w) || w == "would" || secondPerson.has(w) {
			return false // "and any chance you could …": a clause of its own
		}
	}
	return true
}
