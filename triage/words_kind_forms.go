package triage

// formFillVerbs fill a form in: "fill in", "fill out", "complete",
// "populate".
var formFillVerbs = set("fill complete populate")

// returnVerbs hand a thing back: "send it back", "return it", "post it
// back".
var returnVerbs = set("send post return email e-mail")

// returnsFilledForm: a quick "send it back" signal joined by "and" to a
// request to fill a form in ("could you fill in the questionnaire and
// send it back to me?") only says how the filled form reaches the client;
// it does not make the filling a quick errand.
func (e *Engine) returnsFilledForm(ws []string, start, si int) bool {
	if e.signals[si].Kind != "quick" || start < 3 || ws[start-1] != "and" || !returnVerbs.has(ws[start]) {
		return false
	}
	for _, w := range ws[:start-1] {
		if formFillVerbs.has(w) {
			return true
		}
	}
	return false
}
