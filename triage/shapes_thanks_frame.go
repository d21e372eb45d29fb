package triage

// A wish frame followed by a verb of thanking thanks the firm and asks
// nothing: "Nous souhaiterions vous remercier pour …", "Gostaríamos de
// agradecer …", "Wir möchten uns herzlich bedanken …". Only the few words
// after the frame are read (an object pronoun, "de", "uns", an adverb), so
// a frame that names someone to act ("we'd like you to thank the
// supplier for us") is not read this way.
// Table rows: TestThanksAfterFrame (shapes_thanks_frame_test.go).

// thankVerbs are the verbs of thanking, by language.
var thankVerbs = set("thank remercier agradecer agradecerle agradecerles agradeceros agradecerte " +
	"ringraziare ringraziarla ringraziarvi ringraziarti danken bedanken")

// thanksReach is how many words after a frame may hold the verb.
const thanksReach = 3

// thanksAfterFrame reports a verb of thanking within thanksReach words
// after the frame core[start:end], when the frame names no one to act.
func thanksAfterFrame(core []string, start, end int) bool {
	if hasAgent(core[start:end]) {
		return false
	}
	for i := end; i < len(core) && i < end+thanksReach; i++ {
		if thankVerbs.has(core[i]) {
			return true
		}
	}
	return false
}
