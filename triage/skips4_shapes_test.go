package triage

import (
	"net/mail"
	"testing"
)

// TestTypedUnderSoftAutoMark: Auto-Submitted: auto-generated from a
// system's own mailbox (an ERP's, a scheduler's) and X-Autoreply and its
// kin without Auto-Submitted are marks a person's mail may carry: staff type
// through the ERP, and some mail apps leave X-Autoreply set. A text that
// greets or addresses the firm's person by name and asks is theirs to
// answer. Templates, no-reply roles, auto-replies and bulk mail stay
// skipped.
func TestTypedUnderSoftAutoMark(t *testing.T) {
	const to = "To: Kamal Reddy <kamal@firm.test>\n"
	const erp = "From: Mara Quint <erp@quintmetal.test>\n" + to + "Auto-Submitted: auto-generated\n"
	const xar = "From: Ivo Brandt <ivo@brandtbakes.test>\n" + to + "X-Autoreply: yes\n"
	runSkipCases(t, []skipCase{
		{"ERP mailbox, greeting by first name", erp + "Subject: Invoice 118\n",
			"Hi Kamal,\n\nYour invoice 118 has last year's address on it. Could you send a corrected copy?\n\nMara\n", SkipNone},
		{"scheduler mailbox, dear", "From: Quint Metal <scheduler@quintmetal.test>\n" + to + "Auto-Submitted: auto-generated\nSubject: Stocktake\n",
			"Dear Kamal,\n\nWhen would suit you for the stocktake visit in January?\n\nMara Quint\n", SkipNone},
		{"X-Autoreply, bare name salutation", xar + "Subject: Re: bank letters\nIn-Reply-To: <k1@firm.test>\n",
			"Kamal,\n\nI have the bank letters here. Shall I scan them or post the originals?\n\nIvo\n", SkipNone},
		{"X-Autorespond, title and surname", "From: Ivo Brandt <ivo@brandtbakes.test>\n" + to + "X-Autorespond: 1\nSubject: Pension\n",
			"Dear Mr Reddy,\n\nIs the pension contribution for December already in the payroll run?\n\nIvo Brandt\n", SkipNone},
		{"X-Autoresponder, vocative ask", "From: Ivo Brandt <ivo@brandtbakes.test>\n" + to + "X-Autoresponder: on\nSubject: Mileage\n",
			"Kamal - what mileage rate do we use for the delivery bike this year?\n", SkipNone},
		{"ERP mailbox, German", "From: Mara Quint <system@quintmetal.test>\n" + to + "Auto-Submitted: auto-generated\nSubject: Rechnung\n",
			"Hallo Kamal,\n\nkönnen Sie uns die Rechnung für November noch einmal schicken?\n\nMara\n", SkipNone},
		// Guards: templates, no-reply roles, real auto-replies, bulk.
		{"no-reply role greeting and asking", "From: Quint Metal <noreply@quintmetal.test>\n" + to + "Auto-Submitted: auto-generated\nSubject: Your statement\n",
			"Hi Kamal,\n\nYour statement is ready. Questions? Visit our help centre.\n", SkipAuto},
		{"ERP remittance, no greeting", erp + "Subject: Remittance 5531\n",
			"Payment of 1,200.00 has been made against invoices 118 and 121. Any queries?\nContact accounts@quintmetal.test.\n", SkipAuto},
		{"ERP greeting, no question", erp + "Subject: Statement\n",
			"Dear Kamal,\n\nPlease find your November statement attached.\n", SkipAuto},
		{"X-Autoreply away reply", xar + "Subject: Re: bank letters\n",
			"Hi, I'm away until Monday and will reply when I'm back. Urgent? Ring the bakery.\n", SkipAuto},
		{"X-Autoreply with bulk mark", xar + "Precedence: bulk\nSubject: Offers\n",
			"Kamal, have you seen our winter bread range?\n", SkipAuto},
		{"auto-replied stays automatic", "From: Ivo Brandt <ivo@brandtbakes.test>\n" + to + "Auto-Submitted: auto-replied\nSubject: Automatic reply: pension\n",
			"Hi Kamal, I'm out of the office until the 4th. Can it wait until then?\n", SkipAuto},
	})
}

