package triage

// promisedCondition reports a condition the firm has already promised to
// meet: "as long as it's done by the 18th, which you said it would be",
// "provided the scaffold is down by the 3rd, as you promised". The
// condition restates the firm's word, so it leaves the go-ahead standing.
// ws is the condition's clause or the clause after it: a relative ("which",
// "as", "like"), "you" and a verb of promising, then maybe "me"/"us" and
// nothing but an echo of the condition ("it would be", "they will"). "…,
// which you said might be tight" doubts, and keeps the condition.
func promisedCondition(ws []string) bool {
	for i := 0; i+2 < len(ws); i++ {
		if !promiseRelatives.has(ws[i]) || ws[i+1] != "you" || !promiseVerbs.has(ws[i+2]) {
			continue
		}
		j := i + 3
		if j < len(ws) && (ws[j] == "me" || ws[j] == "us") {
			j++
		}
		switch rest := ws[j:]; {
		case len(rest) == 0:
			return true
		case len(rest) >= 2 && len(rest) <= 3 && promiseEchoSubjects.has(rest[0]) && promiseEchoModals.has(rest[1]):
			return len(rest) == 2 || promiseEchoVerbs.has(rest[2])
		}
	}
	return false
}

var (
	promiseRelatives    = set("which as like")
	promiseVerbs        = set("said promised mentioned told confirmed assured guaranteed agreed")
	promiseEchoSubjects = set("it they that this")
	promiseEchoModals   = set("would will could can should")
	promiseEchoVerbs    = set("be do")
)
