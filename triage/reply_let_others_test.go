package triage

import "testing"

// TestReplyLetOthersDo: a client who says they will let someone of their
// own or another firm do the job ("we'll let the manufacturer handle the
// repair") leaves it elsewhere: with "thanks, but" a decline, alone a lean
// to no. Letting the reader work, letting people know, or letting a thing
// happen ("let the dust settle") is no such lean. Sentences written for
// the test.
func TestReplyLetOthersDo(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"let others do", "Thanks but we'll let the manufacturer handle the repair.", Declined, "someone else"},
		{"let others do", "Thanks, but we have decided to let the insurer's own engineer sort it out.", Declined, "someone else"},
		{"let others do", "Thanks for the quote, but I'm going to let our payroll bureau do the P11Ds.", Declined, "someone else"},
		{"let others do", "I think we'll let the other contractor fix it, thanks anyway.", Declined, "someone else"},
		{"let others do", "Thanks, but we're letting the council's tree officer deal with it.", Declined, "someone else"},
		{"let others do, alone", "We've decided to let the landlord's surveyor deal with it.", Unclear, "someone else"},
		// Guards: the reader is let work, people are let know, a thing is let happen.
		{"let others guard", "Thanks, we'll let the dust settle and go ahead in January.", Accepted, "go ahead"},
		{"let others guard", "Great, go ahead, and we'll let the staff know.", Accepted, "go ahead"},
		{"let others guard", "Thanks, I'll let you get on with it then.", Accepted, "get on with it"},
		{"let others guard", "Yes please, and I'll let the office manager make a note.", Accepted, "yes please"},
		{"let others guard", "Yes please go ahead, I'll let the team know you'll do it.", Accepted, "go ahead"},
	})
}
