package triage

// reasonOpeners open a clause that gives the client's reason for what
// follows ("As we're moving office in March, …", "Since the audit is
// next week, …", "Seeing as …", "Now that …", "Given that …"). The
// reason is background: the ask after its comma is quoted from its own
// start. "If" and "when" are conditions, part of the ask, and are not
// here.
var reasonOpeners = set("as since because seeing now given")

// reasonSecond are the words that make "now" and "given" and "seeing"
// open a reason ("now that", "given that", "seeing as"); "as" and
// "since" and "because" need none, but "as well as" adds a thing to the
// ask rather than giving a reason.
var reasonSecond = map[string]string{"now": "that", "given": "that", "seeing": "as"}

// reasonLead: ws opens with a clause giving the client's reason.
func reasonLead(ws []string) bool {
	if len(ws) < 3 || !reasonOpeners.has(ws[0]) {
		return false
	}
	if second, ok := reasonSecond[ws[0]]; ok {
		return ws[1] == second
	}
	return !(ws[0] == "as" && ws[1] == "well")
}

// needVerbsEn end an English need frame ("we need", "we'll need").
var needVerbsEn = set("need needs require")

// needEndsClause: a need frame that closes the sentence names nothing
// needed; it ends a relative clause about a thing named before it ("…
// doesn't have the experience we need.", "… all the space we'll
// need."), which asks nothing. (German and Dutch put the verb last in
// an ask, so only English verbs are read.)
func needEndsClause(core []string, end int) bool {
	return end >= len(core) && end > 0 && needVerbsEn.has(core[end-1])
}
