package triage

import "testing"

// TestEditedAutoReplyAsks: a client who reuses an auto-reply (its
// "Automatic reply:" subject, its away wording) and adds a line to the
// firm's person by name that asks, wrote to the firm; templates do not know
// their reader's name. Auto-replies that ask nobody by name stay skipped.
func TestEditedAutoReplyAsks(t *testing.T) {
	const from = "From: Iris Voss <iris@vossprint.test>\nTo: Kamal Reddy <kamal@firm.test>\n"
	runSkipCases(t, []skipCase{
		{"dash vocative", from + "Subject: Automatic reply: Q3 figures\n",
			"I am away from my desk until 9 March with no access to email.\n\nKamal - could you tell me if the Q3 figures went to the bank?\n", SkipNone},
		{"comma vocative, paid", from + "Subject: Out of Office: payroll\n",
			"I'm on annual leave until Monday.\nKamal, can you rerun the payroll for the two leavers while I'm out?\n", SkipNone},
		{"colon vocative", from + "Subject: Auto reply: lease\n",
			"Out of the office this week, back on the 12th.\nKamal: is the lease review finished?\n", SkipNone},
		{"lower-case name", from + "Subject: Automatic reply: VAT\n",
			"Currently out of office with limited access to email.\nkamal, when is the VAT return due?\n", SkipNone},
		{"name after the away line", from + "Subject: Out of Office: rent\n",
			"I will be out of the office until Thursday.\n\nKamal — did the landlord's rent invoice arrive with you?\n\nIris\n", SkipNone},
		// Guards: templates naming their own sender or nobody.
		{"sender named", from + "Subject: Automatic reply: Q3 figures\n",
			"Iris, our director, is out of the office until 9 March. Need help sooner? Call the front desk.\n", SkipAuto},
		{"no name, a question", from + "Subject: Automatic reply: lease\n",
			"I am out of the office until Monday. Urgent? Please call 01632 960 100.\n", SkipAuto},
		{"recipient named without asking", from + "Subject: Automatic reply: lease\n",
			"I am out of the office until Monday.\nKamal, thanks for your message.\n", SkipAuto},
	})
}

// TestBareChaser: a reply whose whole text is "?", "and?" or "any news?"
// chases what the firm promised in the thread: a status check to answer.
// Fresh mail and replies that say more are left to the ask finder; a
// thanks-only reply still has no ask.
func TestBareChaser(t *testing.T) {
	const from = "From: Ola Berg <ola@bergcabins.test>\nTo: Mina Sato <mina@firm.test>\n"
	const re = "Subject: Re: grant claim\nIn-Reply-To: <m1@firm.test>\n"
	runSkipCases(t, []skipCase{
		{"question mark", from + re, "?\n\n> I will chase the grant office this week.\n", SkipNone},
		{"and with phone signature", from + re, "and?\n\nSent from my iPhone\n", SkipNone},
		{"so double mark", from + re, "So??\n", SkipNone},
		{"any news", from + re, "any news?\nSent from my Galaxy\n", SkipNone},
		{"well", from + re, "Well?\n\n> Mina wrote: I'll let you know on Friday.\n", SkipNone},
		// Guards.
		{"thanks only", from + re, "Thanks!\n\nSent from my iPhone\n", SkipNoQuestions},
		{"ok mark", from + re, "ok\n", SkipNoQuestions},
		{"surprise", from + re, "Really?\n", SkipNoQuestions},
	})
}

// TestChaserAskText checks the chaser's words and its kind.
func TestChaserAskText(t *testing.T) {
	e := New(DefaultConfig())
	for _, c := range []struct {
		text string
		want int
	}{
		{"and?\n\nSent from my iPhone", 1},
		{"??", 1},
		{"update?", 1},
		{"and the invoice?", 0},
		{"?\nsecond line", 0},
		{"", 0},
	} {
		qs := e.chaserAsk(c.text)
		if len(qs) != c.want {
			t.Errorf("chaserAsk(%q) = %v, want %d asks", c.text, qs, c.want)
			continue
		}
		if c.want == 1 && qs[0].Kind != Quick {
			t.Errorf("chaserAsk(%q) kind %v, want quick", c.text, qs[0].Kind)
		}
	}
}

// TestHTMLStubPlainPart: when the plain part only points at the HTML part
// ("view it in your browser"), the ask is read from the HTML part. A
// plain part that holds the text is read as before.
func TestHTMLStubPlainPart(t *testing.T) {
	e := New(DefaultConfig())
	for _, c := range []struct {
		name, plain, html string
		want              bool // an ask found
	}{
		{"view in browser", "View this email in your browser.", "<p>Can you send me the payroll summary for November?</p>", true},
		{"html-capable client", "This message needs an HTML-capable mail client to display.", "<p>Could you file the confirmation statement this week?</p>", true},
		{"read online", "Read this message online: open it in a browser.", "<p>When is the VAT return due?</p>", true},
		{"German stub", "Bitte öffnen Sie diese E-Mail in einem HTML-fähigen Programm oder im Browser.", "<p>Please prepare the draft budget for 2027.</p>", true},
		{"stub with link", "Trouble reading? View it in your browser: https://mailer.test/v/1", "<p>Is the lease review finished?</p>", true},
		// Guards: plain parts that hold the text.
		{"plain ask mentions browser", "Which browser should I use for the client portal?", "<p>(empty)</p>", true},
		{"plain thanks", "Thanks, all received.", "<p>Can you view this?</p>", false},
	} {
		msg := "From: Ada Lenz <ada@lenzcafe.test>\nTo: Bo Kim <bo@firm.test>\nSubject: Note\nMIME-Version: 1.0\n" +
			"Content-Type: multipart/alternative; boundary=\"x\"\n\n--x\nContent-Type: text/plain; charset=utf-8\n\n" + c.plain +
			"\n--x\nContent-Type: text/html; charset=utf-8\n\n<html><body>" + c.html + "</body></html>\n--x--\n"
		r := e.AnalyzeBytes([]byte(msg))
		if got := len(r.Questions) > 0; got != c.want {
			t.Errorf("%s: asks %v, want an ask %v", c.name, r.Questions, c.want)
		}
	}
}
