package triage

// "Please build a ramp so that the inspector can sign it off at the
// meeting", "could you reframe the print so that we can confirm the
// order?": a quick word (a meeting, a confirmation, a date) inside a
// purpose clause after "so that" says why the client wants the work, not
// what the firm is asked for; it takes no part in the ask's kind. Table
// rows in TestPurposeClauseQuick (shapes_purpose_clause_test.go).

// minPurposeLead is how many words must come before "so that": the ask
// itself ("please build a ramp so that …").
const minPurposeLead = 3

// purposeClauseQuick: the quick signal si matched at ws[start] stands
// after "so that" in a request that names its own act first.
func (e *Engine) purposeClauseQuick(ws []string, start, si int) bool {
	if start < minPurposeLead+2 || e.signals[si].Kind != "quick" {
		return false
	}
	for k := minPurposeLead; k+1 < start; k++ {
		if ws[k] == "so" && ws[k+1] == "that" {
			return true
		}
	}
	return false
}
