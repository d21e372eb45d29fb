package triage

import (
	"strings"
	"testing"
)

// skipCase is one message for the skip tables: its headers (From, To,
// Subject and any others), its plain-text body, and the skip reason
// wanted (SkipNone: answered, with at least one ask).
type skipCase struct {
	name          string
	headers, body string
	want          SkipReason
}

// check triages the case's message with e and compares the outcome.
func (c skipCase) check(t *testing.T, e *Engine) {
	r := e.AnalyzeBytes([]byte(c.headers + "Content-Type: text/plain; charset=utf-8\n\n" + c.body))
	switch {
	case r.Skip != (c.want != SkipNone) || r.SkipReason != c.want:
		t.Errorf("skip = %v %q, want %q (asks %v)", r.Skip, r.SkipReason, c.want, r.Questions)
	case c.want == SkipNone && len(r.Questions) == 0:
		t.Errorf("answered but no ask found")
	}
}

// runSkipCases checks every case with the default engine, one subtest each.
func runSkipCases(t *testing.T, cases []skipCase) {
	e := New(DefaultConfig())
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { c.check(t, e) })
	}
}

// TestSuppressIsNotAuto: X-Auto-Response-Suppress asks that no auto-reply
// be sent back; Outlook, Exchange and help desks set it on mail people
// write, so it must not make a client's mail an auto-reply. Auto-replies
// that carry it are still known by their other headers or their text.
func TestSuppressIsNotAuto(t *testing.T) {
	const from = "From: Nadia Perez <nadia@perezbakery.test>\nTo: Liam <liam@firm.test>\n"
	runSkipCases(t, []skipCase{
		{"All, reply with a question", from + "Subject: RE: Rent deposit\nX-Auto-Response-Suppress: All\nThread-Index: AdrFq1Z2\n",
			"Liam, is the rent deposit refundable in full if we leave in March?\n\nNadia\n", SkipNone},
		{"All, paid request", from + "Subject: Cash book\nX-Auto-Response-Suppress: All\n",
			"Please rebuild the cash book for the bakery from the till rolls for June to August.\n", SkipNone},
		{"DR, OOF", from + "Subject: Payslips\nX-Auto-Response-Suppress: DR, OOF\n",
			"Hi Liam, could the payslips go out a day early this month because of the bank holiday?\n", SkipNone},
		{"full Exchange list", from + "Subject: Mileage\nX-Auto-Response-Suppress: DR, RN, NRN, OOF, AutoReply\n",
			"What rate per mile can I claim for the van this year?\n", SkipNone},
		{"mentions being away", from + "Subject: Before the holidays\nX-Auto-Response-Suppress: All\n",
			"I'm off from the 20th, so can you tell me before then whether the December VAT payment is covered?\n", SkipNone},
		{"German request", "From: Lena Hoff <lena@hoff-druck.test>\nTo: kanzlei@firm.test\nSubject: Rechnung\nX-Auto-Response-Suppress: All\n",
			"Können Sie mir die Rechnung für Oktober noch einmal schicken?\n", SkipNone},
		// Guards: auto-replies that also carry the header.
		{"with Auto-Submitted", from + "Subject: Automatic reply: Payslips\nX-Auto-Response-Suppress: All\nAuto-Submitted: auto-replied\n",
			"I am away until 3 March. Could you contact Pia on pia@perezbakery.test?\n", SkipAuto},
		{"auto-reply subject and wording", from + "Subject: Automatic reply: Payslips\nX-Auto-Response-Suppress: All\n",
			"I am out of the office until Monday and will reply when I am back.\n", SkipAuto},
		{"out-of-office wording alone", from + "Subject: RE: Payslips\nX-Auto-Response-Suppress: DR, OOF\n",
			"Thank you for your email. I am currently out of the office with no access to email and will respond on my return.\n", SkipAuto},
	})
}

