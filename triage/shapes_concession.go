package triage

// A concession before "but" ("I know you're snowed under but is the plan
// finished yet?", "I realise it's short notice but could you…") is the
// client's courtesy, not part of the ask: the ask opens after "but", as
// after an apology (apologyLead). Table rows in TestConcessionLead.

// concessionVerbs after "I" or "we" open a concession: "I know…", "we
// realise…", "I appreciate…", "I hate to…".
var concessionVerbs = set("know realise realize appreciate understand hate")

const (
	// maxConcessionStart bounds where the concession may open: after a
	// name or a greeting ("Sam, I know…"), not deep in a statement.
	maxConcessionStart = 3
	// maxConcessionWords bounds the words before its "but".
	maxConcessionWords = 12
)

// concessionLead returns the ask after the first "but" of a sentence that
// opens with a concession, quoted from there, when a question or a
// request opens after it.
func (e *Engine) concessionLead(spans []span, ws []string) ([]string, int, bool) {
	open := concessionOpen(ws)
	if open < 0 {
		return nil, -1, false
	}
	for k := open + 3; k < len(ws) && k <= maxConcessionWords; k++ {
		if ws[k-1] != "but" {
			continue
		}
		if c := stripLead(ws, k); len(c) > 1 && e.opensAsk(c) {
			return c, spans[k].start, true
		}
		return nil, -1, false
	}
	return nil, -1, false
}

// concessionOpen returns where a concession opens in ws ("I know…"),
// within its first words; -1 when none does.
func concessionOpen(ws []string) int {
	for j := 0; j+1 < len(ws) && j <= maxConcessionStart; j++ {
		if (ws[j] == "i" || ws[j] == "we") && concessionVerbs.has(ws[j+1]) {
			return j
		}
	}
	return -1
}

// concessionOnly: ws, the words before a run-on's first ask, are a
// concession closed by "but" ("i know you're busy but"): a courtesy, not
// the background the ask is about.
func concessionOnly(ws []string) bool {
	return len(ws) > 2 && ws[len(ws)-1] == "but" && len(ws) <= maxConcessionWords && concessionOpen(ws) >= 0
}
