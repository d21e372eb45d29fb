package triage

import "slices"

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

// hireVerbs engage a person for a job, done already ("we've engaged a
// local firm to do it"); otherDoerDets open the person they engage ("a",
// "another", "our"). Grammatical glue.
var (
	hireVerbs     = set("asked hired engaged instructed commissioned appointed told")
	otherDoerDets = set("a an another our my the someone somebody other")
)

// maxHiredDoerWords bounds the person between a verb of hiring and "to"
// ("asked a different surveyor to"); a longer stretch names a thing
// ("asked the bank for the figures to …").
const maxHiredDoerWords = 3

// hiredDoer reports a doer of the work, ws[i] onwards its "to" and
// auxiliaries, engaged by the client from outside the firm: a verb of
// hiring, then a person opened by a determiner, no "you" among them ("I've
// asked another surveyor to do it", "we engaged a local firm to take it
// on"). The work goes to them, not a go-ahead.
func (c *clauseReader) hiredDoer(i int) bool {
	ws := c.ws
	if i >= len(ws) || ws[i] != "to" {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-1-maxHiredDoerWords; k-- {
		if hireVerbs.has(ws[k]) && otherDoerDets.has(ws[k+1]) {
			return !slices.ContainsFunc(ws[k+1:i], func(w string) bool { return c.rl.secondPerson.has(w) })
		}
	}
	return false
}
