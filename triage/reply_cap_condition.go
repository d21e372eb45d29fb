package triage

// A cap may be put as the condition of a go-ahead: "go ahead as long as
// it stays under 3 hours", "fine, provided it doesn't run past two
// hours". The condition is then the cap, which the quote's hours settle
// (reply_cap.go), not a condition a person must weigh.

// capStayVerbs hold the work under a limit as its subject: "it stays
// under", "it remains within".
var capStayVerbs = set("stay stays remain remains")

// overrunVerbs, with overrunPreps after them, run beyond a limit: "goes
// over", "runs past"; "exceed" needs none. Negated, they cap the work.
var (
	overrunVerbs = set("go goes run runs exceed exceeds")
	overrunPreps = set("over past beyond")
)

// capConditions are the condition words a cap may be put as. Not "if":
// "if you can keep it under 2 hours, go ahead" asks whether it can be.
var capConditions = set("provided providing")

// stayCapFrame returns the words of a cap said as the work staying under
// a limit or not running over it ("stays under", "doesn't go over",
// "won't exceed"); "" when there is none. Only called on a sentence that
// names hours.
func stayCapFrame(ws []string, rl *replyLexicons) string {
	for i, w := range ws {
		switch {
		case capStayVerbs.has(w) && i+1 < len(ws) && capPreps.has(ws[i+1]) && ws[i+1] != "to" && !quotedHoursAt(ws, i+2):
			return w + " " + ws[i+1]
		case overrunVerbs.has(w) && i > 0 && rl.negators.has(ws[i-1]):
			if f := overrunFrame(ws, i); f != "" {
				return f
			}
		}
	}
	return ""
}

// overrunFrame returns the negated overrun at ws[i] ("doesn't go over",
// "won't exceed") unless the quoted hours follow it; "" otherwise.
func overrunFrame(ws []string, i int) string {
	w := ws[i]
	if w == "exceed" || w == "exceeds" {
		if quotedHoursAt(ws, i+1) {
			return ""
		}
		return ws[i-1] + " " + w
	}
	if i+1 < len(ws) && overrunPreps.has(ws[i+1]) && !quotedHoursAt(ws, i+2) {
		return ws[i-1] + " " + w + " " + ws[i+1]
	}
	return ""
}

// capCondition returns "" for a condition that words a cap taken from
// the same sentence ("as long as", "provided"), else cond.
func capCondition(cond string) string {
	if cond == "as long as" || cond == "so long as" || capConditions.has(cond) {
		return ""
	}
	return cond
}

// quotedHours open a reference to the hours already quoted: "don't go
// over the 3 hours" keeps to the quote, it sets no cap of its own.
var quotedHours = set("the your those these that")

func quotedHoursAt(ws []string, i int) bool {
	return i < len(ws) && quotedHours.has(ws[i])
}
