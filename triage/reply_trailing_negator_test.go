package triage

import "testing"

// TestReplyTrailingNegator: a German or Dutch clause that ends on its
// negator ("Machen Sie das bitte nicht") refuses the go-ahead cue before
// it (reply_trailing_negator.go); a negator that limits or adds ("nicht
// mehr als drei Stunden", "nicht nur") does not (a German cap is read elsewhere, if at all). Sentences written for
// the test.
func TestReplyTrailingNegator(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"trailing nicht", "Machen Sie das bitte nicht.", Declined, "not machen sie das"},
		{"trailing nicht", "Wir beauftragen Sie damit nicht.", Declined, ""},
		{"trailing nicht", "Wir beauftragen Sie vorerst nicht, danke.", Declined, ""},
		{"trailing nicht mehr", "Bitte erledigen Sie das nicht mehr, es hat sich geklärt.", Declined, ""},
		{"trailing niet", "Wij geven u de opdracht voorlopig niet.", Declined, ""},
		{"trailing guard cap", "Machen Sie das bitte, aber nicht länger als drei Stunden.", Accepted, "machen sie das"},
		{"trailing guard plain", "Ja, machen Sie das bitte.", Accepted, ""},
		{"trailing guard nl", "Ga uw gang, maar niet voor maandag.", Accepted, ""},
	})
}
