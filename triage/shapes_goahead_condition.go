package triage

// "Please confirm the deposit if we go ahead", "what would the lead time
// be once we proceed?": the client's own going ahead put as a condition
// is what the ask depends on, not the answer to a quote (goAheadOnly).
// Table rows in TestGoAheadCondition (shapes_goahead_condition_test.go).

// goAheadSubjects are the client going ahead.
var goAheadSubjects = set("we i")

// goAheadDecide stand between the subject and "go ahead": "if we decide
// to go ahead".
var goAheadDecide = set("decide decided choose")

// goAheadConditioned: the go-ahead at ws[i] is the client's, under
// "if", "once", "when" or "unless" ("if we go ahead", "once we decide to
// proceed").
func goAheadConditioned(ws []string, i int) bool {
	j := i - 1
	if j >= 2 && ws[j] == "to" && goAheadDecide.has(ws[j-1]) {
		j -= 2
	}
	return j >= 1 && goAheadSubjects.has(ws[j]) && conditionWords.has(ws[j-1]) && ws[j-1] != "should"
}
