package triage

// "Why is it that every January we get surprised by…?", "why does each
// spring bring the same damp?": a why-question that opens on a recurring
// period complains that a thing keeps happening, as "why is it always…"
// does. The period must come within a few words of the why-word; further
// on ("why do we pay a fee every month?") it is when a thing happens and
// the question asks why.

// ventPeriods are the recurring periods: months, seasons, weekdays and
// the calendar's units.
var ventPeriods = set("january february march april may june july august september october november december " +
	"spring summer autumn fall winter christmas easter monday tuesday wednesday thursday friday saturday sunday " +
	"month year week quarter morning weekend")

// ventPeriodReach bounds the words between the why-word and "every".
const ventPeriodReach = 4

// everyRecurs: ws[i] is "every" or "each" (or "no") after the why-word
// at ws[why], followed by "time" or "one", or by a period when it comes
// within ventPeriodReach words of the why-word.
func everyRecurs(ws []string, why, i int) bool {
	if i+1 >= len(ws) {
		return false
	}
	if ventEveryNouns.has(ws[i+1]) {
		return true
	}
	return i-why <= ventPeriodReach && ws[i] != "no" && ventPeriods.has(ws[i+1])
}
