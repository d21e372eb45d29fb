package triage

// "Do you still expect to install the lift in March?", "are you planning
// to repaint the hall next week?": asking whether the firm expects or
// plans to do work asks about its plans, a fact it knows; the work word
// after "expect to" is not asked for. Table rows in TestExpectedWork
// (shapes_expected_work_test.go).

// expectVerbs hold the firm's plan before "to".
var expectVerbs = set("expect expecting plan planning intend intending")

// expectAsks open the question about the plan: "do you", "are you".
var expectAsks = set("do are will")

// expectedWork: the paid signal si at ws[start] follows "<expect> to"
// in a question opened by "do/are/will you".
func (e *Engine) expectedWork(ws []string, start, si int) bool {
	if start < 4 || ws[start-1] != "to" || !expectVerbs.has(ws[start-2]) || e.signals[si].Kind != "paid" {
		return false
	}
	for k := 0; k+1 < start-2 && k < 3; k++ {
		if expectAsks.has(ws[k]) && secondPerson.has(ws[k+1]) {
			return true
		}
	}
	return false
}