// TestToolSentPersonMail: a person's one-to-one mail sent from a sales, CRM
// or help-desk tool carries the tool's bulk marks (List-Unsubscribe,
// one-click, Precedence: bulk) and often a no-reply envelope, but answers at
// the person's own address and greets the recipient by name: it is
// answered. Campaigns answer at a role address, and lists name their
// List-Id: those stay bulk.
func TestToolSentPersonMail(t *testing.T) {
	const to = "To: Carla Byrne <carla@firm.test>\n"
	tool := "List-Unsubscribe: <https://crm.test/u/551>\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\n"
	runSkipCases(t, []skipCase{
		{"noreply From, Reply-To first name", "From: \"Dana Reyes\" <noreply@crm-send.test>\nReply-To: Dana Reyes <dana@reyesflooring.test>\n" + to + "Subject: Quote\n" + tool,
			"Hi Carla,\n\nDid the October invoice get paid on your side?\n\nDana\n", SkipNone},
		{"via tool in the display name, bare Reply-To", "From: \"Ravi Patel (via Salesflow)\" <mailer@salesflow.test>\nReply-To: ravi@patelvets.test\n" + to + "Subject: Review\nPrecedence: bulk\nList-Unsubscribe: <https://salesflow.test/u>\n",
			"Hello Carla, can we push the year-end review to next Tuesday?\n", SkipNone},
		{"first.last address", "From: Joan Mbeki <joan.mbeki@mbekitravel.test>\n" + to + "Subject: Accounts\n" + tool,
			"Dear Carla,\n\nPlease prepare the draft accounts for the year to March, we need them for the bank.\n", SkipNone},
		{"initial and surname", "From: Tom Ashby <tashby@ashbyroofing.test>\n" + to + "Subject: Payroll\nPrecedence: bulk\n",
			"Hi Carla - has the new starter been added to this month's payroll?\n", SkipNone},
		{"surname only", "From: Greta Lind <lind@lindceramics.test>\nTo: carla@firm.test\nSubject: Q\n" + tool,
			"Hi Carla, when is the next VAT return due for us?\n", SkipNone},
		// Guards.
		{"campaign from a role address", "From: Reyes Flooring <news@reyesflooring.test>\n" + to + "Subject: Offers\n" + tool,
			"Hi Carla,\n\nWhy not book a free floor survey this month?\n", SkipBulk},
		{"person's name on a role address", "From: Dana Reyes <hello@reyesflooring.test>\n" + to + "Subject: Offers\n" + tool,
			"Hi Carla,\n\nReady to refresh your floors? Book a survey today.\n", SkipBulk},
		{"newsletter with a List-Id", "From: Dana Reyes <dana@reyesflooring.test>\n" + to + "Subject: Monthly\nList-Id: <monthly.reyesflooring.test>\n" + tool,
			"Hi Carla,\n\nWhat's new this month? Read on.\n", SkipBulk},
		{"one-word display name", "From: Dana <dana@reyesflooring.test>\n" + to + "Subject: Offers\n" + tool,
			"Hi Carla, fancy a new floor?\n", SkipBulk},
		{"no greeting to the recipient", "From: Dana Reyes <dana@reyesflooring.test>\n" + to + "Subject: Offers\n" + tool,
			"Spring sale: can we interest you in oak flooring?\n", SkipBulk},
	})
}

