package triage

// "What sort of deposit would you need for a June wedding?", "and how
// many coats of paint would the floor take?": the auxiliary after a
// wh-word and its noun phrase is the question's own inversion, not a
// second ask starting in a run-on (runOnStarts). Table rows in
// TestWhInversion (shapes_wh_inversion_test.go).

// whPhraseOpeners take a noun phrase before the inverted auxiliary;
// contractions ("whats") carry their own verb.
var whPhraseOpeners = set("what which how whose")

// maxWhPhrase bounds the noun phrase between the wh-word and the
// auxiliary ("what sort of deposit", "how many spare fittings").
const maxWhPhrase = 5

// whInversionAt: lw[k] is an auxiliary inverted after a wh-word that
// opens the sentence (past discourse markers) with only a noun phrase
// between them.
func whInversionAt(lw []string, k int) bool {
	if !auxWords.has(lw[k]) {
		return false
	}
	f := len(lw) - len(stripLead(lw, 0))
	if f >= k || k-f > maxWhPhrase+1 || !whPhraseOpeners.has(lw[f]) {
		return false
	}
	for _, w := range lw[f+1 : k] {
		if auxWords.has(w) || pronWords.has(w) || secondPerson.has(w) || runOnJoiners.has(w) || whWords.has(w) {
			return false
		}
	}
	return true
}
