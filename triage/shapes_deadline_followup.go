package triage

import "sync"

// A deadline asked for work already asked for: "Please review the
// agreement before I sign it. Can you do that by Thursday?" The second
// ask names the work only by a pronoun and asks whether it can be done by
// a date: a yes or another date, the work being quoted with the first
// ask. With no paid ask before it ("the bank wants a letter from my
// accountant can you do that by friday") the pronoun points at work told
// as background, and the ask is the request for it: it stays as it is.
// Table rows in TestDeadlineForAgreedWork (words_kind_reschedule_test.go).

// deadlineFollowUpLex: a pronoun's work and a date it is wanted by. The
// pronoun and the date are both needed: "can you do the payroll by
// Friday?" and "can you do it by the book?" are not read.
var deadlineFollowUpLex = sync.OnceValue(func() *lexicon {
	var b []string
	for _, act := range []string{"do it", "do that", "do this", "have it done", "have that done", "get it done",
		"get that done", "have it back", "have that back", "get it back", "get it back to me", "get it back to us",
		"get it to me", "get it to us", "manage it", "manage that", "fit it in", "fit that in", "turn it round",
		"turn it around", "turn that round", "turn that around", "finish it", "finish that"} {
		for _, by := range []string{"by {weekday}", "by {month}", "by tomorrow", "by next week", "by the {ordinal}",
			"by the end of", "before {weekday}", "before {month}", "before the {ordinal}", "before the end of",
			"in time for"} {
			b = append(b, act+" "+by)
		}
	}
	return newLexicon(b)
})

// deadlineFollowUp turns q, asked after a paid ask in out, into the date
// question it is when its words only time the work (see above). Read only
// for a paid ask after a paid ask.
func deadlineFollowUp(out []Question, q *Question, ws []string) {
	if q.Kind != Paid || !anyPaid(out) || len(ws) > maxDeadlineFollowUp || !deadlineFollowUpLex().has(ws) {
		return
	}
	*q = Question{Text: q.Text, Kind: Quick, Minutes: 1, Act: "schedule", Estimate: EstimateDefault}
}

// maxDeadlineFollowUp bounds the words of an ask that only times work:
// a longer one names more than the date.
const maxDeadlineFollowUp = 14

// anyPaid: some ask of out is paid.
func anyPaid(out []Question) bool {
	for i := range out {
		if out[i].Kind == Paid {
			return true
		}
	}
	return false
}