// TestListGreetsOneMember: a post to a discussion list that opens by
// greeting one person is written to that person; when the message was
// sent to the list alone (or to the greeted recipient besides it), that
// person may be the firm's, and the post is answered. Greetings to the
// group, to a named someone else among the recipients, and bulk lists stay
// skipped.
func TestListGreetsOneMember(t *testing.T) {
	const list = "From: Ines Cole <ines@example.net>\nSubject: [Board] Accounts\nList-Id: Board <board.hillclub.test>\nPrecedence: list\n"
	const toList = "To: board@hillclub.test\n"
	runSkipCases(t, []skipCase{
		{"Dear name, sent to the list", list + toList,
			"Dear Alan,\n\nAs our accountant, is the charity return ready for us to sign?\n\nInes\n", SkipNone},
		{"Hi name, recipient besides the list", list + "To: Tom Reed <tom@firm.test>, board@hillclub.test\n",
			"Hi Tom,\n\nCould you confirm when the annual return is due?\n", SkipNone},
		{"Hello name with a dash", list + toList,
			"Hello Priya - please prepare the grant claim figures for the last two quarters.\n", SkipNone},
		{"Morning name", list + toList,
			"Morning Dev,\nwhat do we owe on the payroll taxes for November?\n", SkipNone},
		{"Dutch greeting", "From: Bram Kok <bram@example.org>\nTo: bestuur@clubkok.test\nSubject: Btw\nList-Id: <bestuur.clubkok.test>\n",
			"Hallo Kees,\n\nKun je de jaarrekening voor de vereniging opstellen?\n", SkipNone},
		// Guards.
		{"greets the members", list + toList, "Dear members,\n\nCan you all send your receipts by Friday?\n", SkipBulk},
		{"greets all", list + toList, "Hi all,\n\nDoes anyone know a good payroll bureau?\n", SkipBulk},
		{"greets someone else among named recipients", list + "To: Tom Reed <tom@firm.test>, board@hillclub.test\n",
			"Hi Alan,\n\nCould you bring the minutes on Thursday?\n", SkipBulk},
		{"bulk list", strings.Replace(list, "Precedence: list", "Precedence: bulk", 1) + toList, "Dear Alan,\n\nCould you rate our newsletter?\n", SkipBulk},
		{"no greeting", list + toList, "The AGM is on the 12th. Could you bring a pen?\n", SkipBulk},
	})
}

// TestSubjectOnlyAsk: a fresh message whose ask is in the subject and whose
// body holds next to nothing ("See subject", a phone signature, nothing)
// is answered, with the subject as its ask. A reply's or forward's subject
// is the thread's, a bare topic is no ask, and a body with words of its
// own speaks for itself.
func TestSubjectOnlyAsk(t *testing.T) {
	const from = "From: Omar Said <omar@saidcafe.test>\nTo: office@firm.test\n"
	e := New(DefaultConfig())
	tests := []struct {
		name, subject, extra, body string
		want                       string // the ask, "" for a skip
	}{
		{"empty body", "Can you resend the P60 for 2025?", "", "", "Can you resend the P60 for 2025?"},
		{"phone signature", "When is my tax bill due?", "", "Sent from my iPhone\n", "When is my tax bill due?"},
		{"see subject", "Has the refund come through yet?", "", "See subject - cheers\n\nOmar\n", "Has the refund come through yet?"},
		{"request without a question mark", "Please send the signed lease back", "", "Thanks\n", "Please send the signed lease back"},
		{"noun question", "Deadline for the payroll year-end?", "", "ta\n", "Deadline for the payroll year-end?"},
		{"Spanish", "¿Me podéis mandar el modelo 303?", "", "Gracias\n", "¿Me podéis mandar el modelo 303?"},
		// Guards.
		{"reply subject", "Re: Can you resend the P60?", "In-Reply-To: <a1@firm.test>\n", "Thanks, got it!\n", ""},
		{"forward subject", "Fwd: Can you resend the P60?", "", "FYI\n", ""},
		{"bare topic", "Invoice 2231", "", "", ""},
		{"thanks subject", "Thank you!", "", "Omar\n", ""},
		{"body with words of its own", "Any news on the refund?",
			"", "Never mind, the refund arrived this morning and the bank has confirmed it, so all is well on our side now and nothing is needed, thank you.\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msg := from + "Subject: " + tt.subject + "\n" + tt.extra + "Content-Type: text/plain; charset=utf-8\n\n" + tt.body
			r := e.AnalyzeBytes([]byte(msg))
			if tt.want == "" {
				if !r.Skip {
					t.Fatalf("answered with asks %v, want a skip", r.Questions)
				}
				return
			}
			if r.Skip || len(r.Questions) != 1 || strings.TrimSpace(r.Questions[0].Text) != tt.want {
				t.Fatalf("skip %v %q, asks %v; want the ask %q", r.Skip, r.SkipReason, r.Questions, tt.want)
			}
		})
	}
}

