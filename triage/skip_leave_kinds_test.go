package triage

import "testing"

// TestLeaveKindsAndMessageRedirect: an out-of-office without automatic
// headers that names the kind of leave ("on paternity leave") and sends
// mail on a topic elsewhere ("if your message is about …") is automatic;
// a client who mentions such leave and asks is answered.
func TestLeaveKindsAndMessageRedirect(t *testing.T) {
	const hdr = "From: Kofi Mensah <kofi@mensah-joinery.test>\nTo: Rhea Dunn <rhea@dunnprint.test>\nSubject: Re: Brochure proofs\nIn-Reply-To: <p7@dunnprint.test>\n"
	runSkipCases(t, []skipCase{
		{"paternity leave, message redirect", hdr,
			"Hello, I'm out of the office on paternity leave until 8 March. If your message is about an order, please contact Ama on ama@mensah-joinery.test.\n", SkipAuto},
		{"maternity leave, not checking, email redirect", hdr,
			"I am on maternity leave and not checking email. If your email relates to invoices, please write to accounts@mensah-joinery.test.\n", SkipAuto},
		{"sick leave, message concerns", hdr,
			"Thanks for your message. I'm on sick leave this week. If your message concerns a delivery, please ring the yard.\n", SkipAuto},
		{"parental leave, away from the office", hdr,
			"I'm away from the office on parental leave until the spring. If your email is urgent, please call the workshop.\n", SkipAuto},
		{"study leave, out of office", hdr,
			"Out of office: I'm on study leave until 20 May and won't be reading email. If your message is about a quote, please contact the office.\n", SkipAuto},
		// Guards: a person on leave who asks; one cue only.
		{"guard: client on leave asks", hdr,
			"Hi Rhea,\n\nI'm on paternity leave from Friday. Could you send the proofs to Ama instead?\n\nKofi\n", SkipNone},
		{"guard: message redirect words in a real ask", hdr,
			"If your message is about the proofs, yes they're fine. Can you print 500 by Thursday?\n", SkipNone},
	})
}
