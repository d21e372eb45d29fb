package triage

import "strings"

// Questions and wonders the client closes on a note that asks nothing:
// a shrug ("I wonder whether it's the butcher, but who knows."), a
// comparison nobody answers ("is there anything worse than a cold
// shower in December?") and a tag put on a feeling ("It's all rather
// confusing, isn't it?"). A tag on a fact ("The deadline is the 31st,
// isn't it?") checks it with the firm and still asks.

// rhetoricalClose reports one of those closes, news told as a question
// (toldAsQuestion) or the reader's imagined question (readerAsksTag). Each test reads a word or
// two at the end first, so most sentences cost two comparisons.
func rhetoricalClose(c clause, all []string) bool {
	n := len(all)
	if n < 3 {
		return false
	}
	if all[n-2] == "who" && shrugKnows.has(all[n-1]) {
		return shrugTail(c.text, all)
	}
	if !c.question {
		return false
	}
	return worseThan(all) || feelingTag(c.text, all) || toldAsQuestion(c.ws) || readerAsksTag(c.text, all)
}

// shrugKnows ends a shrug: "who knows", "who can say/tell" ends "…say".
var shrugKnows = set("knows")

// shrugTail: "…, but who knows.", "…, who knows?": the shrug closes a
// statement or a wonder after a comma or "but"; "Can you find out who
// knows?" asks.
func shrugTail(text string, all []string) bool {
	n := len(all)
	if all[n-3] == "but" {
		return true
	}
	t := strings.TrimRight(text, " .?!")
	return strings.HasSuffix(strings.ToLower(t), ", who knows")
}

// worseThan: "is there anything worse than…?", "what could be worse than
// …?", "could anyone be more annoying than…?": a comparison with
// anything at all, or what, wants no answer. "Is the new tariff worse
// than the old one?" compares two things and asks.
func worseThan(all []string) bool {
	for i, w := range all {
		if w != "worse" && !(w == "more" && i+1 < len(all) && ventAdjectives.has(all[i+1])) {
			continue
		}
		if !hasWordAfter(all[i+1:], "than", 3) {
			return false
		}
		for _, b := range all[max(0, i-4):i] {
			if anythingWords.has(b) {
				return true
			}
		}
		return false
	}
	return false
}

// anythingWords make a comparison with everything at once.
var anythingWords = set("anything anyone anybody nothing what")

// hasWordAfter: w within reach words of the start of ws.
func hasWordAfter(ws []string, w string, reach int) bool {
	for _, x := range ws[:min(len(ws), reach)] {
		if x == w {
			return true
		}
	}
	return false
}

// feelingTag: "It's all rather confusing, isn't it?", "These forms are
// maddening, aren't they?": a negated tag after a comma closing a
// statement that judges how something feels. A statement of fact under
// the tag is checked with the firm and asks.
func feelingTag(text string, all []string) bool {
	n := len(all)
	if !negTagAux.has(all[n-2]) || !tagSubjects.has(all[n-1]) {
		return false
	}
	i := strings.LastIndexByte(text, ',')
	if i < 0 || strings.Count(strings.TrimSpace(text[i+1:]), " ") != 1 {
		return false
	}
	for k, w := range all[:n-2] {
		if ventAdjectives.has(w) || feelingAdjectives.has(w) || k > 0 && all[k-1] == "a" && feelingNouns.has(w) {
			return true
		}
	}
	return false
}

var (
	negTagAux   = set("isn't aren't wasn't weren't doesn't don't didn't hasn't haven't isn’t aren’t wasn’t doesn’t don’t")
	tagSubjects = set("it they that this")
	// feelingAdjectives judge how a thing feels, not what it is.
	feelingAdjectives = set("confusing baffling bewildering mad crazy daft silly absurd bizarre typical unbelievable " +
		"awful dreadful terrible lovely amazing exhausting complicated")
	// feelingNouns judge a thing after "a": "it seems a shame to bin
	// it, doesn't it?", "what a waste of paper, isn't it?".
	feelingNouns = set("shame pity waste nightmare joke relief scandal disgrace")
)