// TestLeaveSubjectOfAPerson: a person who titles their own mail with their
// leave ("Annual leave next week - payroll", a bare "Out of office") and
// mentions it once in the text still gets an answer. An auto-reply's
// subject carries the replied-to subject ("Away until 2 June - Re: …",
// "Automatic reply: …") and one cue in the text is enough; a bare auto
// subject needs two.
func TestLeaveSubjectOfAPerson(t *testing.T) {
	const from = "From: Mo Hart <mo@hartgarden.test>\nTo: Jo <jo@firm.test>\n"
	runSkipCases(t, []skipCase{
		{"annual leave and a topic", from + "Subject: Annual leave next week - payroll\n", "I'm on annual leave next week. Can you run the payroll two days early?\n", SkipNone},
		{"away until, with a question", from + "Subject: Away until 2 June - quick question\n", "I'm away until 2 June. Could you send the VAT figures to Ben before then?\n", SkipNone},
		{"bare out of office", from + "Subject: Out of office\n", "I'll be out of office Thursday and Friday. Can you ring me on Wednesday instead?\n", SkipNone},
		{"out until, request", from + "Subject: Out until Monday - invoice\n", "Could you hold the invoice until I'm back? I'm out until Monday.\n", SkipNone},
		{"out of office until, paid ask", from + "Subject: Out of office until the 9th\n", "I am out of the office until the 9th, so please draft the reply to the tax office for me to sign when I'm back.\n", SkipNone},
		// Guards.
		{"leave subject carrying the replied-to subject", from + "Subject: Away until 2 June - Re: Q1 figures\n", "I am away until 2 June and will reply when I return.\n", SkipAuto},
		{"leave subject with AW in brackets", from + "Subject: Annual leave until 14 April (AW: Angebot)\n", "I'm on annual leave until 14 April with no access to email.\n", SkipAuto},
		{"automatic reply and one cue", from + "Subject: Automatic reply: Q1 figures\n", "I am out of the office until Monday.\n", SkipAuto},
		{"bare out of office and two cues", from + "Subject: Out of Office\n", "I am out of the office until Monday with limited access to email.\n", SkipAuto},
	})
}

// TestAwayButGreetsReader: a person who writes the words of an
// out-of-office ("thanks for your email", "out of the office", "limited
// access to email") but greets the reader by first name is writing to
// them; an auto-reply's template does not know the reader's name.
func TestAwayButGreetsReader(t *testing.T) {
	const from = "From: Mo Hart <mo@hartgarden.test>\nTo: Jo Lee <jo@firm.test>\nSubject: RE: Accounts\n"
	runSkipCases(t, []skipCase{
		{"thanks, away, but could you", from, "Hi Jo, I'm out of the office from tomorrow with limited access to email and won't be checking it much, but could you send me the signed accounts before then?\n", SkipNone},
		{"on holiday, so please", from, "Dear Jo, thank you for your message. I am on holiday until Monday and won't be checking email, so please could you post the P60s to my home address?\n", SkipNone},
		{"annual leave, greeting with a dash", from, "Hello Jo - I'm on annual leave until the 9th with limited access to email, and in my absence Sam has the keys. Can the payroll wait until I'm back?\n", SkipNone},
		{"recipient without a display name", "From: Mo Hart <mo@hartgarden.test>\nTo: jo.lee@firm.test\nSubject: RE: Accounts\n", "Hi Jo, I'm away from the office until Friday and not checking email often. Is the VAT payment due before I'm back in the office on Monday?\n", SkipNone},
		{"German", "From: Lena Hoff <lena@hoff-druck.test>\nTo: Jan Vogt <jan@firm.test>\nSubject: AW: Bilanz\n", "Hallo Jan, ich bin im Urlaub, nicht im Büro und nur eingeschränkt erreichbar. Können Sie mir den Entwurf trotzdem schon schicken?\n", SkipNone},
		// Guards: the same wording without the reader's name, or to someone else.
		{"no greeting", from, "Thank you for your email. I am out of the office until Monday with limited access to email and will reply on my return.\n", SkipAuto},
		{"greeting without a name", from, "Hello,\n\nThank you for your email. I am out of the office until Monday with limited access to email and will reply on my return.\n", SkipAuto},
		{"greets someone else", from, "Hi Sam,\n\nThank you for your email. I am out of the office until Monday with limited access to email and will reply on my return.\n", SkipAuto},
	})
}

