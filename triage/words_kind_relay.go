package triage

// A request the firm only passes on: "could you ask the landlord's
// plumber to come out?", "please tell the tenants to move their bins",
// "can you remind the builder to send his invoice?". The work named after
// "to" is the third party's; the firm sends one message, so the ask's
// work signals and its form's lean count for nothing (classify), as for
// a request not to act. Asking the firm's own people ("ask your team
// to…", "ask someone to come out") or asking a question ("ask the bank
// whether…") is not a relay.

// relayVerbs hand a task to someone else.
var relayVerbs = set("ask tell remind")

// relayNotThird are words that make the person asked the firm's own or
// nobody named: "ask your engineer", "ask someone", "ask me".
var relayNotThird = set("someone somebody anyone anybody one me us i myself")

// relayLeads open the request before the relay verb: "could you
// please also ask…".
var relayLeads = set("could can would will you u please pls plz")

// maxRelayLead bounds the words before the relay verb.
const maxRelayLead = 5

// maxRelayPerson bounds the words naming who is asked ("the landlord's
// plumber", "whoever comes").
const maxRelayPerson = 4

// passedOnTask: ws opens, past a request's opening words, with a relay verb, a third party in
// up to maxRelayPerson words, then "to" and a verb.
func passedOnTask(ws []string) bool {
	i := 0
	for i < len(ws) && i < maxRelayLead && (isFiller(ws[i]) || relayLeads.has(ws[i])) {
		i++
	}
	if i+3 >= len(ws) || !relayVerbs.has(ws[i]) || questionWords.has(ws[i+1]) {
		return false
	}
	for j := i + 1; j < len(ws)-1 && j <= i+maxRelayPerson+1; j++ {
		w := ws[j]
		if w == "to" {
			return j > i+1 && !detWords.has(ws[j+1]) && !secondTask(ws[j+1:])
		}
		if addressesFirm.has(w) || relayNotThird.has(w) {
			return false
		}
	}
	return false
}

// questionWords after a relay verb make it a question put to the third
// party ("ask the bank whether…", "ask them for…"), left to the other
// cues.
var questionWords = set("whether if what when why how who which where for about")

// secondTask: the relayed task is followed by "and" and a verb, which may
// be a second task for the firm ("…to serve the notice, and deal with the
// paperwork on our side"); "and" before a determiner or a possessive
// joins two things the third party brings or sends.
func secondTask(rest []string) bool {
	for k := 0; k+1 < len(rest); k++ {
		if rest[k] == "and" && !detWords.has(rest[k+1]) && !possessives.has(rest[k+1]) {
			return true
		}
	}
	return false
}
