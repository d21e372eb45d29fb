package triage

import "testing"

// TestReplyOtherPartyTakesJob: a client who answers a quote by naming
// another trade or supplier who will do the job, or by choosing "them",
// declines; choosing the firm's offer ("go with your quote", "go with
// it") still accepts. German "machen wir … intern" with particles between
// declines as "machen wir intern" does. Sentences written for the test.
func TestReplyOtherPartyTakesJob(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"another trade does it", "Thanks, but the supplier has offered to do it for free.", Declined, "someone else"},
		{"another trade does it", "The landlord has agreed to take it on, thanks anyway.", Declined, "someone else"},
		{"the other party chosen", "The contractor has offered to do the survey, so we'll go with them.", Declined, "go with them"},
		{"the other party chosen", "Our regular electrician quoted less, so we'll go with him.", Declined, "go with him"},
		{"the other party chosen", "Thanks, we'll go with another surveyor this time.", Declined, "go with another"},
		{"in-house with particles", "Danke, das machen wir jetzt doch intern.", Declined, "intern"},
		{"in-house with particles", "Das erledigen wir diesmal lieber intern, danke.", Declined, "intern"},
		{"guard: the firm's offer chosen", "We'll go with your quote.", Accepted, "go with your"},
		{"guard: it chosen", "We'll go with it, thanks.", Accepted, "go with it"},
		{"guard: a third party's access", "Please go ahead, the supplier will give you access.", Accepted, "go ahead"},
		{"guard: a third party approves", "Our contractor says go ahead.", Accepted, "go ahead"},
		{"guard: a question back", "Machen wir das intern?", Unclear, "question back"},
		{"guard: not in-house", "Wir machen das nicht intern, bitte legen Sie los.", Accepted, "legen sie los"},
	})
}
