package triage

import "testing"

// TestReplyPromisedCondition: a condition the firm has already promised
// to meet ("as long as it's finished by Easter, which you said it would
// be") leaves the go-ahead standing (reply_promised_condition.go); a
// condition without the promise, or with a doubt about it, stays a
// condition. Sentences written for the test.
func TestReplyPromisedCondition(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"promised", "Fine by me, as long as it's finished by Easter, which you said it would be.", Accepted, ""},
		{"promised", "Go ahead, provided the scaffolding is down by the 3rd as you promised.", Accepted, "go ahead"},
		{"promised", "Yes please, as long as it's done before the audit, like you said it would be.", Accepted, ""},
		{"promised", "Go ahead if it can be finished this month, which you told me it could.", Accepted, "go ahead"},
		{"promised", "Happy to proceed as long as the tiles are laid by Friday, as you confirmed they would be.", Accepted, ""},
		{"promised guard", "Go ahead as long as it's done before the 18th.", Unclear, "conditional"},
		{"promised guard doubt", "Go ahead, as long as it's finished by Friday, which you said might be tight.", Unclear, "conditional"},
		{"promised guard own", "Fine, as long as it's under £300, which is what I can spend.", Unclear, ""},
	})
}
