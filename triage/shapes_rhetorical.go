package triage

// Questions the client answers or cancels themself: a yes/no question
// followed at once by the client's own dismissive answer ("Is that
// normal after two years? I don't think so."), and an emphatic "what
// exactly am I paying for?" that complains about a bill rather than asks
// for its breakdown. Table rows in TestRhetoricalQuestions
// (shapes_rhetorical_test.go).

import "strings"

// selfAnswers are whole sentences that answer the question before them
// with a dismissive no.
var selfAnswers = [][]string{
	{"i", "don't", "think", "so"}, {"i", "dont", "think", "so"}, {"i", "didn't", "think", "so"}, {"didn't", "think", "so"},
	{"i", "doubt", "it"}, {"i", "very", "much", "doubt", "it"}, {"i", "think", "not"}, {"of", "course", "not"},
	{"surely", "not"}, {"obviously", "not"}, {"certainly", "not"}, {"hardly"}, {"no", "way"}, {"i", "wouldn't", "have", "thought", "so"},
}

// maxSelfAnswer bounds the answer sentence in bytes: the gate that keeps
// most sentence pairs from being read word by word.
const maxSelfAnswer = 40

// selfAnsweredQuestion: question s is a yes/no question and next, the
// sentence after it, is only the client's own dismissive answer: the
// question vents. A wh-question answered so ("Who would do that? Surely
// not you.") is not read here.
func selfAnsweredQuestion(sw *sentWords, next string) bool {
	s := sw.s
	if !strings.HasSuffix(strings.TrimSpace(s), "?") {
		return false
	}
	if becauseAnswer(s, next) {
		return true
	}
	if len(next) > maxSelfAnswer {
		return false
	}
	p := scratchWords(next)
	ans := slicesEqualAny(*p, selfAnswers)
	dropWords(p)
	if !ans {
		return false
	}
	q := sw.lower()
	return len(q) > 2 && auxWords.has(q[0])
}

// becauseAnswer: a why-question followed at once by the client's own
// reason ("Why did it take three weeks? Because the part was never
// ordered.") tells the story; a reason still asked ("Because of the VAT
// change?") leaves the question open.
func becauseAnswer(s, next string) bool {
	next = strings.TrimSpace(next)
	if strings.HasSuffix(next, "?") || !hasFoldPrefix(next, "because ") && !hasFoldPrefix(next, "cos ") {
		return false
	}
	q := scratchWords(s)
	defer dropWords(q)
	ws := *q
	return len(ws) > 2 && (ws[0] == "why" || ws[0] == "how" && ws[1] == "come")
}

// slicesEqualAny: ws is one of the word sequences in list.
func slicesEqualAny(ws []string, list [][]string) bool {
	for _, l := range list {
		if len(l) != len(ws) {
			continue
		}
		same := true
		for i := range l {
			if l[i] != ws[i] {
				same = false
				break
			}
		}
		if same {
			return true
		}
	}
	return false
}

// emphaticWords stress a complaint: "what exactly", "what even".
var emphaticWords = set("exactly even actually precisely")

// payingForVent: "what exactly am I paying for?", "what are we even
// paying you for?": an emphatic what-question that ends on "paying
// (you) for" complains. "What am I paying for the survey?" asks a price
// and does not end on "for".
func payingForVent(ws []string) bool {
	n := len(ws)
	if n < 5 || n > 9 || ws[0] != "what" || ws[n-1] != "for" {
		return false
	}
	i := n - 2
	if objectPronouns.has(ws[i]) || ws[i] == "you" {
		i--
	}
	if ws[i] != "paying" && ws[i] != "pay" {
		return false
	}
	for _, w := range ws[1:i] {
		if emphaticWords.has(w) {
			return true
		}
	}
	return false
}
