package triage

// The client's own preparation for the firm's visit is no plan to do the
// work: "we'll clear the room out ourselves so it's empty for you", "I'll
// move the plants myself so it's clear for you", "we'll empty the loft ourselves
// so you can get at the joists". A SelfWork word ("ourselves") followed in
// its clause by a purpose or time that names the reader ("for you", "so
// you can", "before you") readies the job for the firm; "we'll do it
// ourselves so you don't need to come" and "…, no need for you to come
// out" still decline.

// prepLinks open the purpose or time that names the reader after the
// client's own task.
var prepLinks = set("for so")

// readerPronouns are the second-person subjects and objects of that
// purpose ("your" names a thing, as in "thanks for your time").
var readerPronouns = set("you you've you'll you're you'd u")

// preparesFor reports that the SelfWork cue at ws[start:end] is the
// client's preparation for the reader's work, not a plan to do it.
func (c *clauseReader) preparesFor(start, end int) bool {
	ws := c.ws
	for i := end; i+1 < len(ws); i++ {
		if !prepLinks.has(ws[i]) {
			continue
		}
		j := i + 1
		if ws[i] == "so" && ws[j] == "that" && j+1 < len(ws) {
			j++ // "so that you can"
		}
		if !readerPronouns.has(ws[j]) {
			continue
		}
		if j+1 < len(ws) && (c.rl.negators.has(ws[j+1]) || ws[i] == "for" && ws[j+1] == "to") {
			return false // "so you don't have to come", "no need for you to visit"
		}
		_, ok := c.rl.selfWork.hasAt(ws, start)
		return ok
	}
	return false
}
