package triage

import "testing"

// TestReplyReflexiveDoer: a person of the client's who will do the job
// themselves ("our caretaker will clear the gutters himself") leans to
// no, and with thanks "all the same" or "anyway" declines; the firm's
// people, a negated plan or a past deed do not. Answers written for the
// test.
func TestReplyReflexiveDoer(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"reflexive doer", "Our apprentice will strim the verges himself. Thanks all the same.", Declined, ""},
		{"reflexive doer", "My daughter is going to repaint the shutters herself, thanks anyway.", Declined, ""},
		{"reflexive doer", "Thank you all the same, our staff will lay the paving themselves.", Declined, ""},
		{"reflexive doer", "My neighbour has offered to prune the hedge himself, so thanks anyway.", Declined, ""},
		{"reflexive doer", "Our handyman will rehang the doors himself next week. Thank you all the same.", Declined, ""},
		{"reflexive doer lean", "My brother will tile the bathroom himself.", Unclear, "someone else"},
		{"reflexive doer guard", "Go ahead - your fitter can do the measuring himself.", Accepted, ""},
		{"reflexive doer guard", "My husband won't fix it himself, so please go ahead.", Accepted, ""},
		{"reflexive doer guard", "My wife fitted the old one herself years ago. Please go ahead.", Accepted, ""},
		{"reflexive doer guard", "Thanks, go ahead; our manager will let you in himself.", Accepted, ""},
	})
}

// TestReplyThanksAllTheSame: "thanks all the same" is "thanks anyway":
// with another lean to no it declines, and it leaves a go-ahead alone.
func TestReplyThanksAllTheSame(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"all the same", "It doesn't make sense for us this year. Thanks all the same.", Declined, ""},
		{"all the same", "Maybe next year, thank you all the same.", Declined, ""},
		{"all the same", "Our bookkeeper will take it on, thanks all the same.", Declined, ""},
		{"all the same", "My son can do it, thank you all the same!", Declined, ""},
		{"all the same", "Thanks all the same - it doesn't make sense at the moment.", Declined, ""},
		{"all the same guard", "Go ahead all the same, it needs doing.", Accepted, ""},
		{"all the same guard", "Thanks all the same for the quick reply.", Unclear, ""},
	})
}