// TestPastedQuoteIsAsked: a client who pastes another firm's quote in
// double quotes and asks about it reports the offer; the mail is answered.
// A supplier's own quote, not in quotes, is still no client's mail.
func TestPastedQuoteIsAsked(t *testing.T) {
	const from = "From: Mo Hart <mo@hartgarden.test>\nTo: Jo Lee <jo@firm.test>\nSubject: Developer's quote\n"
	cases := []skipCase{
		{"straight quotes", from, "Our developer wrote: \"I will need 6 hours at $90/hour to fix the checkout. Shall I go ahead?\" Is that a fair price?\n", SkipNone},
		{"curly quotes, own paragraph", from, "Jo, the sign maker sent this:\n\n“That comes to 4 hours at £55 per hour. Let me know if you'd like me to proceed.”\n\nCan we claim it as a business expense?\n", SkipNone},
		{"guillemets", from, "The translator replied « 5 hours at €40/hour - let me know if you'd like me to proceed ».\n\nIs that tax deductible for us?\n", SkipNone},
		{"German low-high quotes", from, "The printer's email said „2 hrs @ €50, shall I go ahead?“\n\nCan we put it on the marketing budget?\n", SkipNone},
		{"quoted offer, question after", from, "The IT firm: \"Estimate 2 hrs @ $120. Shall I go ahead?\" Do we pay that from the grant or from our own account?\n", SkipNone},
		// Guards: the writer's own offer.
		{"supplier's own quote", from, "Hi Jo, the fix will need 6 hours at $90/hour. Shall I go ahead?\n", SkipForeignQuote},
		{"own offer after a quoted word", from, "The \"quick\" fix needs 3 hours at £60 per hour. Let me know if you'd like me to proceed.\n", SkipForeignQuote},
	}
	runSkipCases(t, cases)
}

// TestShortReplyAsks: a bare question after thanks or an acknowledgement
// in a reply of a few words ("ok thx. and the vat?", "Perfect.
// Deadline?") is what the client wants; pleasantries and tag questions
// are not asks.
func TestShortReplyAsks(t *testing.T) {
	const from = "From: Mo Hart <mo@hartgarden.test>\nTo: Jo Lee <jo@firm.test>\nSubject: Re: VAT\nIn-Reply-To: <v1@firm.test>\n"
	const quote = "\n\nOn Mon, 2 Nov 2026 at 10:00, Jo Lee <jo@firm.test> wrote:\n> The return is filed.\n"
	runSkipCases(t, []skipCase{
		{"thanks in the same sentence", from, "cheers thx. and the payroll?" + quote, SkipNone},
		{"one word after thanks", from, "Got it, thank you. Receipt?" + quote, SkipNone},
		{"dash after thanks", from, "great thanks - and the deposit?" + quote, SkipNone},
		{"bare wh-word", from, "thx. when?" + quote, SkipNone},
		{"one-word noun", from, "Great. Penalty?" + quote, SkipNone},
		{"ok and a topic", from, "ok and payroll?" + quote, SkipNone},
		// Guards.
		{"pleasantry", from, "Thanks Jo! How was the holiday?" + quote, SkipNoQuestions},
		{"tag question", from, "Thanks! Right?" + quote, SkipNoQuestions},
		{"thanks only", from, "Thanks so much, have a lovely weekend!" + quote, SkipNoQuestions},
		{"long text without an ask", from, "Thanks for filing it so quickly, we were worried about the deadline after last year and the whole team is relieved that it is all done and dusted now. Cheers?" + quote, SkipNoQuestions},
	})
}

