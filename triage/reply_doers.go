package triage

// describedDoer reports a cue of doing the work (a DoerVerbs word at
// ws[start]) whose subject, past the auxiliaries, is a relative pronoun
// ("a student who'll do it for nothing", "someone who can take it on")
// or a third-person pronoun ("they do it at no charge"): the clause says
// who does the work, it gives the reader no go-ahead. A plan with a named
// doer ("my son will do it") is thirdPartyDoes's no; the firm's own
// people ("your team, they can start") are left alone.
func (c *clauseReader) describedDoer(start int) bool {
	rl, ws := c.rl, c.ws
	if !rl.doerVerbs.has(ws[start]) {
		return false
	}
	i := start
	for i > 0 && rl.doerAux.has(ws[i-1]) {
		i--
	}
	if i == 0 || !rl.relatives.has(ws[i-1]) && !rl.thirdPronouns.has(ws[i-1]) {
		return false
	}
	for _, w := range ws[:i-1] {
		if rl.secondPerson.has(w) {
			return false
		}
	}
	return true
}
