package triage

import "testing"

// TestReplyNoThenFine: a bare "no" run into "that's ok" without a comma
// declines as "No, that's fine." does; a go-ahead after it, a "no" that
// is part of an idiom, or a "not" after the subject leave it alone.
// Sentences written for the test.
func TestReplyNoThenFine(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"no then fine", "No that's ok, thanks for explaining it though.", Declined, "no"},
		{"no then fine", "no thats fine cheers, I'll ring the insurer myself", Declined, "no"},
		{"no then fine", "No it's alright, the tenant has already sorted it.", Declined, "no"},
		{"no then fine", "no its ok thanks", Declined, "no"},
		{"no then fine", "No that's okay. Appreciate you looking at it.", Declined, "no"},
		{"no then fine guard", "No that's fine go ahead.", Accepted, "go ahead"},
		{"no then fine guard", "No that's fine, go ahead.", Accepted, "go ahead"},
		{"no then fine guard", "No that's not ok.", Unclear, ""},
		{"no then fine guard", "No problem, that's fine.", Unclear, "weak cue"},
		{"no then fine guard", "No worries it's ok, go for it.", Accepted, "go for it"},
	})
}
