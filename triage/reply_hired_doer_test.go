package triage

import "testing"

// TestReplyHiredDoer: a client who has already asked, engaged or
// instructed someone else to do the job ("we've engaged a different
// architect to do it"), or whose helper has agreed or volunteered to,
// gives the firm no go-ahead: "do it" there is the other person's work.
// The reader may still be the one asked ("I've asked Sam to send you the
// keys so you can do it").
func TestReplyHiredDoer(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"hired doer", "We've asked another joiner to do it, thanks.", Unclear, "someone else"},
		{"hired doer", "I've asked my nephew to do it over the weekend.", Unclear, "someone else"},
		{"hired doer", "My bookkeeper has agreed to do it at no charge.", Unclear, "someone else"},
		{"hired doer", "Thanks - we've engaged a different translator to do it.", Unclear, "someone else"},
		{"hired doer", "We've instructed the builder to do it as part of the job.", Unclear, "someone else"},
		{"hired doer", "We have asked a local electrician to take it on.", Unclear, "someone else"},
		{"hired doer", "I told our office manager to do it this week.", Unclear, "someone else"},
		// Guards: the firm is the one asked, or the hiring is of a thing.
		{"hired doer guard", "I've asked Sam to send you the keys so you can do it.", Accepted, "do it"},
		{"hired doer guard", "I've asked my PA to book you in to do it.", Accepted, "do it"},
		{"hired doer guard", "We've got the money to do it now, go ahead.", Accepted, "go ahead"},
		{"hired doer guard", "My boss has agreed to take you up on the offer, please start.", Accepted, "please start"},
		{"hired doer guard", "I told my wife you'd do it, so go ahead.", Accepted, "go ahead"},
		{"hired doer guard", "Go ahead, I've asked our office to get it ready for you.", Accepted, "go ahead"},
	})
}
