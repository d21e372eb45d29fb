package triage

// Rows written for the shapes messy9 showed; they test where asks are
// found and cut, not their kind.

import "testing"

// TestDeliveryThenQuestion: "send X and let me know if Y" asks for a
// delivery and a separate fact; after work that is checked or reviewed,
// "let me know" asks for its result and stays one ask.
func TestDeliveryThenQuestion(t *testing.T) {
	runShapeTexts(t, []shapeCase{
		{"send over", "Please could you send over the board pack and let me know if the auditors have signed it off.",
			[]string{"Please could you send over the board pack", "let me know if the auditors have signed it off."}},
		{"forward", "Could you forward the lease to Sam and let me know whether the rent review is this year.",
			[]string{"Could you forward the lease to Sam", "let me know whether the rent review is this year."}},
		{"email", "Can you email me the payslips and let me know if the pension was taken off?",
			[]string{"Can you email me the payslips", "let me know if the pension was taken off?"}},
		{"post back", "Would you post the originals back to us and tell me whether we need to keep copies?",
			[]string{"Would you post the originals back to us", "tell me whether we need to keep copies?"}},
		{"resend", "Can you resend the welcome pack and let me know when the first session is.",
			[]string{"Can you resend the welcome pack", "let me know when the first session is."}},
		{"a noun that is also a verb", "Can you email the draft accounts to Leo and let me know whether the bank wants them signed.",
			[]string{"Can you email the draft accounts to Leo", "let me know whether the bank wants them signed."}},
		{"a series: the fact follows the last job", "Can you send me the rota, chase the two late timesheets and let me know when payroll closes?",
			[]string{"Can you send me the rota", "chase the two late timesheets", "let me know when payroll closes?"}},
		{"checking reports its result", "Could you check the figures and let me know if they look right.",
			[]string{"Could you check the figures and let me know if they look right."}},
	})
}

// TestWishForDelivery: "it would be great to have X" asks for X when X
// is something the firm delivers.
func TestWishForDelivery(t *testing.T) {
	runShapeTexts(t, []shapeCase{
		{"contracts by friday", "It would be great to have the signed contracts back by Friday.",
			[]string{"It would be great to have the signed contracts back by Friday."}},
		{"report before the meeting", "It would be really helpful to have the payroll report before the board meeting on the 14th.",
			[]string{"It would be really helpful to have the payroll report before the board meeting on the 14th."}},
		{"get the files", "It'd be great to get the revised logo files this week if possible.",
			[]string{"It'd be great to get the revised logo files this week if possible."}},
		{"quote before away", "It would be lovely to have the quote before we go away on the 18th.",
			[]string{"It would be lovely to have the quote before we go away on the 18th."}},
		{"copy for files", "It would be good to have a copy of the VAT certificate for our files.",
			[]string{"It would be good to have a copy of the VAT certificate for our files."}},
		{"drawings by friday", "It would be great to have the amended drawings by Friday.",
			[]string{"It would be great to have the amended drawings by Friday."}},
		{"a translation before the hearing", "It would help to have the translation before the hearing on the 9th.",
			[]string{"It would help to have the translation before the hearing on the 9th."}},
		{"the rota by the weekend", "It'd be good to get the new rota by the weekend.",
			[]string{"It'd be good to get the new rota by the weekend."}},
		{"sketches this week", "It would be lovely to have a few sketches this week so we can choose.",
			[]string{"It would be lovely to have a few sketches this week so we can choose."}},
		{"social wish", "It would be great to see you at the open day on the 12th.", nil},
		{"guard: the client's own drawings", "It would be great to have the children's drawings framed together one day.", nil},
		{"no time, no thing of the firm's", "It would be nice to have a quieter January after all this.", nil},
		{"a person, not a thing", "It would be great to have you at the launch before Christmas.", nil},
		{"back is not a time", "It would be lovely to have the whole family back home for the holidays.", nil},
	})
}

