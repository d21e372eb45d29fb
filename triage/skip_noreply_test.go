package triage

import "testing"

// TestNoReplyNotification: a system's notice from a no-reply address,
// with no Reply-To that reaches a person and no greeting of the reader,
// gets no draft, whatever questions its template asks ("Need to change
// it?"). A person writing from such a mailbox greets the reader or
// gives a Reply-To, and is answered.
func TestNoReplyNotification(t *testing.T) {
	const to = "To: Ann Bell <ann@firm.example.com>\n"
	runSkipCases(t, []skipCase{
		{"appointment reminder", "From: Clinicbook <do-not-reply@clinicbook.test>\n" + to + "Subject: Appointment reminder\n",
			"Reminder: your appointment with Dr Hale is on Tuesday 8 December at 10:30.\n\nNeed to change it? Use the link below.\n\nhttps://clinicbook.test/a/77", SkipAuto},
		{"parcel delivered", "From: Parcelpoint <noreply@parcelpoint.test>\n" + to + "Subject: Delivered: your parcel\n",
			"Your parcel 4471-XK was delivered to the front porch at 13:02.\n\nWas this helpful? Rate your delivery in the app.", SkipAuto},
		{"chat digest", "From: Huddle <notify-noreply@huddle.test>\n" + to + "Subject: 2 unread messages in #year-end\n",
			"Priya Shah wrote in #year-end:\n\"Could you look at the figures I uploaded?\"\n\nOpen Huddle to reply.", SkipAuto},
		{"reply-to also no-reply", "From: Portal <no_reply@portal.test>\n" + to + "Reply-To: no-reply@portal.test\nSubject: New document\n",
			"A new document was added to your portal: Q3 statement.pdf. Can't open it? Sign in again.", SkipAuto},
		{"person greets the reader", "From: Noreply Dunmore Bakery <noreply@dunmorebakery.test>\n" + to + "Subject: VAT\n",
			"Hi Ann,\n\nI'm writing from the shop's no-reply account as my mailbox is full. Could you tell me when the next VAT return is due?\n\nThanks\nRhea", SkipNone},
		{"reply-to a person", "From: Orders <noreply@kilnworks.test>\n" + to + "Reply-To: Tom Kiln <tom@kilnworks.test>\nSubject: Payroll\n",
			"Could you send me last month's payroll summary?\n\nTom", SkipNone},
		{"reply-to a person beside a no-reply", "From: Orders <noreply@kilnworks.test>\n" + to + "Reply-To: no-reply@kilnworks.test, Tom Kiln <tom@kilnworks.test>\nSubject: Payroll\n",
			"Could you send me last month's payroll summary?\n\nTom", SkipNone},
		{"person's own address", "From: Nora Reply <nora.reply@example.test>\n" + to + "Subject: Invoice\n",
			"Could you resend invoice 2210? I can't find it.\n\nNora", SkipNone},
	})
}

// TestPlainAwayCues: auto-replies without the automatic headers, under the
// replied-to subject, that say mail goes unread ("your email will not be
// read", "not being forwarded"), that the writer is off sick and not
// checking "emails", that a desk aims to reply within some days, or a
// template's "Dear Customer" over "This is an automated message, please do
// not reply", get no draft; a person who mentions being off sick, an
// automated email or an unmonitored portal and asks is answered.
func TestPlainAwayCues(t *testing.T) {
	const head = "From: Lena Ford <lena@fordpottery.test>\nTo: Ann Bell <ann@firm.example.com>\nSubject: Re: Stock valuation\n"
	runSkipCases(t, []skipCase{
		{"will not be read", head, "Thanks for your message. I'm on study leave until the 20th and your email will not be read. Please send anything urgent to office@fordpottery.test.", SkipAuto},
		{"desk aims to reply", head, "Thank you for contacting us. We aim to reply within two working days. If your enquiry is about a booking, please include the booking reference.", SkipAuto},
		{"off sick, not checking emails", head, "I'm off sick this week and not checking my emails. In the meantime please contact Ravi on ravi@fordpottery.test.", SkipAuto},
		{"not being forwarded", head, "I am currently away and messages are not being forwarded. I'm back on Monday 14th.", SkipAuto},
		{"template to a customer", "From: Statements <statements@waterco.test>\nTo: Ann Bell <ann@firm.example.com>\nSubject: Your statement is ready\n",
			"Dear Customer,\n\nYour statement for November is now available online.\n\nThis is an automated message, please do not reply.", SkipAuto},
		{"template to a member", "From: Renewals <renewals@tradebody.test>\nTo: Ann Bell <ann@firm.example.com>\nSubject: Renewal\n",
			"Dear Member,\n\nYour subscription renews on 1 January. This mailbox is unmonitored, so please do not reply to this email.", SkipAuto},
		{"client tells of an automated email", head, "Dear Ann,\n\nI got an automated email from the tax office saying my return is late - could you check whether it was filed?", SkipNone},
		{"client's portal not monitored", head, "Our customer portal is not monitored over Christmas. Could you send the stock report by email instead?", SkipNone},
		{"off sick but asks", head, "I'm off sick today, so could you send the stock valuation to my colleague Ravi instead?", SkipNone},
		{"thanks for contacting, asks", head, "Thank you for contacting me about the valuation. Could you confirm which date the stock count should use?", SkipNone},
	})
}
