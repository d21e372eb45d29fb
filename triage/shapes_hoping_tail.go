package triage

// "Attached are the photos of the crack above the bay window, hoping you
// can tell us whether it's structural": a participle of hope put to the
// firm after a comma cannot go on with the statement before it, however
// long that statement is, so the ask starts there (clauseBreak).

// hopingAsk: ws open "hoping (that) you|someone can|could <verb of work>".
func hopingAsk(ws []string) bool {
	if len(ws) < 4 || ws[0] != "hoping" {
		return false
	}
	_, ok := hopeAsk(ws)
	return ok
}