// TestGreetsRecipientByBareNameOrTitle: a first line that is the
// recipient's first name alone ("Kamal," "Kamal -") and a greeting by
// title and surname ("Dear Mr Reddy", "Hallo Herr Reddy") greet the
// recipient as much as "Hi Kamal,". Other names, titles of others and
// group words do not.
func TestGreetsRecipientByBareNameOrTitle(t *testing.T) {
	e := New(DefaultConfig())
	p := &Parsed{To: []*mail.Address{{Name: "Kamal Reddy", Address: "kamal@firm.test"}},
		Cc: []*mail.Address{{Address: "jo.winter@firm.test"}}}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Kamal,\n\nCan you check the lease?", true},
		{"Kamal -\nquick one about payroll", true},
		{"kamal:\nis the return in?", true},
		{"Dear Mr Reddy,\n\nPlease send the accounts.", true},
		{"Hallo Herr Reddy,\n\nwann ist die Frist?", true},
		{"Bonjour Monsieur Reddy,\n\npouvez-vous confirmer ?", true},
		{"Estimado Sr. Reddy:\n\n¿puede enviarla?", true},
		{"Dear Ms Winter,\n\nIs it filed?", true},
		{"Hi Kamal,\n\nAll good?", true},
		// Guards.
		{"Dear Mr Smith,\n\nIs it filed?", false},
		{"Iris,\n\nIs it filed?", false},
		{"Kamal Reddy is out today.", false},
		{"Thanks,\n\nall received", false},
		{"Dear Customer,\n\nOur prices change in January.", false},
		{"Dear Mr,\n\nIs it filed?", false},
		{"", false},
	} {
		if got := e.greetsRecipient(c.text, p); got != c.want {
			t.Errorf("greetsRecipient(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestPersonalOneToOneThroughTool: a one-to-one mail a person sends through
// a marketing platform that adds a one-click unsubscribe, opening with the
// recipient's name alone or by title, is theirs to answer. Campaigns that
// greet no recipient stay bulk.
func TestPersonalOneToOneThroughTool(t *testing.T) {
	const hdr = "From: Tess Olsen <tess@olsenframes.test>\nTo: Kamal Reddy <kamal@firm.test>\n" +
		"List-Unsubscribe: <https://mkt.olsenframes.test/u/1>\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\n"
	runSkipCases(t, []skipCase{
		{"bare name", hdr + "Subject: Lease or buy\n", "Kamal,\n\nCan you compare leasing and buying the kiln over five years for us?\n\nTess\n", SkipNone},
		{"name and dash", hdr + "Subject: Payroll\n", "Kamal -\n\ndid the November payroll go out on time?\n", SkipNone},
		{"title and surname", hdr + "Subject: VAT\n", "Dear Mr Reddy,\n\nWhen is our next VAT return due?\n", SkipNone},
		{"German title", hdr + "Subject: Frist\n", "Hallo Herr Reddy,\n\nbis wann brauchen Sie die Belege für Dezember?\n", SkipNone},
		{"name and colon", hdr + "Subject: Invoice\n", "Kamal:\n\ncould you resend invoice 44? It went to spam.\n", SkipNone},
		// Guards: campaigns.
		{"greets the reader generically", hdr + "Subject: Winter sale\n", "Dear customer,\n\nWhy not treat yourself? Our winter sale starts today.\n", SkipBulk},
		{"greets another name", hdr + "Subject: Winter sale\n", "Hi Sam,\n\nReady for the winter sale? Book a fitting today.\n", SkipBulk},
		{"no greeting", hdr + "Subject: New frames\n", "New frames are in! Want a preview? Visit the shop this week.\n", SkipBulk},
	})
}

// TestNullSenderFromPerson: an empty Return-Path on mail from a person's own
// mailbox is the client's server's habit, not a bounce: the text decides.
// Bounces, system notices, away replies and thanks stay skipped.
func TestNullSenderFromPerson(t *testing.T) {
	const to = "To: Kamal Reddy <kamal@firm.test>\nReturn-Path: <>\n"
	runSkipCases(t, []skipCase{
		{"first name mailbox", "From: Petra Lund <petra@lundtiles.test>\n" + to + "Subject: Tiles stock\n",
			"Do we need to count the tiles in the warehouse before the year end?\n", SkipNone},
		{"initial and surname", "From: Omar Haddad <ohaddad@haddadcars.test>\n" + to + "Subject: Car benefit\n",
			"Please work out the benefit in kind on the two company cars for this year.\n", SkipNone},
		{"first.last", "From: Greta Sol <greta.sol@solprint.test>\n" + to + "Subject: Invoice\n",
			"Could you send me invoice 2210 again?\n", SkipNone},
		{"reply-to a person", "From: Sol Print <mail@solprint.test>\nReply-To: Greta Sol <greta@solprint.test>\n" + to + "Subject: Deadline\n",
			"When is the confirmation statement due this year?\n", SkipNone},
		{"French", "From: Aline Roux <aline@rouxvins.test>\n" + to + "Subject: Bilan\n",
			"Pouvez-vous préparer le bilan de l'exercice avant fin mars ?\n", SkipNone},
		// Guards.
		{"system notice", "From: Lund Tiles <notifications@lundtiles.test>\n" + to + "Subject: Order shipped\n",
			"Your order 5512 has shipped.\n", SkipBounce},
		{"mailer daemon", "From: Mail Delivery System <MAILER-DAEMON@mx.lundtiles.test>\n" + to + "Subject: Undelivered Mail Returned to Sender\n",
			"Your message could not be delivered to one or more recipients.\n", SkipBounce},
		{"postmaster bounce", "From: Postmaster <postmaster@lundtiles.test>\n" + to + "Subject: Undeliverable: Tiles stock\n",
			"Delivery has failed to these recipients.\n", SkipBounce},
		{"person's away reply", "From: Petra Lund <petra@lundtiles.test>\n" + to + "Subject: Automatic reply: Tiles stock\n",
			"I am out of the office until Monday with no access to email.\n", SkipAuto},
		{"person's thanks", "From: Petra Lund <petra@lundtiles.test>\n" + to + "Subject: Re: Tiles stock\n",
			"Thanks, all received.\n", SkipNoQuestions},
	})
}
