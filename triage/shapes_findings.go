package triage

// An examination asked for, then its findings asked to be reported ("go
// through the lease and let us know what the rent covers", "check the
// contract and tell me if there is a problem"): the report is what the
// examination produces, not a fact the firm has to hand. The quick
// signals of the reporting clause ("let us know what…", "a problem",
// "covers") do not count against the work.

// examiningActs are the acts of paid signals that examine a document or
// a position.
var examiningActs = set("review check research audit")

// findingsFrames report what an examination found, after "and" (or "and
// then"): "and let us know", "and tell me", "and advise whether".
var findingsFrames = newLexicon([]string{"let me know", "let us know", "tell me", "tell us", "advise", "report back",
	"flag", "say whether", "say if"})

// findingsReport: a quick info signal matched at ws[start] inside a
// clause that reports the findings of an examination counted before it
// (spans: the signals counted so far, in order).
func (e *Engine) findingsReport(ws []string, spans []matchSpan, start, si int) bool {
	s := e.signals[si]
	if s.Kind != "quick" || s.Act != "info" {
		return false
	}
	for _, m := range spans {
		o := e.signals[m.si]
		if o.Kind != "paid" || !examiningActs.has(o.Act) || m.end > start {
			continue
		}
		if k := findingsJoin(ws, m.end, start); k >= 0 {
			return !clientMustAct(ws[k:])
		}
	}
	return false
}

// findingsSubjects and findingsMusts: "if we need to reply", "whether I
// have to", "if we must".
var (
	findingsSubjects = set("i we")
	findingsMusts    = set("need needs must have should")
)

// clientMustAct: the report asks only whether the client must act at all
// ("look at the council's letter and tell me if we need to reply"): a
// yes or no the firm gives at a glance, not the findings of a review.
func clientMustAct(ws []string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if findingsSubjects.has(ws[i]) && findingsMusts.has(ws[i+1]) {
			return true
		}
	}
	return false
}

// findingsJoin returns where "and" (+ "then") and a findings frame open
// between from and to (the frame may itself be the match at to), else -1.
func findingsJoin(ws []string, from, to int) int {
	for k := from; k < to && k < len(ws)-1; k++ {
		if ws[k] != "and" {
			continue
		}
		f := k + 1
		if ws[f] == "then" {
			f++
		}
		if f <= to {
			if _, ok := findingsFrames.hasAt(ws, f); ok {
				return k
			}
		}
	}
	return -1
}
