package triage

import "testing"

// TestReplyEverythingExcept: a go-ahead for "everything except" one part
// is a yes to part of the work only; "except" that sets a term or a date,
// or a go-ahead with no exceptions, stays a go-ahead.
func TestReplyEverythingExcept(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"whole but one part", "Go ahead with everything except the loft hatch.", Unclear, "part of the work only"},
		{"whole but one part", "Please go ahead with all of it except the bookkeeping catch-up.", Unclear, "part of the work only"},
		{"whole but one part", "Yes please, do the lot except the garden wall.", Unclear, "part of the work only"},
		{"whole but one part", "Happy to proceed with everything excluding the survey.", Unclear, "part of the work only"},
		{"whole but one part", "Go ahead with the lot except for the chimney breast.", Unclear, "part of the work only"},
		// Guards.
		{"except sets a term", "Go ahead with everything, except please don't start before Monday.", Accepted, "go ahead"},
		{"except asks back", "Yes, go ahead. Except - could you invoice the company rather than me?", Accepted, "go ahead"},
		{"no exceptions", "Go ahead. No exceptions, do the lot.", Accepted, "go ahead"},
		{"except a time", "Go ahead, any day except the 24th suits us.", Accepted, "go ahead"},
		{"except a time", "Yes please, go ahead, any day except Friday.", Accepted, "go ahead"},
		{"except ends a clause", "I'd have said yes, except the price is more than we have.", Unclear, "only a weak cue"},
	})
}
