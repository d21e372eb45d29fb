package triage

// A hedge of seeing ("we need to see", "I want to see") followed, within
// a few words, by "by" and a date ("we need to see a first draft by the
// 15th", "want to see the proofs by Friday") sets a deadline for what the
// firm will deliver: the client expects the work done, it is not still
// deciding. Without a date ("we need to see the figures first") the hedge
// stands. Table rows in TestReplySeeByDate (reply_due_by_test.go).

// dueByReach bounds the words between "see" and "by".
const dueByReach = 6

// dueDateWords open a date after "by": weekdays, months and the words of
// a relative date; a number ("by the 15th", "by 3 May") is read too.
var dueDateWords = set("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun " +
	"january february march april may june july august september october november december " +
	"jan feb mar apr jun jul aug sep sept oct nov dec tomorrow tonight next end midday noon lunchtime")

// seeDueBy: the hedge ws[start:end] ends in "see" and a date after "by"
// follows within dueByReach words.
func seeDueBy(ws []string, start, end int) bool {
	if end == 0 || end > len(ws) || ws[end-1] != "see" {
		return false
	}
	for i := end; i < len(ws) && i <= end+dueByReach; i++ {
		if ws[i] == "by" {
			return dateAfterBy(ws, i+1)
		}
	}
	return false
}

// dateAfterBy: ws[i] (after an optional "the") opens a date.
func dateAfterBy(ws []string, i int) bool {
	if i < len(ws) && ws[i] == "the" {
		i++
	}
	if i >= len(ws) || ws[i] == "" {
		return false
	}
	return dueDateWords.has(ws[i]) || ws[i][0] >= '0' && ws[i][0] <= '9'
}
