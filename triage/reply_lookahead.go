package triage

// lookAhead reports a hedge at ws[start] that opens a Contact phrase
// ("we'll see how the spring goes", "let's see what happens"): the client
// will watch how things turn out and may come back, a deferral of the
// contact, not an answer still pending. It is read as the contact it is,
// which a no beside it outweighs ("Leave it for now - we'll see how the
// year goes") and which leaves a reply without one unclear.
func (c *clauseReader) lookAhead(start int) bool {
	_, ok := c.rl.contact.hasAt(c.ws, start)
	return ok
}
