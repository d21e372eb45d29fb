package triage

// A complaint's demand put as what the client expects: "I expect it to be
// put right at no extra cost", "we expect them to be replaced free of
// charge", "I expect this to be sorted by Monday". The firm is to fix,
// replace or refund a thing it already handled: only an object pointing
// back (it, this, them) and a participle of putting right count, so a
// forecast ("we expect it to be completed in May", "I expect the sale
// to be delayed") stays a statement. Table rows: TestExpectedFix
// (shapes_expected_fix_test.go).

var (
	// expectSubjects open the demand: "I expect", "we fully expect".
	expectSubjects = set("i we")
	// expectObjects point back at what the firm handled.
	expectObjects = set("it this that them these those")
	// fixedWords put right what went wrong: "sorted", "refunded", and
	// "put" as in "put right".
	fixedWords = set("fixed sorted resolved repaired replaced refunded corrected rectified redone put")
)

// expectedFix: ws opens "I (fully) expect it to be <fixed>…".
func expectedFix(ws []string) bool {
	if len(ws) < 6 || !expectSubjects.has(ws[0]) {
		return false
	}
	k := 1
	if fillers.has(ws[k]) || ws[k] == "fully" {
		k++
	}
	if ws[k] != "expect" || k+4 >= len(ws) {
		return false
	}
	return expectObjects.has(ws[k+1]) && ws[k+2] == "to" && ws[k+3] == "be" && fixedWords.has(ws[k+4])
}
