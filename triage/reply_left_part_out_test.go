package triage

import "testing"

// TestLeftPartOut: a go-ahead that turns to "leave <part> out", with or
// without a determiner, says no to that part and leaves the reply
// unclear; "leave them out" points back at the whole work, and without a
// turn ("and leave …") no part is taken out. Sentences
// written for the test.
func TestLeftPartOut(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"bare name", "Happy for you to go ahead with the four flats but leave Bramley out.", Unclear, "leave bramley out"},
		{"bare noun", "Yes, do the accounts but leave payroll out.", Unclear, "leave payroll out"},
		{"the part", "Go ahead with the redesign but leave the logo out.", Unclear, "leave the logo out"},
		{"please", "That's fine, please proceed but leave the garage out.", Unclear, "leave the garage out"},
		{"our part", "Yes please, clean the offices but leave the archive out.", Unclear, "leave the archive out"},
		// Guards: "them"/"it" point back at the whole work; "and" is no
		// turn from the go-ahead.
		{"guard: them", "Yes, go ahead, but leave them out on the step.", Accepted, ""},
		{"guard: no turn", "Yes go ahead, and leave Bramley out.", Accepted, ""},
	})
}
