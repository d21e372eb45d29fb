package triage

import "testing"

// TestReplyGettingBy: answers written for the SelfWorkVerbs of getting by
// without the firm (none is a sentence of any labelled set), with the
// guards that must not fire.
func TestReplyGettingBy(t *testing.T) {
	runReplyRows(t, []replyRow{
		// The client's own plan to get by without the work is a clear no,
		// as "I'll do it myself" is.
		{"getting by", "We'll muddle along ourselves, thanks.", Declined, "ourselves"},
		{"getting by", "I'm going to struggle through it myself.", Declined, "myself"},
		{"getting by", "We'll soldier on ourselves for now.", Declined, "ourselves"},
		{"getting by", "I'll just wing it myself this year.", Declined, "myself"},
		{"getting by", "I'll plod through the forms myself.", Declined, "myself"},
		{"getting by", "Think I'll battle on with it myself.", Declined, "myself"},
		{"getting by guard", "I struggle to see the value myself, but go ahead.", Unclear, "mixed"},
		{"getting by guard", "I myself would go ahead.", Unclear, ""},
		{"getting by guard", "I'm struggling with it myself, go ahead please.", Unclear, "mixed"},
		{"getting by guard", "Please go ahead, I struggled with it myself for weeks.", Unclear, "mixed"},
	})
}
