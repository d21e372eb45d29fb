package triage

import "testing"

// TestReplyTwelfthShapes holds the shapes the replies12 set's misses
// prompted, with answers written for them (none is a sentence of any
// labelled set) and the guards that must not fire.
func TestReplyTwelfthShapes(t *testing.T) {
	runReplyRows(t, []replyRow{
		// One named part of the work set aside ("leave the X part", "drop
		// the X bit") next to a go-ahead: the yes covers only part of what
		// was quoted, so a person re-quotes.
		{"part set aside", "Happy for you to start on the website; drop the blog part though.", Unclear, "part of the work only"},
		{"part set aside", "Please proceed, but leave the tax side alone - our lawyer handles that.", Unclear, "part of the work only"},
		{"part set aside", "Go for it, but leave the stock part until next year.", Unclear, "part of the work only"},
		{"part set aside", "Yes please, do the returns but drop the rental section.", Unclear, "part of the work only"},
		{"part set aside", "Proceed with the audit prep, but leave the payroll bit this time.", Unclear, "part of the work only"},
		{"part set aside guard", "We'll leave the hard part to you, go ahead.", Accepted, "go ahead"},
		{"part set aside guard", "Go ahead - the VAT part is the one I care about.", Accepted, "go ahead"},
		{"part set aside guard", "Please proceed, leave the keys with reception.", Accepted, "proceed"},
		{"part set aside guard", "Go ahead, I'll drop the paperwork off on Monday.", Accepted, "go ahead"},
		{"part set aside guard", "Sounds good - which part do you start with?", Unclear, ""},

		// "we're in" / "I'm in" agree only said alone: before a place or
		// a state ("we're in the middle of a move") they say where the
		// client is.
		{"in, of a state", "Not now, we're in the middle of a house move.", Declined, "not now"},
		{"in, of a state", "We're in the process of selling up, so no thank you.", Declined, "no thank you"},
		{"in, of a state", "Sorry, not at the moment - we're in a busy patch.", Declined, "not at the moment"},
		{"in, of a place", "We're in London next week.", Unclear, ""},
		{"in, of a place", "I'm in the office tomorrow if you need me.", Unclear, ""},
		{"in guard", "We're in.", Accepted, "we're in"},
		{"in guard", "We're in, go ahead.", Accepted, "go ahead"},
		{"in guard", "Yes, we're in!", Accepted, "we're in"},
		{"in guard", "I'm in - crack on.", Accepted, "crack on"},
		{"in guard", "Count me in.", Accepted, "count me in"},

		// No reason seen against it: a double negative that agrees.
		{"no reason not to", "I can't see any reason not to.", Accepted, "reason not to"},
		{"no reason not to", "We don't see any reason not to.", Accepted, "reason not to"},
		{"no reason not to", "No reason not to, thanks.", Accepted, ""},
		{"no reason not to", "I see no reason not to.", Accepted, ""},
		{"no reason not to", "No reason why not.", Accepted, "no reason why not"},
		{"no reason not to guard", "Is there any reason not to?", Unclear, "question back"},
		{"no reason not to guard", "Can you think of any reason not to?", Unclear, "question back"},
		{"no reason not to guard", "There's no reason not to wait until March.", Unclear, ""},
		{"no reason not to guard", "We see no reason not to use our own bookkeeper for this.", Unclear, ""},
		{"no reason not to guard", "I can't see any reason not to, but let me check with my wife first.", Unclear, "not decided"},

		// An acknowledgement drawn as a conclusion ("OK then") takes the
		// offer up; "OK" alone only acknowledges.
		{"ack then", "ok then", Accepted, "ok"},
		{"ack then", "Fine then.", Accepted, "fine"},
		{"ack then", "Alright then, thanks.", Accepted, "alright"},
		{"ack then", "Right then.", Accepted, "right"},
		{"ack then", "ok dann", Accepted, "ok"},
		{"ack then", "d'accord alors", Accepted, "d'accord"},
		{"ack then", "ok então", Accepted, "ok"},
		{"ack then guard", "ok", Unclear, "weak"},
		{"ack then guard", "OK thanks.", Unclear, ""},
		{"ack then guard", "ok then no", Unclear, ""},
		{"ack then guard", "OK then, but can you do it next week?", Unclear, "question back"},
		{"ack then guard", "Ok then, I'll think about it.", Unclear, "not decided"},
		{"ack then guard", "Then.", Unclear, ""},

		// A start put off to a date or time says when, not whether; put
		// off until an event ("until I've spoken to the bank") it is still
		// undecided.
		{"start after a time", "Yes go ahead, but don't start until next week.", Accepted, "go ahead"},
		{"start after a time", "Please go ahead - don't start before Monday though.", Accepted, "go ahead"},
		{"start after a time", "Go ahead but don't start until January.", Accepted, "go ahead"},
		{"start after a time", "Fine by me, please go ahead, just don't begin until after the 20th.", Accepted, "go ahead"},
		{"start after a time", "Happy for you to take it on, but don't start it before the 3rd of March.", Accepted, "happy for you to"},
		{"start after a time", "Please don't start before Friday.", Unclear, "no answer"},
		{"start after a time guard", "Go ahead, but don't start until I've spoken to the bank.", Unclear, "not yet"},
		{"start after a time guard", "Yes, but don't start until the loan comes through.", Unclear, "not yet"},
		{"start after a time guard", "Please don't start until you hear from me.", Unclear, "not yet"},
		{"start after a time guard", "Don't start yet.", Unclear, "not yet"},
		{"start after a time guard", "Please don't start it.", Declined, "don't start"},
		{"start after a time guard", "Go ahead, but please don't go ahead until Monday.", Unclear, ""},
	})
}