// TestListItemWithClause: under "please send me:" an item naming a thing
// whose content is a clause ("a note on how the bonus would be taxed")
// is asked for, however long; an item that is itself a statement is not.
func TestListItemWithClause(t *testing.T) {
	const intro = "Before Friday, could you send me:\n\n"
	runShapeTexts(t, []shapeCase{
		{"note on how", intro + "- a note on how the bonus would be taxed if it is paid in April\n- the payroll summary",
			[]string{"a note on how the bonus would be taxed if it is paid in April", "the payroll summary"}},
		{"estimate of what", intro + "- an estimate of what the move to the new office will cost us\n- the lease",
			[]string{"an estimate of what the move to the new office will cost us", "the lease"}},
		{"list of which", intro + "- the signed lease\n- a list of which suppliers are still waiting to be paid for October",
			[]string{"the signed lease", "a list of which suppliers are still waiting to be paid for October"}},
		{"summary of whether", intro + "- a short summary of whether we can reclaim the VAT on the van we bought in the spring\n- the invoice",
			[]string{"a short summary of whether we can reclaim the VAT on the van we bought in the spring", "the invoice"}},
		{"breakdown of how much", intro + "- a breakdown of how much the new hire would cost us per month including pension and national insurance\n- the rota",
			[]string{"a breakdown of how much the new hire would cost us per month including pension and national insurance", "the rota"}},
		{"a statement is not an item", intro + "- the payroll summary\n- the old one is on the shared drive if you need it",
			[]string{"the payroll summary"}},
	})
}

// TestAttributionAfterSentenceOnSameLine: when the reply runs into "On …
// wrote:" on one line, the attribution starts at the last "On" that opens
// one, glued to the sentence's end or not; an earlier "on" in the reply
// ("on Saturday") is the client's.
func TestAttributionAfterSentenceOnSameLine(t *testing.T) {
	e := New(DefaultConfig())
	runIsolateRows(t, e, []isolateRow{
		{"glued after a full stop", "Fine, see you on Monday.On Fri, 4 Dec 2026 at 10:00, Ann Lee <ann@example.test> wrote:\n> Shall we meet?", "Fine, see you on Monday."},
		{"after a question mark and a space", "Can we meet on the 14th instead? On Tue, 8 Dec 2026 at 16:20, Ben Ford <ben@example.test> wrote:\n> Is the 10th OK?", "Can we meet on the 14th instead?"},
		{"no punctuation", "Yes it's due on Friday On Mon, 7 Dec 2026, 09:05 Carla Nunes <carla@example.test> wrote:\n> When is it due?", "Yes it's due on Friday"},
		{"glued after a question mark", "Will you be in on Thursday?On 3 Dec 2026, at 11:40, Dev Rao <dev@example.test> wrote:\n> I can come by.", "Will you be in on Thursday?"},
		{"glued after an exclamation mark", "Send it on to Mia please!On Wed, 2 Dec 2026 at 08:30, Sam Hale <sam@example.test> wrote:\n> Done, where next?", "Send it on to Mia please!"},
	})
}

// TestBecauseOfInQuestion: "because of" and a noun is part of what is
// asked ("is the office shut because of the bank holiday?"); "because"
// before a clause gives the client's reason, which stays outside.
func TestBecauseOfInQuestion(t *testing.T) {
	runShapeTexts(t, []shapeCase{
		{"bank holiday", "Is the office closed on the 28th because of the bank holiday?",
			[]string{"Is the office closed on the 28th because of the bank holiday?"}},
		{"strike", "Will the refund be late because of the postal strike?",
			[]string{"Will the refund be late because of the postal strike?"}},
		{"holidays", "Does the filing deadline move because of the holidays?",
			[]string{"Does the filing deadline move because of the holidays?"}},
		{"new rules", "Do we need a new contract for Jo because of the new rules on zero hours?",
			[]string{"Do we need a new contract for Jo because of the new rules on zero hours?"}},
		{"price rise", "Is the quote higher this year because of the paper prices?",
			[]string{"Is the quote higher this year because of the paper prices?"}},
	})
}
