package triage

// timePreps may open the time after "rather than" or "instead of" ("…
// rather than in January", "instead of on Monday").
var timePreps = set("in on at for by during")

// timeInstead reports a partial cue of choice ("rather than", "instead
// of") ending at c.ws[end] with a time after it ("next week rather than
// this week", "in the 18th run rather than January"): it moves the work
// to another time and narrows none of it.
func (c *clauseReader) timeInstead(end int) bool {
	return timeAfterChoice(c.ws, end, c.rl)
}

// timeAfterChoice reports "than" or "instead" at ws[end-1] followed by a
// time. Gated on that last word, so other cues cost one comparison.
func timeAfterChoice(ws []string, end int, rl *replyLexicons) bool {
	if end >= len(ws) || ws[end-1] != "than" && ws[end-1] != "instead" {
		return false
	}
	i := end
	if ws[i] == "of" && i+1 < len(ws) {
		i++ // "instead of"
	}
	if timePreps.has(ws[i]) && i+1 < len(ws) {
		i++
	}
	if _, ok := rl.deferTimes.hasAt(ws, i); ok {
		return true
	}
	_, ok := rl.startTimes.hasAt(ws, i)
	return ok
}

// pricedBesidesTime reports a price or scope word in a question's words
// ws other than "instead" before a time ("could it go in on Thursday
// instead of Friday?" moves the work; "instead of the full audit" still
// asks about its scope). Only run when rl.price has matched.
func (rl *replyLexicons) pricedBesidesTime(ws []string) bool {
	priced := false
	rl.price.find(ws, func(_, _, end int) bool {
		priced = !timeAfterChoice(ws, end, rl)
		return !priced
	})
	return priced
}
