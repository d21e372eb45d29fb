package triage

import (
	"strings"
	"testing"
)

// messy11Ask runs one plain-text body and reports whether an ask holds want.
func messy11Ask(t *testing.T, e *Engine, body, want string) bool {
	t.Helper()
	const head = "From: Ines Marlow <ines@marlowkitchens.test>\n" +
		"To: Office <office@greyledger.example.com>\n" +
		"Subject: a few things\n" +
		"Content-Type: text/plain\n\n"
	r := e.AnalyzeBytes([]byte(head + body))
	for _, q := range r.Questions {
		if strings.Contains(strings.ToLower(q.Text), strings.ToLower(want)) {
			return true
		}
	}
	t.Logf("asks: %v", r.Questions)
	return false
}

// TestCallingToAsk: a question put as the reason for getting in touch
// ("just ringing to ask whether …", "I'm writing to ask if …"), common in
// voicemail transcripts and first letters, asks it without a question mark.
func TestCallingToAsk(t *testing.T) {
	runAskRows(t, []askRow{
		{"ringing, voicemail", "hi this is Dana from Coldharbour Bakery just ringing to ask whether the wages went out on Friday thanks\n", "ringing to ask whether the wages went out", ""},
		{"writing, letter", "Dear Sir,\n\nI am writing to ask if our tax code has been updated for the new year.\n\nRegards,\nM. Obi\n", "writing to ask if our tax code", ""},
		{"emailing, when", "Hello,\n\nJust emailing to ask when the next payment on account is due.\n\nKim\n", "emailing to ask when the next payment", ""},
		{"calling, transcript", "Transcript:\nhello it's Pete at Marsh Garage calling to ask if you received the November statements cheers\n", "calling to ask if you received", ""},
		{"phoning, about", "Hi, it's Lou, I was phoning to ask about the letter from the council, did it ever reach you\n", "phoning to ask about the letter", ""},
		{"getting in touch", "Hi Sam,\n\nI'm getting in touch to ask whether the new invoices template is ready to use.\n\nBest,\nTeo\n", "to ask whether the new invoices template", ""},
	})
}

// TestFormFieldLines: an auto-forwarded web form lists its fields as
// "Label: value" lines. A field answered on its own line ("Email: …",
// "How did you find us: a friend") asks nothing, even when its label is
// a verb or a question; the visitor's message keeps its asks, and a line
// whose label is itself a request ("Could you send me: …") or whose value
// asks ("Quick question: when is …") stays an ask.
func TestFormFieldLines(t *testing.T) {
	const form = "New enquiry from the website\n\nName: Tobias Wren\nEmail: tobias@wrenbuild.test\nPhone: 07700 900123\n\nMessage:\nCould you quote for preparing our year-end accounts?\n\n"
	runAskRows(t, []askRow{
		{"how did you find us", form + "How did you find us: a friend recommended you\n", "Could you quote", "How did you find us"},
		{"where did you hear", form + "Where did you hear about us: LinkedIn\n", "Could you quote", "Where did you hear"},
		{"what service", form + "What service are you interested in: Payroll\n", "Could you quote", "What service are you"},
		{"email and phone one line", "Enquiry form\n\nName: Li Na Email: lina@tealpottery.test Phone: 07700 900456\n\nMessage: Can you tell me if you do VAT returns for sole traders?\n", "Can you tell me if you do VAT returns", "Email:"},
		{"contact field verb", form + "Contact: mornings before ten\n", "Could you quote", "Contact:"},
		{"best time to call", form + "Best time to call: after 4pm\n", "Could you quote", "Best time to call"},
		{"request label stays", "Hi Alba,\n\nCould you send me: the P60 and the P11D for last year\n\nThanks\nJo\n", "Could you send me", ""},
		{"time is no field", "Hi Alba,\n\nFor the 10:30 meeting tomorrow, could you book the small room\n\nJo\n", "could you book the small room", ""},
		{"asking value stays", "Hi Alba,\n\nQuick question: when is the VAT return due this quarter\n\nJo\n", "when is the VAT return due", ""},
	})
}

// askRow is one body: an ask it must hold, and a line ("" none) that must
// not be one.
type askRow struct{ name, body, ask, notAsk string }

func runAskRows(t *testing.T, rows []askRow) {
	t.Helper()
	e := New(DefaultConfig())
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			if !messy11Ask(t, e, tt.body, tt.ask) {
				t.Errorf("ask %q not found", tt.ask)
			}
			if tt.notAsk != "" && messy11Ask(t, e, tt.body, tt.notAsk) {
				t.Errorf("%q taken as an ask", tt.notAsk)
			}
		})
	}
}

// TestMessy11Kinds: holding back something already in hand until the
// client is ready ("could you hold off sending…", "can you hold it
// until…", "put the direct debit on hold") is one step, quick; holding an
// event ("hold a training session") is work. Whether the firm takes on new
// clients is a fact about the firm.
func TestMessy11Kinds(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "Could you hold off sending the invoice until Monday?", Quick},
		{"en", "can u hold it until i get back from leave", Quick},
		{"en", "Please put the direct debit on hold until we've spoken.", Quick},
		{"en", "Can you hold the payroll submission until Thursday?", Quick},
		{"en", "Could you hold back the newsletter until the prices are confirmed?", Quick},
		{"en", "Would you keep the order on hold until the deposit clears?", Quick},
		{"en", "Could you hold a training session for our staff on the new booking system?", Paid},
		// Whether the firm takes on new clients or work is a fact about
		// the firm, quick; asking it to take on a named job is work.
		{"en", "Are you taking on any new clients this spring?", Quick},
		{"en", "Is your practice accepting new clients at the moment?", Quick},
		{"en", "Do you still take on new customers for small websites?", Quick},
		{"en", "Are you taking on new projects before Easter?", Quick},
		{"en", "do u take on new work over the summer", Quick},
		{"en", "Will you be taking on new clients after the tax deadline?", Quick},
		{"en", "Could you take on the bookkeeping for our second shop from April?", Paid},
	})
}
