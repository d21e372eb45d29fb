package triage

import "testing"

// replyGuardRow is a client's answer to a quote holding a reply rule's
// trigger words; fire rows are ones the rule is for.
type replyGuardRow struct {
	rule, text string
	want       Decision
	fire       bool
}

// TestReplyGuards: reply rules checked where they must not fire, with a
// tally of misfires per rule in the log (go test -v).
func TestReplyGuards(t *testing.T) {
	e := New(DefaultConfig())
	var res []guardResult
	for _, r := range replyGuardRows {
		res = append(res, guardResult{r.rule, r.text, string(e.ReadReply(r.text).Decision), string(r.want), r.fire})
	}
	checkGuards(t, res, replyGuardKnownMisses, "replyGuardKnownMisses")
}

// replyGuardRows: answers written for this test, none taken from a set.
var replyGuardRows = []replyGuardRow{
	// "Thanks, but" declines only when what follows turns the work down.
	{"thanks-but", "Thanks, but no need to send the paper copy - go ahead with the return.", Accepted, false},
	{"thanks-but", "Thanks, but one question first: does the price include VAT?", Unclear, false},
	{"thanks-but", "Thanks, but please go ahead anyway.", Accepted, false},
	{"thanks-but", "Thanks but I forgot to say - yes, please do it.", Accepted, false},
	{"thanks-but", "Thanks, but can you hold off until I've spoken to my partner?", Unclear, false},
	{"thanks-but", "Thanks, but that's more than I expected - can we talk before you start?", Unclear, false},
	{"thanks-but", "Thanks, but we'll leave it for now.", Declined, true},
	{"thanks-but", "Thanks but no thanks.", Declined, true},

	// Parking or shelving the work declines it; parking something else
	// beside a go-ahead does not.
	{"park-shelve", "Park the van questions for now and go ahead with the return.", Accepted, false},
	{"park-shelve", "We've shelved the expansion, so just the accounts please - go ahead.", Accepted, false},
	{"park-shelve", "Please go ahead; I'll park the car questions until we meet.", Accepted, false},
	{"park-shelve", "Let's not park this - go ahead now please.", Accepted, false},
	{"park-shelve", "Go ahead. The car park invoice is the last one to add.", Accepted, false},
	{"park-shelve", "Yes please, the shelving unit receipts are in the folder.", Accepted, false},
	{"park-shelve", "Let's park this until the new year.", Declined, true},
	{"park-shelve", "We'll shelve it for now, thanks.", Declined, true},

	// Idioms of letting the reader start accept only as a go-ahead.
	{"start-idiom", "You're on holiday next week, aren't you? We'll decide when you're back.", Unclear, false},
	{"start-idiom", "Off you go on holiday - we'll talk about the quote in January.", Unclear, false},
	{"start-idiom", "Get stuck in? Not yet - I need to check with the board first.", Unclear, false},
	{"start-idiom", "Have at it once the board has approved it next month, not before.", Unclear, false},
	{"start-idiom", "I know you're on the VAT already, but hold the payroll work for now.", Unclear, false},
	{"start-idiom", "Be my guest at the launch on Friday! On the quote, I'll come back to you.", Unclear, false},
	{"start-idiom", "You're on - start whenever suits.", Accepted, true},
	{"start-idiom", "Off you go then, thanks.", Accepted, true},

	// A clear no after a concession declines; "but no problem", "but no
	// objection" and a yes after "but" accept.
	{"no-after-but", "No rush, but yes, please go ahead.", Accepted, false},
	{"no-after-but", "Not sure about the timing but yes, let's do it.", Accepted, false},
	{"no-after-but", "I was going to say no, but go ahead.", Accepted, false},
	{"no-after-but", "It's a lot, but no, that's fine - go ahead.", Accepted, false},
	{"no-after-but", "Not ideal, but no objection from me - proceed.", Accepted, false},
	{"no-after-but", "Bit pricey but no problem, go ahead.", Accepted, false},
	{"no-after-but", "I appreciate the detail, but no, we won't be going ahead.", Declined, true},
	{"no-after-but", "Good of you to offer, but no thanks.", Declined, true},
}

// replyGuardKnownMisses: rows today's reply reader still gets wrong.
var replyGuardKnownMisses = map[string]string{
	"Park the van questions for now and go ahead with the return.":         "park-shelve: got unclear; the safe answer (the rep reads it), the same at e6ad145, so not this round's rule",
	"We've shelved the expansion, so just the accounts please - go ahead.": "park-shelve: got unclear; the safe answer (the rep reads it), the same at e6ad145, so not this round's rule",
	"Let's not park this - go ahead now please.":                           "park-shelve: got unclear; the safe answer (the rep reads it), the same at e6ad145, so not this round's rule",
	"Not sure about the timing but yes, let's do it.":                      "no-after-but: got unclear; the safe answer (the rep reads it), the same at e6ad145, so not this round's rule",
	"I was going to say no, but go ahead.":                                 "no-after-but: got unclear; the safe answer (the rep reads it), the same at e6ad145, so not this round's rule",
	"It's a lot, but no, that's fine - go ahead.":                          "no-after-but: got unclear; the safe answer (the rep reads it), the same at e6ad145, so not this round's rule",
	"Not ideal, but no objection from me - proceed.":                       "no-after-but: got unclear; the safe answer (the rep reads it), the same at e6ad145, so not this round's rule",
}
