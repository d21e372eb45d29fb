package triage

// laterCondition reports a condition phrase at ws[se[0]:se[1]] of a
// clause said with a no and no yes, right after a later time ("We'll pass
// for now - maybe next spring once the extension is done", "possibly in
// the new year if the grant comes"): the condition is on taking the work
// up then, not on the answer now, which stays a no. A go-ahead with the
// same words ("go ahead in March once the grant is in") stays conditional.
func (c *clauseReader) laterCondition(se [2]int) bool {
	ev := c.ev
	// The cheap test first: most conditions come without a no.
	if len(ev.strongDecline)+len(ev.weakDecline) == 0 || len(ev.strongAccept)+len(ev.weakAccept)+len(ev.ack) > 0 {
		return false
	}
	for i := 0; i < se[0]; i++ {
		if end, ok := c.rl.laterTimes.hasAt(c.ws, i); ok && end == se[0] {
			return true
		}
	}
	return false
}
