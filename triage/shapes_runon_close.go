package triage

// Run-on asks that open after a clause has closed: a contracted
// wh-question after an urgency or time word ("…get the pallets to us asap
// whats the earliest…"), and a request after "also" or "plus" with a
// please-word between ("…also pls add ten rolls").

// urgencyEnds close the clause of a request ("…to us asap", "…back to
// me urgently"): what follows starts afresh.
var urgencyEnds = set("asap urgently urgent quickly immediately soon shortly pronto")

// runOnPleaseWords may stand between "also"/"plus" and the request verb.
var runOnPleaseWords = set("please pls plz")

// clauseClosedBefore: the word before lw[k] ends a clause (an urgency
// or time word), so a contracted wh-question at k is a new question and
// not the object of a request before it ("can u check with the team
// whats going on").
func clauseClosedBefore(lw []string, k int) bool {
	return k > 0 && (urgencyEnds.has(lw[k-1]) || statementEnds.has(lw[k-1]))
}

// alsoPleaseRequest: "also pls add …", "plus please send …": the
// request verb after a please-word that follows "also" or "plus" at k.
func (e *Engine) alsoPleaseRequest(lw []string, k int) bool {
	if k+2 >= len(lw) || !runOnPleaseWords.has(lw[k+1]) {
		return false
	}
	_, ok := e.lex.requestVerbs.hasAt(lw, k+2)
	return ok
}
