package triage

// A statement often ends in a clause that asks the firm to do nothing:
// "The bank has the form now, so please disregard my last email", "the
// old plan is out of date, so please ignore it". The clause after the
// link word opens as a known non-ask does ("please ignore", "please
// note", "I'll…", an offer or a pleasantry; opensNotAsk, with its
// exceptions: "so we'll need new drawings" asks), so its "please" is no
// request. When what comes before the link word asks, or the firm is
// asked something after it ("…, so please ignore it, and could you…"),
// the sentence asks all the same.

// notAskLinks join such a clause to the statement before it.
var notAskLinks = set("so and but")

// linkedNotAskOnly: ws is such a statement.
func (e *Engine) linkedNotAskOnly(ws []string) bool {
	for i := 2; i+2 < len(ws); i++ {
		if !notAskLinks.has(ws[i]) || !e.opensNotAsk(ws[i+1:]) {
			continue
		}
		if e.opensAsk(ws[:i]) || e.lex.requestFrames.has(ws[:i]) {
			return false
		}
		for k := i + 2; k < len(ws); k++ {
			if politeToFirm(ws, k) {
				return false
			}
		}
		return true
	}
	return false
}
