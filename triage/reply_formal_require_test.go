package triage

import "testing"

// TestReplyFormalRequire: "require", the formal "need", declines in the
// frames "won't need" and "no longer need" decline in; a requirement
// named for the work, or "require" without a negated future, is no
// decline. Sentences written for the test (a surveyor's valuation, a
// courier, a locksmith, a sound engineer).
func TestReplyFormalRequire(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"formal require", "Please be advised that we will not be requiring the valuation after all.", Declined, "will not be requiring"},
		{"formal require", "We won't be requiring the same-day courier, the parcel went by post.", Declined, "won't be requiring"},
		{"formal require", "Thank you, but we no longer require the lock change; the tenant found the key.", Declined, "no longer require"},
		{"formal require guard", "Go ahead, you will require the key from reception.", Accepted, "go ahead"},
		{"formal require guard", "We require the mix by Friday, please go ahead.", Accepted, "go ahead"},
		{"formal require guard", "Does the valuation require a site visit?", Unclear, "question back"},
	})
}
