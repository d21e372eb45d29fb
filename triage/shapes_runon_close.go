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

// objectFilled: the request before a contracted wh-word at k already has
// its object, a noun phrase right after its verb ("…can u send the
// signed lease whats the code for the gate"), or the client's reason has
// come after it ("…fix the gutter cos the tenant keeps moaning whens
// your next free day"): the wh-word opens a question of its own. After a
// preposition or a verb of telling the wh-clause is still the object
// ("check with the team whats going on", "tell the driver whats
// needed").
func (e *Engine) objectFilled(lw []string, k int) bool {
	for j := k - 2; j >= 1 && j >= k-objectReach; j-- {
		if detWords.has(lw[j]) {
			_, verb := e.lex.requestVerbs.hasAt(lw, j-1)
			if verb && !tellingVerbs.has(lw[j-1]) && !askTellVerbs.has(lw[j-1]) {
				return true
			}
			break
		}
	}
	for j := k - 1; j >= 0 && j >= k-reasonReach; j-- {
		if reasonTail(lw, j) {
			return !firmFrames.has(lw[j+1 : k])
		}
	}
	return false
}

// askTellVerbs take a person and then a wh-clause ("ask the landlord
// whats owed"): the noun phrase is not the whole object.
var askTellVerbs = set("tell ask let show update")

// objectReach bounds how far back the object's determiner may stand;
// reasonReach how far back the reason's "because".
const (
	objectReach = 4
	reasonReach = 12
)

// relayedAsk: at lw[k] someone else's question to the firm is passed on
// ("…also my dad wants to know if you do gutters"): a short subject,
// "wants to know" or "wanted to know", then the question about the firm.
// ("asked if you…" is read as a report by the clause reader.)
func relayedAsk(lw []string, k int) bool {
	for j := k + 1; j < len(lw)-2 && j <= k+relaySubject; j++ {
		switch lw[j] {
		case "wants", "wanted":
			return lw[j+1] == "to" && lw[j+2] == "know" && firmAfter(lw, j+3)
		}
	}
	return false
}

// firmAfter: the question at lw[i] is about the firm ("if you do …").
func firmAfter(lw []string, i int) bool {
	if i < len(lw) && (lw[i] == "if" || lw[i] == "whether") {
		i++
	}
	return i < len(lw) && secondPerson.has(lw[i])
}

// relaySubject bounds the subject of a relayed ask ("my mum", "the
// people next door").
const relaySubject = 4

// thanksTail: a run-on's closing thanks ("…if you do heaters thanks so
// much xx", "…send it over cheers"): a few words of thanks at the very
// end are the sign-off, not part of the ask. "thanks to" gives a cause.
func thanksTail(lw []string, j int) bool {
	return closingThanks.has(lw[j]) && len(lw)-j <= thanksTailWords && (j+1 == len(lw) || lw[j+1] != "to" && lw[j+1] != "for")
}

// closingThanks open a run-on's sign-off.
var closingThanks = set("thanks thank thx thanx cheers ta ty tia")

// thanksTailWords bounds the sign-off: "thank you so much xx".
const thanksTailWords = 5
