package triage

// Work reported as done or not: "can you check whether the technician
// managed to fix the leak?", "find out if the crew were able to repaint
// the railings". The work verb names what someone did (or failed to do),
// so the ask is a status looked up, not the work again. A direct
// "did you manage to fix it?" is already read as a yes/no question; this
// covers the same words embedded after "check whether" and the like.
// Table rows in TestManagedToDone (shapes_managed_to_test.go).

// managedToDone vetoes a paid work signal at ws[start] that follows a
// past "managed to", "was/were able to" or "got (a)round to".
func (e *Engine) managedToDone(ws []string, start, si int) bool {
	if start < 2 || ws[start-1] != "to" || e.signals[si].Kind != "paid" || ruleSignals[e.signals[si].Match] {
		return false
	}
	switch prev := ws[start-2]; prev {
	case "managed":
		return true
	case "able":
		return start >= 3 && (ws[start-3] == "was" || ws[start-3] == "were")
	case "round", "around":
		return start >= 3 && ws[start-3] == "got"
	}
	return false
}
