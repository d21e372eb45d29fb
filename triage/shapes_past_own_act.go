package triage

import "strings"

// pastOwnAct: work the client did, told as the time of what is asked
// ("is our year end still March, or did we change it when we set up the
// new company?", "was the old account closed after we migrated the
// payroll?"), dates the question; it asks for no work. The clause must be
// the client's own ("when we", "after I") and past: a past form of the
// verb, or "did"/"was"/"were" earlier in the ask. "When we restructure
// the group, can you draft the contracts?" keeps its work.
// Table rows in TestPastOwnAct (shapes_past_own_act_test.go).
func (e *Engine) pastOwnAct(ws []string, start, si int) bool {
	if start < 2 || !needPersons.has(ws[start-1]) || !pastClauseOpeners.has(ws[start-2]) {
		return false
	}
	if s := e.signals[si]; s.Kind != "paid" || s.Act == "" {
		return false
	}
	if strings.HasSuffix(ws[start], "ed") {
		return true
	}
	for _, w := range ws[:start-2] {
		if pastQuestionAux.has(w) {
			return true
		}
	}
	return false
}

// pastClauseOpeners open a clause that dates an event.
var pastClauseOpeners = set("when after once since")

// pastQuestionAux put a question in the past.
var pastQuestionAux = set("did didn't was wasn't were weren't")
