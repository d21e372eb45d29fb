package triage

import (
	"strings"
	"testing"
)

// TestReplyTenthShapes holds the shapes the replies10 set's misses
// prompted, with one-line answers written for them (none is a sentence of
// any labelled set) and the guards that must not fire.
func TestReplyTenthShapes(t *testing.T) {
	runReplyRows(t, []replyRow{
		// Thanks closing a sentence end its last clause, as a comma
		// would: an answer said at the end of its clause is still read.
		{"closing thanks", "nah we're all good ta", Declined, "we're all good"},
		{"closing thanks", "No, we're good thanks", Declined, "we're good"},
		{"closing thanks", "I think we'll manage cheers", Declined, "we'll manage"},
		{"closing thanks", "honestly we're sorted thank you", Declined, "we're sorted"},
		{"closing thanks", "Nope we'll cope thx", Declined, "we'll cope"},
		{"closing thanks", "We're fine thanks a lot", Declined, "we're fine"},
		{"closing thanks guard", "nah thanks", Declined, "nah"},
		{"closing thanks guard", "No thank you", Declined, "no thank"},
		{"closing thanks guard", "We're good to go thanks", Accepted, "good to go"},
		{"closing thanks guard", "Go ahead thanks", Accepted, "go ahead"},
		{"closing thanks guard", "We're good with the plan, go ahead cheers", Accepted, "go ahead"},
		{"closing thanks guard", "I'm fine thanks", Unclear, ""},

		// Another verb of dropping what was said before ("scrap that")
		// takes the earlier answer back as "scratch that" does.
		{"take back", "Go ahead. Actually no, scrap that, the budget's gone for this year.", Declined, "scrap that"},
		{"take back", "Please proceed. Hmm, scrap that - let's leave it until spring.", Declined, "let's leave"},
		{"take back", "Yes. Scrap that, not this year.", Declined, "not this year"},
		{"take back", "Go for it. Scrub that, my partner wants to hold off.", Declined, "hold off"},
		{"take back", "No thanks. Belay that - go ahead after all.", Accepted, "go ahead"},
		{"take back", "Hold off please. Scrap the above, please go ahead.", Accepted, "go ahead"},
		{"take back guard", "Please scrap that old draft and go ahead.", Unclear, "mixed"},
		{"take back", "Go ahead please. Forget the above, we'll wait.", Declined, "we'll wait"},
		{"take back guard", "Go ahead. Scrap that old invoice I sent, it was wrong.", Unclear, "mixed"},
		{"take back guard", "Yes go ahead. We can scrap that idea of a second site now.", Accepted, "go ahead"},
		{"take back guard", "Go ahead, scrap that old tab in the spreadsheet while you're at it.", Unclear, ""},

		// Chat shorthand of "sounds good to me" and "looks good to me".
		{"shorthand", "sgtm", Accepted, "sgtm"},
		{"shorthand", "lgtm thx", Accepted, "lgtm"},
		{"shorthand", "SGTM, cheers", Accepted, "sgtm"},
		{"shorthand", "lgtm, please proceed", Accepted, "proceed"},
		{"shorthand", "ok sgtm", Accepted, "sgtm"},
		{"shorthand guard", "sgtm but can it wait till March?", Unclear, "question back"},
		{"shorthand guard", "lgtm but hold off until the loan clears", Unclear, ""},
		{"shorthand guard", "not sgtm, sorry", Unclear, ""},

		// A yes said of a receipt ("Yes, I got the invoice") answers
		// whether something came, not the quote.
		{"yes to receipt", "Yes, I got the statement, thanks. We'll hold off on the audit.", Declined, "hold off"},
		{"yes to receipt", "Yep - received, thanks. Not this year though.", Declined, "not this year"},
		{"yes to receipt", "Yes, we've received your quote and we'll pass for now.", Declined, "pass"},
		{"yes to receipt", "Yes thanks, the papers came through. We'll give the review a miss.", Declined, "give the review a miss"},
		{"yes to receipt", "Yes, the files arrived fine - we won't need the tidy-up though.", Declined, ""},
		{"yes to receipt", "Yes, I got the letter.", Unclear, "no answer"},
		{"yes to receipt guard", "Yes, got it, go ahead.", Accepted, "go ahead"},
		{"yes to receipt guard", "Yes, I got the go-ahead from the board.", Accepted, "go ahead"},
		{"yes to receipt guard", "Yes please, go ahead.", Accepted, "go ahead"},
		{"yes to receipt guard", "Yes, and I got the invoice.", Unclear, "only a weak cue"},
		{"yes to receipt guard", "Yes. We'll leave it for now.", Unclear, "mixed"},

		// The client puts the work off until an event ("let's wait until
		// the audit"): it leans to no, so a go-ahead said with it is no
		// longer clear.
		{"wait until", "Please proceed. Actually, let's wait until the year-end is closed.", Unclear, "mixed"},
		{"wait until", "Go ahead - or actually, let's wait until my accountant is back.", Unclear, "mixed"},
		{"wait until", "Yes go ahead. Hmm, I'll wait till the loan is approved.", Unclear, "mixed"},
		{"wait until", "Carry on. Actually, let's wait until the new manager starts.", Unclear, "mixed"},
		{"wait until", "Please go ahead - actually no, let's wait until March.", Unclear, "mixed"},
		{"wait until", "Let's wait until the audit.", Unclear, "put off until"},
		{"wait until guard", "Not right now. We'll wait until the refinancing is done.", Declined, "not right now"},
		{"wait until guard", "Go ahead, but wait until the audit.", Accepted, "go ahead"},
		{"wait until guard", "Go ahead - I can't wait until it's sorted.", Accepted, "go ahead"},
		{"wait until guard", "We won't wait until the audit, go ahead.", Accepted, "go ahead"},
		{"wait until guard", "Let's wait until next year.", Declined, "put off"},

		// Doing what the firm put forward, named by reference.
		{"by reference", "Let's do what you suggested.", Accepted, "do what you suggested"},
		{"by reference", "Happy to go with what you proposed.", Accepted, "go with what you proposed"},
		{"by reference", "We'll do as you recommend.", Accepted, "do as you recommend"},
		{"by reference", "OK, we'll do what you propose.", Accepted, "do what you propose"},
		{"by reference", "Go with what you recommended then.", Accepted, "go with what you recommended"},
		{"by reference", "We won't do what you proposed, thanks.", Declined, "not do what you proposed"},
		{"by reference guard", "Could you do what you suggested for $300?", Unclear, ""},
		{"by reference guard", "I'm not sure what you suggested would help.", Unclear, "not sure"},
		{"by reference guard", "Let me think about what you suggested.", Unclear, ""},
		{"by reference guard", "Can we do what you proposed but only for 2025?", Unclear, ""},
	})
}

