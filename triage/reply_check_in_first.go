package triage

// A go-ahead often carries an instruction to check back before an extra:
// "please don't buy any extra parts without asking", "don't order more tiles
// without checking with me", "never go past the budget without my OK".
// The negated verb names the extra, not the work, and "without" sets no
// condition on the go-ahead: the clause is a notice, like "let me know if
// it runs over" (overrunNotice). A negated start ("don't start without
// asking me") still waits on the client and is read as before.

// checkInConsent follow "without my"/"without our" in a check back; a way of consulting
// ("without asking", "without checking") is the consult word class.
var checkInConsent = set("ok okay approval agreement permission consent say-so sign-off go-ahead")

// checkInNegators open the negated instruction.
var checkInNegators = set("don't never")

// checkInFirst reports a clause that tells the reader not to take an
// extra step without checking back first.
func (c *clauseReader) checkInFirst() bool {
	ws := c.ws
	k := withoutAt(ws)
	if k < 0 || k+1 >= len(ws) || !c.checkBackAt(k+1) {
		return false
	}
	i := c.imperativeStart()
	j := i + 1
	switch {
	case i < len(ws) && checkInNegators.has(ws[i]):
	case i+1 < len(ws) && ws[i] == "do" && ws[i+1] == "not":
		j++
	default:
		return false
	}
	if j >= k || c.rl.startVerbs.has(ws[j]) {
		return false // "don't start without asking me": not yet
	}
	_, accept := c.rl.goAheadOffers.hasAt(ws, j)
	return !accept && ws[j] != "proceed" && !(ws[j] == "go" && ws[j+1] == "ahead")
}

// withoutAt returns where "without" stands in ws, or -1.
func withoutAt(ws []string) int {
	for i, w := range ws {
		if len(w) == 7 && w == "without" {
			return i
		}
	}
	return -1
}

// checkBackAt reports a way of checking back opening at ws[i]: "asking",
// "checking with me", "my OK".
func (c *clauseReader) checkBackAt(i int) bool {
	ws := c.ws
	if wordClasses["consult"].has(ws[i]) {
		return true
	}
	return i+1 < len(ws) && clientPossessives.has(ws[i]) && checkInConsent.has(ws[i+1])
}

// notice reports a clause that is a notice on the go-ahead: at an overrun
// of the quoted scope (overrunNotice) or before an extra (checkInFirst).
func (c *clauseReader) notice() bool {
	return c.overrunNotice() || c.checkInFirst()
}
