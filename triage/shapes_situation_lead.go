package triage

// A short lead naming the occasion, then the request with no comma
// between: "while you're here could you bleed the radiators", "when you
// come round can you bring the keys", "since you'll be on site would you
// check the meter". The lead is when or where the ask applies, not an
// ask of its own; the request after it is the ask.

// situationWords open such a lead.
var situationWords = set("while whilst when since once next")

// situationLead: ws[k] opens a request to the firm ("could you") after a
// lead of two to six words opened by a situation word at the start
// (after "and", "also" or "oh" at most).
func situationLead(ws []string, k int) bool {
	i := 0
	if len(ws) > 0 && situationOpeners.has(ws[0]) {
		i = 1
	}
	if i >= len(ws) || !situationWords.has(ws[i]) || k-i < 3 || k-i > situationReach || k+1 >= len(ws) {
		return false
	}
	return auxWords.has(ws[k]) && secondPerson.has(ws[k+1]) && !auxWords.has(ws[i+1])
}

// situationReach bounds the lead: longer, it is a statement of its own.
const situationReach = 7

// situationOpeners may stand before the lead.
var situationOpeners = set("and also oh plus")
