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
	if ws[i] == "every" && ws[i+1] == "single" {
		// "why does the council move the bin day every single year?":
		// the stress complains wherever it stands (TestEverySingleVent).
		return true
	}
	return i-why <= ventPeriodReach && ws[i] != "no" && ventPeriods.has(ws[i+1])
}

// ventKeeps are the forms of "keep" that say a thing recurs: "why does
// this keep happening?".
var ventKeeps = set("keep keeps kept")

// ventRecurVerbs are the contentless events a why-question complains keep
// recurring: "happening", "going wrong". A named event ("why does the
// printer keep jamming?") asks for a cause and stays an ask.
var ventRecurVerbs = set("happening occurring recurring")

// keepsRecurring: ws[i] is "keep" (or "keep on") before a contentless
// event of ventRecurVerbs, or before "going wrong".
func keepsRecurring(ws []string, i int) bool {
	if !ventKeeps.has(ws[i]) {
		return false
	}
	j := i + 1
	if j < len(ws) && ws[j] == "on" {
		j++
	}
	if j >= len(ws) {
		return false
	}
	return ventRecurVerbs.has(ws[j]) || ws[j] == "going" && j+1 < len(ws) && ws[j+1] == "wrong"
}