// TestReplySubjectAnswer: a reply with no new text may carry its answer
// in the subject, after a dash or colon the client added; a subject
// without one is the thread's.
func TestReplySubjectAnswer(t *testing.T) {
	quote := "On Tue, 1 Dec 2026, Robin <robin@firm.test> wrote:\n> The return would take 3 hours at $80 an hour.\n> Shall I go ahead?\n> Robin\n"
	runReplyMessages(t, []replyMessageRow{
		{"Re: Payroll review - go ahead", quote, Accepted, "go ahead"},
		{"RE: Quote: approved", quote, Accepted, "approved"},
		{"Re: Bookkeeping quote – not this time, thanks", quote, Declined, "not this time"},
		{"AW: Re: Fee estimate - yes pls", quote, Accepted, "yes pls"},
		{"Re: Year-end work — hold off for now", "", Declined, "hold off"},
		{"Re: Accounts - does that include VAT?", quote, Unclear, "question back"},
		{"Re: Accounts - 2025", quote, Unclear, ""},
		// guards: no separator, or a body that says something itself.
		{"Re: Go ahead?", quote, Unclear, ""},
		{"Re: Approved budget", quote, Unclear, ""},
		{"Re: Payroll review - go ahead", "Let me think about it.\n\n" + quote, Unclear, "let me think"},
		{"Re: Invoice - no thanks", "Go ahead.\n\n" + quote, Accepted, "go ahead"},
	})
}