// TestLoopHeaderIsNotAuto: X-Loop is added by forwarders (procmail, mail
// aliases, help desks) to whatever they pass on, a person's mail
// included; with it, one out-of-office cue in the text is enough for an
// auto-reply, but a plain request is answered.
func TestLoopHeaderIsNotAuto(t *testing.T) {
	const from = "From: Pat Quinn <pat@quinnvets.test>\nTo: Jo Lee <jo@firm.test>\nSubject: Surgery accounts\n"
	cases := []skipCase{
		{"procmail forward", from + "X-Loop: pat@quinnvets.test\n", "Jo, could you send over the draft accounts for the surgery?\n", SkipNone},
		{"alias", from + "X-Loop: office-alias@quinnvets.test\n", "When do you need the stock figures by?\n", SkipNone},
		{"help desk relay", from + "X-Loop: support@quinnvets.test\n", "Hello, please reconcile the card terminal takings against the bank for October.\n", SkipNone},
		{"with a thanks", from + "X-Loop: pat@quinnvets.test\n", "Thanks for the reminder. Is the payroll deadline still the 20th?\n", SkipNone},
		{"Spanish", "From: Pilar Gil <pilar@gilvet.test>\nTo: jo@firm.test\nSubject: Cuentas\nX-Loop: pilar@gilvet.test\n", "¿Podéis enviarme el borrador de las cuentas?\n", SkipNone},
		// Guards: X-Loop and the wording of an auto-reply.
		{"one cue", from + "X-Loop: pat@quinnvets.test\n", "I am out of the office until 4 January.\n", SkipAuto},
		{"ticket acknowledgement", from + "X-Loop: support@quinnvets.test\n", "We have received your request and will respond within two working days.\n", SkipAuto},
	}
	runSkipCases(t, cases)
}

// TestGroupRelayOneClick: a group address (office@, accounts@ on Google
// Groups and the like) relays a person's mail with the group's own
// one-click unsubscribe added; when the relay shows (X-Original-Sender,
// X-Original-From, "… via Office"), that header is the group's, and the
// person's mail is read as any relayed mail is. A bulk sender's one-click,
// with no relay, stays bulk.
func TestGroupRelayOneClick(t *testing.T) {
	const list = "List-Id: <office.leejoinery.test>\nList-Unsubscribe: <mailto:manage+77+unsubscribe@groups.test>\n" +
		"List-Unsubscribe-Post: List-Unsubscribe=One-Click\nTo: Jo Lee <jo@firm.test>\nSubject: From the office\n"
	const via = "From: \"'Ann Lee' via Office\" <office@leejoinery.test>\n"
	cases := []skipCase{
		{"via in the name", via + list, "Hi Jo,\n\nIs the VAT return for the quarter filed?\n", SkipNone},
		{"X-Original-Sender", "From: Office <office@leejoinery.test>\nX-Original-Sender: ann@leejoinery.test\n" + list, "Hello Jo, please prepare the payroll journal for December.\n", SkipNone},
		{"X-Original-From", "From: Office <office@leejoinery.test>\nX-Original-From: Ann Lee <ann@leejoinery.test>\n" + list, "Dear Jo, when are the accounts due at the registry?\n", SkipNone},
		{"named ask", via + list, "Jo, could you send the signed engagement letter back to us?\n", SkipNone},
		{"Italian", "From: \"'Sara Neri' via Ufficio\" <ufficio@neri.test>\n" + list, "Ciao Jo, puoi mandarmi la fattura di novembre?\n", SkipNone},
		{"Dutch", "From: \"'Bram Kok' via Kantoor\" <kantoor@kok.test>\n" + list, "Beste Jo,\n\nKun je de loonstroken van december sturen?\n", SkipNone},
		{"Portuguese", "From: \"'Rui Sousa' via Escritorio\" <geral@sousa.test>\n" + list, "Bom dia Jo, pode enviar-me a fatura de dezembro?\n", SkipNone},
		{"relayed to the firm, no greeting", via + list, "Is the VAT return for the quarter filed?\n\nAnn\n", SkipNone},
		{"relayed to the firm, greeting without a name", "From: Office <office@leejoinery.test>\nX-Original-From: Ann Lee <ann@leejoinery.test>\n" + list, "Hello,\n\nplease send the December payslips to the office address.\n", SkipNone},
		// Guards.
		{"bulk sender's one-click, no relay", "From: Office <office@leejoinery.test>\n" + list, "Hi Jo,\n\nIs the VAT return for the quarter filed?\n", SkipBulk},
		{"relayed newsletter to the group", strings.Replace("From: \"'Ledger News' via Office\" <office@leejoinery.test>\n"+list, "To: Jo Lee <jo@firm.test>", "To: office@leejoinery.test", 1), "Hi there,\n\nReady for year end? Read our five tips.\n", SkipBulk},
		{"relayed with Precedence bulk", via + "Precedence: bulk\n" + list, "Hi Jo,\n\nCould you rate our service?\n", SkipBulk},
		{"relayed to the group itself, no greeting", strings.Replace(via+list, "To: Jo Lee <jo@firm.test>", "To: office@leejoinery.test", 1), "Is the VAT return for the quarter filed?\n", SkipBulk},
	}
	runSkipCases(t, cases)
}

