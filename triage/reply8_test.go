package triage

import "testing"

// TestReplyNamedParts holds the shapes the replies8 set's misses
// prompted, with one-line answers written for them (none is a sentence of
// any labelled set) and the guards that must not fire.
func TestReplyNamedParts(t *testing.T) {
	runReplyRows(t, []replyRow{
		// A no said of a named thing beside a part the client selects is a
		// no to a part of the work, not to the quote.
		{"named part", "Just the payroll bit please - skip the pension review.", Unclear, "part"},
		{"named part", "Do the VAT return, skip the bookkeeping tidy-up.", Unclear, "part"},
		{"named part", "Skip the cover letter, just do the form.", Unclear, "part"},
		{"named part", "Prepare the letters and skip the spreadsheet.", Unclear, "part"},
		{"named part", "Only the shop's accounts please - cancel the one for the flat.", Unclear, "part"},
		{"named part", "Only the first quarter, please. Skip the other three.", Unclear, "part"},
		{"named part guard", "Skip it.", Declined, "skip"},
		{"named part guard", "Skip the whole thing, thanks.", Declined, "skip"},
		{"named part guard", "Not for now, we'll skip the audit this year.", Declined, ""},
		{"named part guard", "Let's skip this one for the time being.", Declined, ""},
		{"named part guard", "Go ahead, but skip the cover letter.", Unclear, ""},

		// Idioms of letting the reader start, said as a clause of their own.
		{"start idiom", "You're on.", Accepted, "you're on"},
		{"start idiom", "Fine, you're on.", Accepted, "you're on"},
		{"start idiom", "OK, you're on - thanks.", Accepted, "you're on"},
		{"start idiom", "You are on, cheers.", Accepted, "you are on"},
		{"start idiom", "Off you go then.", Accepted, "off you go"},
		{"start idiom", "Have at it!", Accepted, "have at it"},
		{"start idiom", "Be my guest, the sooner the better.", Accepted, "be my guest"},
		{"start idiom", "You've got yourself a deal.", Accepted, "deal"},
		{"start idiom", "Get stuck in.", Accepted, "get stuck in"},
		{"start idiom", "Righto, get stuck in then.", Accepted, "get stuck in"},
		{"start idiom guard", "You're on the list for Tuesday.", Unclear, ""},
		{"start idiom guard", "Off you go on holiday then, we'll talk in January.", Unclear, ""},
		{"start idiom guard", "Be my guest at the launch on Friday.", Unclear, ""},
		{"start idiom guard", "You're not on my list of approved suppliers yet.", Unclear, ""},
		{"start idiom guard", "If you're on, we can talk at 3.", Unclear, ""},

		// Starting, said as an imperative with a time and nothing else:
		// the reader may start then.
		{"start when", "Start when you can.", Accepted, "start"},
		{"start when", "Start next week then.", Accepted, "start"},
		{"start when", "Begin on Monday please.", Accepted, "begin"},
		{"start when", "OK, start on Monday.", Accepted, "start"},
		{"start when", "Alright, begin whenever.", Accepted, "begin"},
		{"start when", "Fine - start straight away.", Accepted, "start"},
		{"start when guard", "Start with the invoices.", Unclear, ""},
		{"start when guard", "Don't start until Monday.", Unclear, ""},
		{"start when guard", "Start on Monday if the figures are in.", Unclear, ""},
		{"start when guard", "Start the bank rec first, then the VAT.", Unclear, ""},
		{"start when guard", "Start next week on the payroll only.", Unclear, ""},
		{"start when guard", "We start on Monday.", Unclear, ""},
	})
}