// TestReplyEmptyNewText: when isolation leaves a reply no new text, the
// answer may sit in a closing line isolation takes for a sign-off, or
// under an Outlook history block with no ">" (bottom-posted), after the
// quote's go-ahead question.
func TestReplyEmptyNewText(t *testing.T) {
	quote := "The return would take 3 hours at $80 an hour. Would you like me to go ahead?\n\nRobin\n"
	outlook := "-----Original Message-----\nFrom: Robin Vale <robin@firm.test>\nSent: Tuesday, December 1, 2026 4:05 PM\nTo: Ali <ali@client.test>\nSubject: Return\n\n" + quote
	gmail := "On Tue, 1 Dec 2026, Robin <robin@firm.test> wrote:\n> The return would take 3 hours at $80 an hour.\n> Shall I go ahead?\n"
	runReplyMessages(t, []replyMessageRow{
		// The answer in a closing line ("Cheers Robin, go for it").
		{"", "Cheers Robin, go for it\n\nAli\n\n" + gmail, Accepted, "go for it"},
		{"", "Thanks, please proceed\nAli\n\n" + gmail, Accepted, "proceed"},
		{"", "Cheers, we'll leave it\n\n" + gmail, Declined, "leave it"},
		{"", "Thanks but no thanks\nAli\n\n" + gmail, Declined, "no thanks"},
		{"", "Cheers - hold off for now\n\n" + gmail, Declined, "hold off"},
		{"", "Thanks, no need\nAli\n\n" + gmail, Declined, "no need"},
		{"", "Best, go ahead\nAli\n\n" + gmail, Accepted, "go ahead"},
		{"", "Many thanks, please go ahead\nAli\n\n" + gmail, Accepted, "go ahead"},
		// guards: a sign-off alone; an answer isolation keeps.
		{"", "Cheers,\nAli\n\n" + gmail, Unclear, "no answer"},
		{"", "Thanks Robin, let me think\n\n" + gmail, Unclear, "let me think"},
		// Bottom-posted under an Outlook block.
		{"", outlook + "\nYes please, go ahead.\n\nAli\n", Accepted, "go ahead"},
		{"", outlook + "\nWe'll pass this time, thanks.\nAli\n", Declined, "pass"},
		{"", outlook + "\nFine by me, crack on.\n", Accepted, "crack on"},
		{"", outlook + "\nNot now, maybe next year.\n\nAli Khan\nKhan Motors\n", Declined, ""},
		{"", outlook + "\nGo for it Robin.\n", Accepted, "go for it"},
		{"", outlook + "\nCould you do it in two hours?\n", Unclear, ""},
		// guards: nothing under the quote; a top-posted answer wins; the
		// firm's own footer says nothing.
		{"", outlook, Unclear, "no answer"},
		{"", "Let me check with my wife.\n\n" + outlook + "\nP.S. go ahead with the other bit.\n", Unclear, "let me check"},
		{"", outlook + "Robin Vale | Vale & Co\nPlease do not print this email unless you need to.\n", Unclear, ""},
	})
}

// replyMessageRow is a reply to a quote as a whole message: its subject
// (Subject: "Re: Return" when empty), body and the decision wanted.
type replyMessageRow struct {
	subject, body string
	want          Decision
	reason        string
}

func runReplyMessages(t *testing.T, rows []replyMessageRow) {
	t.Helper()
	e := New(DefaultConfig())
	for _, tt := range rows {
		subject := tt.subject
		if subject == "" {
			subject = "Re: Return"
		}
		t.Run(subject, func(t *testing.T) {
			msg := "From: ali@client.test\nSubject: " + subject + "\nIn-Reply-To: <q4@firm.test>\nContent-Type: text/plain; charset=utf-8\n\n" + tt.body
			r := e.AnalyzeBytes([]byte(msg))
			if r.ReplyDecision != tt.want || !strings.Contains(r.ReplyReason, tt.reason) {
				t.Errorf("%q: decision %q (%s), want %q (%s…)", tt.body, r.ReplyDecision, r.ReplyReason, tt.want, tt.reason)
			}
		})
	}
}
