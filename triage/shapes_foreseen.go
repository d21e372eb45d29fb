package triage

import "strings"

// futureNeedSubj say the client will need a thing as a result of a plan:
// "we'll need", "I'll need".
var futureNeedSubj = set("we'll i'll")

// needObjectSkips are the words before the thing needed: "more seats",
// "a few extra desks", "some new laptops".
var needObjectSkips = set("a an the some more extra additional new few several another two three four five six seven eight nine ten")

// foreseenNeedAsked: the last sentence of a paragraph says the client
// will need a thing ("We're adding six people in January, so we'll need
// more seats.") and the next paragraph opens with a question about that
// same thing ("Can we add six seats mid-term?"). The need is the
// background of that question, not an ask of its own; with no question
// naming the thing after it, it stays an ask.
func (e *Engine) foreseenNeedAsked(s, next string) bool {
	if !strings.Contains(s, "'ll need") && !strings.Contains(s, "\u2019ll need") {
		return false // most sentences: no look at the next paragraph
	}
	ws := scratchWords(s)
	defer dropWords(ws)
	thing := foreseenThing(*ws)
	if thing == "" {
		return false
	}
	sents := sentences(next)
	if len(sents) == 0 || lastPunct(sents[0]) != '?' {
		return false
	}
	nw := scratchWords(sents[0])
	defer dropWords(nw)
	for _, w := range *nw {
		if w == thing {
			return true
		}
	}
	return false
}

// foreseenThing returns the head word of what "we'll/I'll need" names,
// "" when the sentence holds no such need or names work to be done
// ("we'll need the phones moved": a word after the thing).
func foreseenThing(ws []string) string {
	for i := 0; i+1 < len(ws); i++ {
		if !futureNeedSubj.has(ws[i]) || ws[i+1] != "need" {
			continue
		}
		k := i + 2
		for k < len(ws) && needObjectSkips.has(ws[k]) {
			k++
		}
		if k+1 == len(ws) && len(ws[k]) >= 3 {
			return ws[k]
		}
		return ""
	}
	return ""
}
