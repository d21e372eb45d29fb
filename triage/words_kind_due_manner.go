package triage

// "Due" before a noun of manner or cause is not a date: "carry out due
// diligence on the buyer", "in due course", "with due care", "due to the
// delay", French "en bonne et due forme" (in proper form). Only "due" for
// a deadline ("when is it due?", "the due date") is the quick date cue.
// Table rows in TestDueManner (words_kind_due_manner_test.go).

// dueMannerNouns follow "due" when it means proper or owing to.
var dueMannerNouns = set("diligence course care process regard consideration attention respect form forme to")

// dueManner: the quick date signal si matched "due" at ws[start] before a
// noun of manner or cause.
func (e *Engine) dueManner(ws []string, start, si int) bool {
	return ws[start] == "due" && start+1 < len(ws) && dueMannerNouns.has(ws[start+1]) && e.signals[si].Act == "date"
}
