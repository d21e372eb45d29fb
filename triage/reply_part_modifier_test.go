package triage

import "testing"

// TestReplyPartNounModifier: "side", "part", "bit" or "section" before
// another noun ("leave the side gate open") arranges access or parts for
// the job, no part of the work set aside, so a go-ahead with it stands; a
// part noun closing its phrase ("leave the garden side for now") still
// narrows the work. Answers written for the test.
func TestReplyPartNounModifier(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"part modifier", "Yes please. Could you ring when you're near so we can leave the side entrance open?", Accepted, ""},
		{"part modifier", "Happy to proceed. Shall I leave the side passage clear for your van?", Accepted, ""},
		{"part modifier", "Go ahead please. I'll leave the section keys with reception.", Accepted, ""},
		{"part modifier", "Go ahead. Could you text when you set off so we can leave the side gate unbolted?", Accepted, ""},
		{"part modifier", "Great, go ahead. Do you want me to leave the side door unlocked?", Accepted, ""},
		{"part modifier guard", "Go ahead, but leave the garden side for now.", Unclear, ""},
		{"part modifier guard", "Please drop the blog bit and do the rest.", Unclear, ""},
		{"part modifier guard", "Go ahead but leave the payroll part until April.", Unclear, ""},
	})
}
