package triage

// After a question in the same paragraph, some sentences only say when or
// why the client wants the thing just asked for: "I'd need it before the
// 18th.", "We'd need the figures both ways.", "I'd like to get it sorted
// before the year end." They add no ask of their own.

// conditionalNeedSubj: "I'd need", "we'd need": a need put as a
// condition of the work, not stated as a fact.
var conditionalNeedSubj = set("i'd we'd")

// wishFrames open a wish whose object follows "to get/have".
var wishFrameVerbs = set("like love want keen")

// getHave make the wish about a thing's state: "get it sorted", "have
// it done".
var getHave = set("get have")

// conditionalNeed: ws opens with "I'd/we'd need" (or "I/we would need"),
// fillers and "also" allowed between ("we'd also need").
func conditionalNeed(ws []string) bool {
	var buf [32]string
	ws = appendWithoutFillers(buf[:0], stripLead(ws, 0))
	if len(ws) >= 2 && ws[1] == "also" {
		ws = append(ws[:1:1], ws[2:]...)
	}
	var rest []string
	switch {
	case len(ws) >= 3 && conditionalNeedSubj.has(ws[0]) && ws[1] == "need":
		rest = ws[2:]
	case len(ws) >= 4 && (ws[0] == "i" || ws[0] == "we") && ws[1] == "would" && ws[2] == "need":
		rest = ws[3:]
	default:
		return false
	}
	// "I'd need you to prepare …" puts new work to the firm.
	return !hopeSubjects.has(rest[0])
}

// wishPointsBack: a wish to get or have the thing asked about before
// in a state ("I'd like to get it sorted", "we want to have this done"):
// the object is a pronoun pointing back at that ask.
func wishPointsBack(ws []string) bool {
	for i := 0; i+3 < len(ws); i++ {
		if wishFrameVerbs.has(ws[i]) && ws[i+1] == "to" && getHave.has(ws[i+2]) && backRefs.has(ws[i+3]) {
			return true
		}
	}
	return false
}

// restatesAsk: c, after a question in its paragraph, only restates the
// need or the wish behind that question.
func restatesAsk(c clause) bool {
	return !c.question && (conditionalNeed(c.ws) || wishPointsBack(c.lw) || standingWish(c.lw))
}

// answerNouns name an answer rather than a thing made: "some idea", "an
// answer", "a rough sense".
var answerNouns = set("idea answer answers sense indication steer")

// answerDets come before them: "some", "an", "a", "rough", "the".
var answerDets = set("some an a rough the any")

// answerTimes follow them when the sentence only says by when: "before
// then", "by Friday", "ahead of the meeting".
var answerTimes = set("before by ahead")

// answerByWhen: a wish to have an answer by a time ("we'd like to have
// some idea before then") says when the asks already made should be
// answered; it asks nothing new. "An idea of the costs" names what to work
// out, so the time word must follow the noun.
func answerByWhen(ws []string) bool {
	for i := 0; i+4 < len(ws); i++ {
		if !wishFrameVerbs.has(ws[i]) || ws[i+1] != "to" || !getHave.has(ws[i+2]) {
			continue
		}
		k := i + 3
		for k < len(ws) && answerDets.has(ws[k]) {
			k++
		}
		if k+1 < len(ws) && k > i+3 && answerNouns.has(ws[k]) && answerTimes.has(ws[k+1]) {
			return true
		}
	}
	return false
}
