package triage

// figureQuestionAux open a yes/no question about what a thing is.
var figureQuestionAux = set("is are")

// maxFigureTail bounds the words after the figure ("each", "a year",
// "per person"): a longer tail asks more than whether the figure holds.
const maxFigureTail = 3

// figureStillHolds: "is the annual exemption still £3,000 each?", "are
// the penalties still 100?": a yes/no question whether a published figure
// still holds asks a fact the firm knows, however rule-like the thing it
// names; what the rule allows for the client is another question.
func figureStillHolds(ws []string) bool {
	if len(ws) < 4 || !figureQuestionAux.has(ws[0]) {
		return false
	}
	for i := 1; i+1 < len(ws); i++ {
		if ws[i] != "still" || !startsWithDigit(ws[i+1]) {
			continue
		}
		k := i + 1
		for k < len(ws) && startsWithDigit(ws[k]) {
			k++
		}
		return len(ws)-k <= maxFigureTail
	}
	return false
}

func startsWithDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }
