package triage

import "testing"

// TestGeneratedFromPerson: "Auto-Submitted: auto-generated" says no
// reply was made (RFC 3834), and mailbox rules that forward a person's
// mail, contact forms and platforms passing on a client's message stamp
// it. Sent from or answered at a person's own mailbox, the text decides.
// Auto-replies ("auto-replied") and system notices stay skipped.
func TestGeneratedFromPerson(t *testing.T) {
	const to = "To: Ilse Varga <ilse@firm.test>\n"
	const gen = "Auto-Submitted: auto-generated\n"
	runSkipCases(t, []skipCase{
		{"inbox rule forward", "From: Omar Haddad <omar@haddadbikes.test>\n" + to + "Subject: FW: rates bill\n" + gen,
			"Ilse, the council says we owe rates on the old unit. Can you check whether that is right?\n", SkipNone},
		{"form, Reply-To the client", "From: Website <noreply@firm.test>\nReply-To: Greta Lund <greta.lund@example.net>\n" + to + "Subject: Enquiry\n" + gen,
			"Do you also do bookkeeping for charities, and what would a monthly fee look like?\n", SkipNone},
		{"platform, initial and surname", "From: Books Online <notify@books.test>\nReply-To: \"Paul Ekwueme\" <pekwueme@ekwueme.test>\n" + to + "Subject: Message\n" + gen,
			"Please send me the trial balance for November.\n", SkipNone},
		{"auto-generated with a comment", "From: Rosa Klein <rosa@kleinbau.test>\n" + to + "Subject: Scan\nAuto-Submitted: auto-generated (rule)\n",
			"When does the payroll for December have to be in?\n", SkipNone},
		{"German forward", "From: Jan Becker <j.becker@becker-holz.test>\n" + to + "Subject: WG: Bescheid\n" + gen,
			"Können Sie bitte prüfen, ob der Bescheid stimmt?\n", SkipNone},
		// Guards.
		{"auto-replied from a person", "From: Omar Haddad <omar@haddadbikes.test>\n" + to + "Subject: Re: rates\nAuto-Submitted: auto-replied\n",
			"Could you write to my colleague instead?\n", SkipAuto},
		{"system notice", "From: Books Online <notify@books.test>\n" + to + "Subject: Backup done\n" + gen,
			"Your nightly backup finished. Please check the log if anything looks wrong.\n", SkipAuto},
		{"person's out-of-office", "From: Rosa Klein <rosa@kleinbau.test>\n" + to + "Subject: Away\n" + gen,
			"Thank you for your message. I am out of the office until Monday with limited access to email.\n", SkipAuto},
	})
}

// TestPrecedenceOnly: a Precedence of bulk, junk or list with no List-Id,
// List-Post or List-Unsubscribe, on mail from a person's own mailbox, is a
// mail server or tool stamping all it sends: bulk senders must offer an
// unsubscribe. The text decides. Newsletters keep their bulk skip.
func TestPrecedenceOnly(t *testing.T) {
	const to = "To: Ilse Varga <ilse@firm.test>\n"
	runSkipCases(t, []skipCase{
		{"junk, no greeting", "From: Tariq Aziz <tariq@azizprint.test>\n" + to + "Subject: deadline\nPrecedence: junk\n",
			"Ilse,\n\nwhat is the deadline for the payroll year end this time?\n", SkipNone},
		{"bulk, signing tool", "From: \"Mei Chen via SignIt\" <mail@signit.test>\nReply-To: Mei Chen <mei@chenoptics.test>\n" + to + "Subject: Signed\nPrecedence: bulk\n",
			"Signed. Can you send a countersigned copy back to me?\n", SkipNone},
		{"list, nothing else", "From: Ruth Obi <ruth.obi@obifoods.test>\n" + to + "Subject: stock\nPrecedence: list\n",
			"Please value the closing stock at cost this year.\n", SkipNone},
		{"bulk, paid ask", "From: Leo Grant <lgrant@grantmarine.test>\n" + to + "Subject: grant claim\nPrecedence: bulk\n",
			"We need the R&D claim prepared for the last two years.\n", SkipNone},
		{"junk, Spanish", "From: Elena Ruiz <elena@ruizcafe.test>\n" + to + "Subject: IVA\nPrecedence: junk\n",
			"¿Cuándo vence el próximo pago del IVA?\n", SkipNone},
		// Guards.
		{"newsletter with unsubscribe", "From: Tariq Aziz <tariq@azizprint.test>\n" + to + "Subject: Our news\nPrecedence: bulk\nList-Unsubscribe: <https://azizprint.test/u>\n",
			"Why not visit our new shop? Order your calendars now.\n", SkipBulk},
		{"role address", "From: Aziz Print News <news@azizprint.test>\n" + to + "Subject: Offers\nPrecedence: bulk\n",
			"Order your calendars now and save 10%.\n", SkipBulk},
		{"list id", "From: Ruth Obi <ruth.obi@obifoods.test>\n" + to + "Subject: stock\nPrecedence: bulk\nList-Id: <members.obifoods.test>\n",
			"Order your calendars now and save 10%.\n", SkipBulk},
	})
}

// TestRelayedMessage: a notification that passes on a person's typed words
// under a label line of its own ("Message:", "Note from sender:",
// "Transcription:", "X replied to ticket #4:", "X has sent you a message:")
// is read for asks even when automatic: a contact form, voicemail or
// platform carries the client's ask that way. Notifications with no such
// label, or a label with nothing after it, stay skipped.
func TestRelayedMessage(t *testing.T) {
	const to = "To: Ilse Varga <ilse@firm.test>\n"
	const sys = "From: Phone Hub <alerts@phonehub.test>\n" + to + "Auto-Submitted: auto-generated\n"
	runSkipCases(t, []skipCase{
		{"voicemail", sys + "Subject: Voicemail from 0161 555 0199\n",
			"Caller: 0161 555 0199\n\nTranscription:\nHi it's Sam from Ridge Farm, can you call me back about the tractor lease?\n", SkipNone},
		{"remittance note", "From: Payments <noreply@ridgefarm.test>\n" + to + "Subject: Remittance\nAuto-Submitted: auto-generated\n",
			"Amount: 300.00\n\nNote from sender:\nPlease put this against the September invoice and tell us what is left to pay.\n", SkipNone},
		{"ticket reply", "From: Portal <portal@firm.test>\n" + to + "Subject: [#77] New reply\nAuto-Submitted: auto-generated\n",
			"Sam Ridge replied to ticket #77:\n\nIs the tractor lease deductible in full this year?\n", SkipNone},
		{"platform message with unsubscribe", "From: Books Online <notifications@books.test>\nReply-To: Sam Ridge <sam@ridgefarm.test>\n" + to + "Subject: New message\nList-Unsubscribe: <https://books.test/prefs>\n",
			"Sam Ridge has sent you a message:\n\nCould you reconcile the farm account for October?\n", SkipNone},
		{"Dutch form", "From: Formulier <formulier@firm.test>\n" + to + "Subject: Contact\nAuto-Submitted: auto-generated\n",
			"Naam: Joost Mulder\n\nBericht:\nKunt u mij laten weten wanneer de aangifte klaar is?\n", SkipNone},
		// Guards.
		{"no label", sys + "Subject: Missed call\n", "You missed a call from 0161 555 0199 at 09:12. Call back from the app.\n", SkipAuto},
		{"label with nothing after", sys + "Subject: Voicemail\n", "Transcription:\nnot available\n", SkipAuto},
		{"label without a message word", sys + "Subject: Invoice paid\n", "Details:\nInvoice 42 was paid in full on 3 May.\n", SkipAuto},
	})
}

// TestPostmasterWriter: a small firm's admin writes from postmaster@ as
// from any mailbox; only a delivery failure's subject or the null sender
// makes mail from it a bounce. The mailer daemon is always one.
func TestPostmasterWriter(t *testing.T) {
	const to = "To: Ilse Varga <ilse@firm.test>\n"
	const pm = "From: postmaster@hollowayfarm.test\n" + to
	runSkipCases(t, []skipCase{
		{"plain ask", pm + "Subject: year end\n", "Can you tell me the date our accounts are due at Companies House?\n", SkipNone},
		{"display name", "From: Greg Holloway <postmaster@hollowayfarm.test>\n" + to + "Subject: wages\n", "Please add the new shepherd to the payroll from January.\n", SkipNone},
		{"paid", pm + "Subject: grant\n", "We need the farm support grant application prepared before the window closes.\n", SkipNone},
		{"reply", pm + "Subject: Re: your letter\nIn-Reply-To: <a1@firm.test>\n", "Thanks. Has the tax refund arrived in the client account yet?\n", SkipNone},
		{"French", pm + "Subject: TVA\n", "Pouvez-vous me dire quand la déclaration de TVA doit être déposée ?\n", SkipNone},
		// Guards.
		{"undeliverable subject", pm + "Subject: Undeliverable: year end\n", "Your message to x@hollowayfarm.test could not be delivered. Please check the address?\n", SkipBounce},
		{"null sender", pm + "Subject: Notice\nReturn-Path: <>\n", "Could not deliver your message to x@hollowayfarm.test.\n", SkipBounce},
		{"mailer daemon", "From: MAILER-DAEMON@mx.hollowayfarm.test\n" + to + "Subject: year end\n", "Can you resend? The mailbox was full.\n", SkipBounce},
	})
}

// TestAssistantUnderAutoSubject: under an auto-reply's subject ("Out of
// office: …"), a text that greets the recipient by first name and asks is
// a person's: an assistant minding an absent client's mailbox, or a client
// who kept the subject. Auto-replies greet no one by name.
func TestAssistantUnderAutoSubject(t *testing.T) {
	const to = "To: Ilse Varga <ilse@firm.test>\n"
	const from = "From: Karl Moss <karl@mossjoinery.test>\n" + to
	runSkipCases(t, []skipCase{
		{"assistant", from + "Subject: Out of office: Karl Moss\n",
			"Hi Ilse,\n\nKarl is away until the 20th and I'm covering his mail. Has the CIS return for November gone in?\n\nPia\n", SkipNone},
		{"client keeps the subject", from + "Subject: Automatic reply: payroll\n",
			"Dear Ilse, sorry, my auto-reply went off. Can you still run the payroll on Thursday?\n", SkipNone},
		{"German", "From: Uwe Roth <uwe@roth-glas.test>\n" + to + "Subject: Abwesenheitsnotiz: Lohn\n",
			"Hallo Ilse,\n\nHerr Roth ist im Urlaub. Ist die Lohnabrechnung für November schon fertig?\n", SkipNone},
		{"out of office with date", from + "Subject: Out of office: back 4 Jan\n",
			"Hello Ilse, I'm his assistant. When do you need the mileage log for the van?\n", SkipNone},
		{"auto reply, paid", from + "Subject: Auto reply: accounts\n",
			"Hi Ilse, Karl asked me to pass this on while he is away: could you prepare the draft accounts for the bank?\n", SkipNone},
		// Guards.
		{"no greeting", from + "Subject: Automatic reply: payroll\n",
			"I am away until 4 January. Could you contact pia@mossjoinery.test instead?\n", SkipAuto},
		{"greeting, no question", from + "Subject: Out of office: payroll\n",
			"Hi Ilse, I am out of the office until Monday with limited access to email.\n", SkipAuto},
		{"greets someone else", from + "Subject: Automatic reply: payroll\n",
			"Hi there, I am on leave until Monday. Any questions?\n", SkipAuto},
	})
}

// TestDoNotReply: a notification's "Please do not reply (to this email)"
// asks the firm nothing; telling the firm not to reply to someone else
// still asks.
func TestDoNotReply(t *testing.T) {
	e := New(DefaultConfig())
	lines := map[string]bool{ // the text: whether it asks
		"Please do not reply.":                                       false,
		"Do not reply to this email.":                                false,
		"Please don't respond to this message.":                      false,
		"dont reply to this notification":                            false,
		"Please do not reply to this e-mail, the mailbox is unread.": false,
		"Please don't reply to the tax office until we have spoken.": true,
		"Do not reply to the landlord yet, can you ring me first?":   true,
	}
	for text, ask := range lines {
		if qs := e.Questions(text); (len(qs) > 0) != ask {
			t.Errorf("%q: asks %v, want ask=%v", text, qs, ask)
		}
	}
}