// TestBareUnsubscribeFromAPerson: a List-Unsubscribe that is the only
// bulk mark (no List-Id, List-Post, Precedence or one-click), on mail from
// a named mailbox, is what a help desk or CRM tool adds to the one-to-one
// mail people send through it: the text decides. Newsletters' role
// addresses and any stronger bulk mark stay bulk.
func TestBareUnsubscribeFromAPerson(t *testing.T) {
	const to = "To: Jo Lee <jo@firm.test>\nSubject: Your invoice\nList-Unsubscribe: <mailto:unsub-4471@desk.example.net>\n"
	cases := []skipCase{
		{"accounts payable desk", "From: Harlow Foods Payables <payables@harlowfoods.test>\n" + to, "Hello,\n\nThe PO number is missing from invoice 88. Could you send a corrected copy?\n", SkipNone},
		{"person's address, no greeting", "From: Ken Ito <ken@itoprint.test>\n" + to, "What is the balance on our account after the November payment?\n", SkipNone},
		{"office mailbox with a paid ask", "From: Oakfield Surgery <office@oakfieldsurgery.test>\n" + to, "Please prepare the partnership accounts for the year to March.\n", SkipNone},
		{"ticket reply with a marker", "From: Brook Hotels Finance <finance@brookhotels.test>\n" + to, "[Ticket 2210]\n\nHi, when will the credit note for the cancelled booking be issued?\n", SkipNone},
		{"French", "From: Atelier Roux <compta@atelierroux.test>\n" + to, "Bonjour, pouvez-vous nous renvoyer la facture de novembre ?\n", SkipNone},
		// Guards.
		{"newsletter's role address", "From: Brook Hotels <news@brookhotels.test>\n" + to, "Why not book your winter break now?\n", SkipBulk},
		{"no-reply address", "From: Brook Hotels <no-reply@brookhotels.test>\n" + to, "Could you rate your last stay?\n", SkipBulk},
		{"with Precedence bulk", "From: Ken Ito <ken@itoprint.test>\nPrecedence: bulk\n" + to, "Fancy 20% off business cards?\n", SkipBulk},
		{"with one-click", "From: Ken Ito <ken@itoprint.test>\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\n" + to, "Fancy 20% off business cards?\n", SkipBulk},
		{"with a List-Id", "From: Ken Ito <ken@itoprint.test>\nList-Id: <offers.itoprint.test>\n" + to, "Fancy 20% off business cards?\n", SkipBulk},
	}
	runSkipCases(t, cases)
}

// TestReplyLineMarker: a help desk's "type your reply above this line" is
// an instruction to whoever answers the ticket, not the client's ask; a
// client's own sentence about a line (of an invoice) still asks.
func TestReplyLineMarker(t *testing.T) {
	e := New(DefaultConfig())
	markers := map[string]bool{ // the text: whether it asks
		"##- Please type your reply above this line -##":           false,
		"Please reply above this line.":                            false,
		"-- Write your response above this line --":                false,
		"Please type your replies above this line":                 false,
		"Kindly reply above this line so we can track the ticket.": false,
		"Can you check the amount above this line on the invoice?": true,
		"Please add a VAT line below this line item.":              true,
	}
	for text, ask := range markers {
		if qs := e.Questions(text); (len(qs) > 0) != ask {
			t.Errorf("%q: asks %v, want ask=%v", text, qs, ask)
		}
	}
}
