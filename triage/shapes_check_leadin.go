package triage

// checkLeadIn: "just to (double) check, …" opens the client's own check of
// what follows ("just to double check, the rent is due on the first?"):
// a yes/no the firm knows, not a check for it to do. "Can you check…"
// and "just to be sure, can you check…" still ask for the check.
func (e *Engine) checkLeadIn(ws []string, start, si int) bool {
	s := e.signals[si]
	if s.Kind != "paid" || s.Act != "check" || start == 0 || start > 3 {
		return false
	}
	i := start - 1
	if checkLeadAdverbs.has(ws[i]) {
		i--
	}
	if i < 0 || ws[i] != "to" {
		return false
	}
	for _, w := range ws[:i] {
		if !checkLeadOpeners.has(w) {
			return false
		}
	}
	return true
}

var (
	checkLeadAdverbs = set("double quickly quick")
	checkLeadOpeners = set("just only so and also")
)
