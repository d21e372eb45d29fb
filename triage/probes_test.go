package triage

import (
	"strings"
	"testing"
)

// The probes: for each failure category that recurred on two or more
// labelled sets written apart from the code (see testdata/PROBES.md),
// sentences written for this file, in other wording and other trades than
// any set, with the answer a careful labeller would give. A category is
// handled when its probes pass, not when the sentences that showed it do.
//
// Rows are scored as eval scores a set (see probeMatch), so an ask kept
// with a few words of context around it still counts, as it does there.
//
// A row marked open is a known gap: it is reported, and the test fails if
// it starts passing so that the mark is dropped and the figure stays true.

// probeMode says what a category's rows are checked on.
type probeMode int

const (
	probeAsks  probeMode = iota // the asks' texts
	probeKinds                  // "kind: text" of each ask
	probeSkip                   // want[0] is "skip" or "answer" for a whole message body
	probeReply                  // want[0] is the reply decision
)

type probeRow struct {
	text string
	want []string
	open bool
}

type probeCategory struct {
	id, name string
	mode     probeMode
	rows     []probeRow
}

func probeGot(e *Engine, mode probeMode, text string) []string {
	switch mode {
	case probeKinds:
		return askList(e, text)
	case probeSkip:
		msg := "From: Client <client@example.test>\r\nTo: Rep <rep@firm.example.com>\r\nSubject: Re: your email\r\n" +
			"Message-ID: <probe@example.test>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
			strings.ReplaceAll(text, "\n", "\r\n")
		if e.AnalyzeBytes([]byte(msg)).Skip {
			return []string{"skip"}
		}
		return []string{"answer"}
	case probeReply:
		return []string{string(e.ReadReply(text).Decision)}
	default:
		var got []string
		for _, q := range e.Questions(text) {
			got = append(got, q.Text)
		}
		return got
	}
}

// probeMatch scores a row as eval scores a labelled set: asks pair
// one-to-one at word Jaccard 0.5 or more (MatchQuestions), none extra or
// missed, and paired asks of the kinds mode have the wanted kind.
func probeMatch(mode probeMode, got, want []string) bool {
	if mode == probeSkip || mode == probeReply {
		return strings.Join(got, "|") == strings.Join(want, "|")
	}
	if len(got) != len(want) {
		return false
	}
	strip := func(l []string) (texts, kinds []string) {
		for _, s := range l {
			k, t, ok := strings.Cut(s, ": ")
			if mode != probeKinds || !ok {
				k, t = "", s
			}
			texts, kinds = append(texts, t), append(kinds, k)
		}
		return texts, kinds
	}
	gt, gk := strip(got)
	wt, wk := strip(want)
	pairs := MatchQuestions(gt, wt)
	for _, p := range pairs {
		if gk[p[0]] != wk[p[1]] {
			return false
		}
	}
	return len(pairs) == len(want)
}

// TestProbes runs every category and logs its figure (rows right / rows).
func TestProbes(t *testing.T) {
	e := New(DefaultConfig())
	for _, c := range probeCategories {
		t.Run(c.id, func(t *testing.T) {
			right := 0
			for _, r := range c.rows {
				got := probeGot(e, c.mode, r.text)
				ok := probeMatch(c.mode, got, r.want)
				if ok {
					right++
				}
				switch {
				case !ok && !r.open:
					t.Errorf("%s\n  text %q\n   got %q\n  want %q", c.name, r.text, got, r.want)
				case ok && r.open:
					t.Errorf("%s: open row now passes, drop its mark: %q", c.name, r.text)
				case !ok:
					t.Logf("open: %q got %q want %q", r.text, got, r.want)
				}
			}
			if len(c.rows) < 8 {
				t.Errorf("%s: %d rows, want at least 8", c.name, len(c.rows))
			}
			t.Logf("%s %s: %d/%d", c.id, c.name, right, len(c.rows))
		})
	}
}

func asks(s ...string) []string { return s }

var probeCategories = []probeCategory{
	{"F1", "two or more asks run together without punctuation", probeAsks, []probeRow{
		{"hi sam can you send the tenancy renewal for flat 2 also when does the gas safety cert run out",
			asks("can you send the tenancy renewal for flat 2", "when does the gas safety cert run out"), false},
		{"morning did the card refund for the broken kettle go through and can you email me the receipt",
			asks("did the card refund for the broken kettle go through", "can you email me the receipt"), false},
		{"quick one is the clinic open on boxing day also can we move the staff meeting to the 29th",
			asks("is the clinic open on boxing day", "can we move the staff meeting to the 29th"), false},
		{"hey do you still have the brochure files from last year can you send them to our new printer",
			asks("do you still have the brochure files from last year", "can you send them to our new printer"), false},
		{"has the pension provider been paid for november and whats the deadline for the december upload",
			asks("has the pension provider been paid for november", "whats the deadline for the december upload"), false},
		{"jen can u check the rota for next week also who is covering reception on friday",
			asks("can u check the rota for next week", "who is covering reception on friday"), true},
		{"do we need a new invoice for the charity or can i just resend the old one and when should it be paid by",
			asks("do we need a new invoice for the charity or can i just resend the old one", "when should it be paid by"), false},
		{"hi tara did the bakery order arrive ok plus can you add two extra trays for saturday",
			asks("did the bakery order arrive ok", "can you add two extra trays for saturday"), false},
	}},
	{"F2", "context glued to an ask in one sentence", probeAsks, []probeRow{
		{"Our dog groomer has put her prices up again, can you tell me if we can still claim her as a business cost?",
			asks("can you tell me if we can still claim her as a business cost?"), false},
		{"When will the new signage be installed - the landlord keeps asking me.",
			asks("When will the new signage be installed"), false},
		{"Can you resend the March invoice – our old one got lost in the office move.",
			asks("Can you resend the March invoice"), false},
		{"the back door alarm keeps going off at night, can u come and look at it tomorrow",
			asks("can u come and look at it tomorrow"), false},
		{"two of the drivers asked me about their holiday pay, could you tell me how much they have left?",
			asks("could you tell me how much they have left?"), false},
		{"Is the website going to be down on Sunday - we have a sale starting that morning.",
			asks("Is the website going to be down on Sunday"), false},
		{"see attached - can you sign this and send it back please, the bank wants it by noon",
			asks("can you sign this and send it back please"), false},
		{"the courier left the parcel at the wrong unit again, can you ring them and sort it out?",
			asks("can you ring them and sort it out?"), false},
	}},
	{"F3", "several asks sharing one request verb", probeAsks, []probeRow{
		{"Could you confirm the hire dates, send me the insurance form and tell me who collects the keys?",
			asks("Could you confirm the hire dates", "send me the insurance form", "tell me who collects the keys?"), false},
		{"Can you let me know the balance, email the last statement and tell me when the next payment is due?",
			asks("Can you let me know the balance", "email the last statement", "tell me when the next payment is due?"), false},
		{"Would you check the venue is booked, send the menu to the caterer and confirm the start time?",
			asks("Would you check the venue is booked", "send the menu to the caterer", "confirm the start time?"), true},
		{"Please tell me the reference number, confirm the amount and let me know who approved it.",
			asks("Please tell me the reference number", "confirm the amount", "let me know who approved it."), false},
		{"Is the boiler service booked, and would it be cheaper to do both flats on the same day?",
			asks("Is the boiler service booked", "would it be cheaper to do both flats on the same day?"), true},
		{"Can you tell me the filing date and send me a copy of the return?",
			asks("Can you tell me the filing date", "send me a copy of the return?"), false},
		{"Could you confirm you received the deposit, tell me the balance and let me know when the keys are ready?",
			asks("Could you confirm you received the deposit", "tell me the balance", "let me know when the keys are ready?"), false},
		{"Can you review the lease and let me know what you think?",
			asks("Can you review the lease and let me know what you think?"), false},
	}},
	{"F4", "a question or request without a question mark", probeAsks, []probeRow{
		{"did the vet invoice for october get paid", asks("did the vet invoice for october get paid"), false},
		{"when is the next fire drill", asks("when is the next fire drill"), false},
		{"who do i ask about the parking permit for the new van", asks("who do i ask about the parking permit for the new van"), false},
		{"can you move our meeting to wednesday at 3", asks("can you move our meeting to wednesday at 3"), false},
		{"whats the login for the supplier portal again", asks("whats the login for the supplier portal again"), false},
		{"is that even legal", asks("is that even legal"), false},
		{"what does that mean for us", asks("what does that mean for us"), false},
		{"can u forward it to my business partner", asks("can u forward it to my business partner"), false},
	}},
	{"F5", "a second ask with its subject dropped", probeAsks, []probeRow{
		{"Could you send me the stock count for the shop?\nAnd draft a note to the landlord for me to sign.",
			asks("Could you send me the stock count for the shop?", "And draft a note to the landlord for me to sign."), false},
		{"Can you look at the draft agenda. Also print twenty copies for Thursday?",
			asks("Can you look at the draft agenda.", "Also print twenty copies for Thursday?"), false},
		{"Can you book the van for Friday?\nwork out the mileage for the three drivers too?",
			asks("Can you book the van for Friday?", "work out the mileage for the three drivers too?"), false},
		{"Can you find out if the landlord has signed. And if not send him a reminder?",
			asks("Can you find out if the landlord has signed.", "And if not send him a reminder?"), false},
		{"Could you add the new menu to the website?\nupdate the opening hours too?",
			asks("Could you add the new menu to the website?", "update the opening hours too?"), false},
		{"Please send me the signed contract. Then book the van for the 9th?",
			asks("Please send me the signed contract.", "Then book the van for the 9th?"), false},
		{"Can you renew our alarm contract? And roughly how long the install takes?",
			asks("Can you renew our alarm contract?", "And roughly how long the install takes?"), false},
		{"Could you send the new price list. plus draft a note to the stockists for me to send?",
			asks("Could you send the new price list.", "plus draft a note to the stockists for me to send?"), false},
	}},
	{"F6", "a request put as a wish, need or thanks without a request verb", probeAsks, []probeRow{
		{"We'd like you to design a loyalty card for the café, with our new logo on the front.",
			asks("We'd like you to design a loyalty card for the café, with our new logo on the front."), false},
		{"We need a new cleaning rota drawn up for the three sites.",
			asks("We need a new cleaning rota drawn up for the three sites."), false},
		{"I would be grateful if you could prepare a letter to the council objecting to the parking charge.",
			asks("I would be grateful if you could prepare a letter to the council objecting to the parking charge."), false},
		{"It would be really useful if you could set up automatic reminders for unpaid invoices.",
			asks("It would be really useful if you could set up automatic reminders for unpaid invoices."), false},
		{"I'm hoping you can sort out a better way of logging the delivery notes.",
			asks("I'm hoping you can sort out a better way of logging the delivery notes."), false},
		{"We'd also love a short welcome video for the members' page.",
			asks("We'd also love a short welcome video for the members' page."), false},
		{"I'd appreciate it if you could draw up a contract for our new delivery driver.",
			asks("I'd appreciate it if you could draw up a contract for our new delivery driver."), false},
		{"We want the spare room at the depot turned into a second office before March.",
			asks("We want the spare room at the depot turned into a second office before March."), false},
	}},
	{"F7", "an indirect question by wonder, like to know or love to know", probeAsks, []probeRow{
		{"I wonder whether the rules on charging for parking changed this year.",
			asks("I wonder whether the rules on charging for parking changed this year."), false},
		{"I also wondered whether you got the signed forms I posted.",
			asks("I also wondered whether you got the signed forms I posted."), false},
		{"I'd love to know whether landlords usually pay for that kind of repair",
			asks("I'd love to know whether landlords usually pay for that kind of repair"), false},
		{"I'd like to understand roughly how long a planning appeal takes.",
			asks("I'd like to understand roughly how long a planning appeal takes."), false},
		{"We were wondering if the stall fee includes electricity.",
			asks("We were wondering if the stall fee includes electricity."), false},
		{"I'm curious whether the new supplier has sent their bank details yet.",
			asks("I'm curious whether the new supplier has sent their bank details yet."), false},
		{"I wondered whether you'd have time to redo the price list before the fair.",
			asks("I wondered whether you'd have time to redo the price list before the fair."), false},
		{"It would be good to know if the grant money has arrived.",
			asks("It would be good to know if the grant money has arrived."), false},
	}},
	{"F8", "a non-English request frame", probeAsks, []probeRow{
		{"Außerdem bräuchte ich eine Liste aller offenen Rechnungen.",
			asks("Außerdem bräuchte ich eine Liste aller offenen Rechnungen."), false},
		{"Ich möchte, dass Sie die Lohnabrechnung für Dezember prüfen.",
			asks("Ich möchte, dass Sie die Lohnabrechnung für Dezember prüfen."), false},
		{"J'aurais besoin que vous prépariez le bilan pour la banque.",
			asks("J'aurais besoin que vous prépariez le bilan pour la banque."), false},
		{"Je voudrais que vous mettiez à jour notre site avant les soldes.",
			asks("Je voudrais que vous mettiez à jour notre site avant les soldes."), false},
		{"Le chiederei di preparare il contratto per il nuovo magazziniere.",
			asks("Le chiederei di preparare il contratto per il nuovo magazziniere."), false},
		{"Vorremmo aggiungere una pagina con il listino prezzi.",
			asks("Vorremmo aggiungere una pagina con il listino prezzi."), false},
		{"Preciso que prepare a declaração da minha mãe.",
			asks("Preciso que prepare a declaração da minha mãe."), false},
		{"Necesitaría que revisaras las facturas del proveedor.",
			asks("Necesitaría que revisaras las facturas del proveedor."), false},
	}},
	{"F9", "items of a list under a request lead", probeAsks, []probeRow{
		{"Could you send me:\n- the signed lease\n- the deposit receipt",
			asks("the signed lease", "the deposit receipt"), false},
		{"Before Friday I need:\n1. the payroll summary\n2. the pension report\n3. the holiday balances",
			asks("the payroll summary", "the pension report", "the holiday balances"), false},
		{"Can you let me have the following?\n* last year's accounts\n* the VAT certificate",
			asks("last year's accounts", "the VAT certificate"), false},
		{"Please send over:\n- the floor plans\n- the fire risk assessment",
			asks("the floor plans", "the fire risk assessment"), false},
		{"We still need from you:\n- the insurance schedule\n- your bank details",
			asks("the insurance schedule", "your bank details"), false},
		{"Could you email me these by Monday:\n- the staff list\n- the training log",
			asks("the staff list", "the training log"), false},
		{"Things I need for the mortgage:\n- two years of accounts\n- an accountant's letter",
			asks("two years of accounts", "an accountant's letter"), false},
		{"Could you also bring:\n- the meter readings\n- the spare keys",
			asks("the meter readings", "the spare keys"), false},
	}},
	{"F10", "a rhetorical question taken as an ask", probeAsks, []probeRow{
		{"Why does every courier lose our parcels?", nil, true},
		{"Honestly, who writes these council forms?", nil, false},
		{"How hard can it be to answer a phone?", nil, false},
		{"Is it just me, or do these renewals always land at Christmas?", nil, false},
		{"What would we do without our volunteers!", nil, false},
		{"Who has time to read all the small print anyway, right?", nil, false},
		{"How many times do I have to send the same form?", nil, false},
		{"Why didn't we switch suppliers years ago?!", nil, false},
	}},
	{"F11", "an answer or go-ahead to the firm's question taken as an ask", probeAsks, []probeRow{
		{"Tuesday afternoon works, any time after 2.", nil, false},
		{"Yes, the same colours as last time please.", nil, false},
		{"Same login details as the rest of the team, please.", nil, true},
		{"Any weekday except Monday.", nil, false},
		{"OK go ahead and submit it.", nil, false},
		{"The trustees met last night and would like to go ahead.", nil, false},
		{"Following our chat, we'd like to go ahead with the refit.", nil, false},
		{"BY THE FRONT GATE PLEASE.", nil, true},
	}},
	{"F12", "the client's own need or purpose after an ask", probeAsks, []probeRow{
		{"Could you send the gas certificate? I need it for the letting agent.",
			asks("Could you send the gas certificate?"), false},
		{"What is our VAT number? I need it for a grant application.",
			asks("What is our VAT number?"), false},
		{"When will the revised plans be ready? We'd like to see them before the site meeting.",
			asks("When will the revised plans be ready?"), false},
		{"Has the pension been set up for Ali? No rush, I just want to know where we are.",
			asks("Has the pension been set up for Ali?"), false},
		{"Is the stock valuation done? I'd like to know before we sign the lease.",
			asks("Is the stock valuation done?"), false},
		{"Can you confirm the payroll date? Need to know whether to tell the staff.",
			asks("Can you confirm the payroll date?"), true},
		{"What's the total owed to the landlord? I need the figure for the board.",
			asks("What's the total owed to the landlord?"), false},
		{"Did the grant money arrive? We need it for the roof repair.",
			asks("Did the grant money arrive?"), false},
	}},
	{"F13", "a question quoted from the firm's own mail", probeAsks, []probeRow{
		{"You asked \"has the boiler been serviced this year?\" - yes, in October.", nil, false},
		{"Your email asked \"are the invoices for March attached?\" They are now.", nil, false},
		{"Re your question \"do you still have the old lease?\" - I'll look tonight.", nil, false},
		{"About \"who signs for the company?\": that's me.", nil, false},
		{"In answer to \"is the van used privately?\" no, never.", nil, false},
		{"You wrote \"can you send the bank letter?\" - attached.", nil, false},
		{"On \"did the stock count happen?\": yes, last Friday.", nil, false},
		{"Your note asked \"is the shop open on Sundays?\", it is from March.", nil, false},
	}},
	{"F14", "a signature, footer or contact line taken as an ask", probeAsks, []probeRow{
		{"Please think before you print this email.", nil, false},
		{"Follow us on Facebook @rosebakery.test", nil, false},
		{"Join our mailing list for 15% off your next visit!", nil, false},
		{"Please excuse any typos.", nil, false},
		{"If it's quicker to talk, call me on 07700 900 456.", nil, false},
		{"Please consider the environment before printing.", nil, false},
		{"Sent from my iPad, please forgive the brevity.", nil, false},
		{"For urgent matters please contact the office on 01632 960 111.", nil, false},
	}},
	{"F15", "background or a third party's ask reported as an ask", probeAsks, []probeRow{
		{"Two of the drivers have asked about working a four-day week.", nil, false},
		{"Our staff keep asking what the rules are on working from abroad.", nil, false},
		{"I was wondering about the bill you sent last week.", nil, false},
		{"The trustees met on Monday.", nil, false},
		{"Haven't had the monthly statement for a while.", nil, false},
		{"Please don't worry about the Smith order, I've sorted it myself.", nil, false},
		{"I think we have more desks than we need since the move.", nil, false},
		{"My partner has asked whether she can join the business next year.", nil, false},
	}},
	{"F16", "an out-of-office without the automatic headers", probeSkip, []probeRow{
		{"Hello,\n\nI am out of the office until 4 January with no access to email. For anything urgent please contact Mark on 01632 960 222.\n\nRegards\nJane", asks("skip"), false},
		{"Thank you for your email. I'm on annual leave until Monday 12th and will reply when I'm back. If it's about a booking, could you call the front desk instead?", asks("skip"), false},
		{"I'm currently away and won't be checking email, so please bear with me and I'll get back to you as soon as I can.", asks("skip"), false},
		{"Ik ben afwezig tot 6 januari. Voor dringende zaken kunt u contact opnemen met mijn collega via info@bakker.test.", asks("skip"), false},
		{"Je suis absente jusqu'au 3 janvier. En cas d'urgence, contactez Paul au 01 23 45 67 89.", asks("skip"), false},
		{"Ich bin bis zum 8. Januar nicht im Büro. In dringenden Fällen wenden Sie sich bitte an Frau Berg.", asks("skip"), false},
		{"I'm away until Monday, but can you send me the draft lease so I can read it on the train?", asks("answer"), false},
		{"Out of office: back on the 5th. Urgent queries to reception@clinic.test please.", asks("skip"), true},
	}},
	{"K1", "checking what a rule allows is research (paid)", probeKinds, []probeRow{
		{"Can you check whether we qualify for the small business rate relief now that we've moved?",
			asks("paid: Can you check whether we qualify for the small business rate relief now that we've moved?"), false},
		{"Could you check whether Mia is entitled to statutory sick pay, given she only started last month?",
			asks("paid: Could you check whether Mia is entitled to statutory sick pay, given she only started last month?"), false},
		{"Does our insurance cover stock damaged in a power cut?",
			asks("paid: Does our insurance cover stock damaged in a power cut?"), false},
		{"Are we allowed to charge the cancellation fee under the terms we signed with them?",
			asks("paid: Are we allowed to charge the cancellation fee under the terms we signed with them?"), false},
		{"Could you check whether storing patient photos on our phones is compliant with the data rules?",
			asks("paid: Could you check whether storing patient photos on our phones is compliant with the data rules?"), false},
		{"Do we need planning permission for a shed at the back of the shop?",
			asks("paid: Do we need planning permission for a shed at the back of the shop?"), false},
		{"Is it OK for our designer to work from Spain for two months while she visits family?",
			asks("paid: Is it OK for our designer to work from Spain for two months while she visits family?"), true},
		{"Can you find out if the team lunch counts as an allowable expense if clients come too?",
			asks("paid: Can you find out if the team lunch counts as an allowable expense if clients come too?"), false},
	}},
	{"K2", "advice on a choice is paid", probeKinds, []probeRow{
		{"Should we lease the new oven or buy it outright, given our cash flow?",
			asks("paid: Should we lease the new oven or buy it outright, given our cash flow?"), false},
		{"Is it worth us switching to the flat rate scheme?",
			asks("paid: Is it worth us switching to the flat rate scheme?"), false},
		{"Could you work out whether it's better to pay myself a salary or dividends next year?",
			asks("paid: Could you work out whether it's better to pay myself a salary or dividends next year?"), false},
		{"Which of the three pension schemes would suit our staff best?",
			asks("paid: Which of the three pension schemes would suit our staff best?"), true},
		{"Could you have a think about whether we should incorporate this year?",
			asks("paid: Could you have a think about whether we should incorporate this year?"), false},
		{"How much can I pay into my pension this year without losing the tax relief?",
			asks("paid: How much can I pay into my pension this year without losing the tax relief?"), false},
		{"Can you compare the two van finance deals so we can see which costs less overall?",
			asks("paid: Can you compare the two van finance deals so we can see which costs less overall?"), false},
		{"Would it make more sense to close the second shop or sublet it?",
			asks("paid: Would it make more sense to close the second shop or sublet it?"), false},
	}},
	{"K3", "a yes/no fact about a known rule is quick", probeKinds, []probeRow{
		{"We don't charge VAT on children's clothes, right?",
			asks("quick: We don't charge VAT on children's clothes, right?"), false},
		{"Can you confirm whether the new printer counts as equipment for the allowance?",
			asks("quick: Can you confirm whether the new printer counts as equipment for the allowance?"), true},
		{"Is the mileage rate still 45p a mile?",
			asks("quick: Is the mileage rate still 45p a mile?"), false},
		{"Does the new starter need a P45 from her last job?",
			asks("quick: Does the new starter need a P45 from her last job?"), false},
		{"Is the filing deadline still the end of January?",
			asks("quick: Is the filing deadline still the end of January?"), false},
		{"Does that need a new contract, or is it just a payroll change?",
			asks("quick: Does that need a new contract, or is it just a payroll change?"), false},
		{"What counts as a working day for the notice period?",
			asks("quick: What counts as a working day for the notice period?"), true},
		{"Is the trade show ticket a business expense?",
			asks("quick: Is the trade show ticket a business expense?"), false},
	}},
	{"K4", "a status, fact or scheduling ask that names a big piece of work is quick", probeKinds, []probeRow{
		{"Have you had a chance to look at the employee handbook I sent?",
			asks("quick: Have you had a chance to look at the employee handbook I sent?"), false},
		{"Is the new website design ready for us to see yet?",
			asks("quick: Is the new website design ready for us to see yet?"), false},
		{"Can you check whether the annual accounts were filed last week?",
			asks("quick: Can you check whether the annual accounts were filed last week?"), false},
		{"Would Monday at 2 work for going through the budget?",
			asks("quick: Would Monday at 2 work for going through the budget?"), false},
		{"Did you ever hear back about the tax investigation?",
			asks("quick: Did you ever hear back about the tax investigation?"), false},
		{"What's the name of the backup service you set up for us?",
			asks("quick: What's the name of the backup service you set up for us?"), false},
		{"Is the marketing budget still set at $900 a month?",
			asks("quick: Is the marketing budget still set at $900 a month?"), false},
		{"Will the rebrand affect our invoice templates?",
			asks("quick: Will the rebrand affect our invoice templates?"), false},
	}},
	{"K5", "a small admin or account change is quick", probeKinds, []probeRow{
		{"Can you add Sara Lind to the portal with read-only access?",
			asks("quick: Can you add Sara Lind to the portal with read-only access?"), false},
		{"Please remove Tom Beck from the payroll, he left on Friday.",
			asks("quick: Please remove Tom Beck from the payroll, he left on Friday."), true},
		{"Could you reset the password for the shared bookings account?",
			asks("quick: Could you reset the password for the shared bookings account?"), false},
		{"Can you change the address my invoices are sent to?",
			asks("quick: Can you change the address my invoices are sent to?"), false},
		{"Could you set up our new apprentice, starting on 6 January?",
			asks("quick: Could you set up our new apprentice, starting on 6 January?"), false},
		{"Can you stop the pension deduction for Leo from this month?",
			asks("quick: Can you stop the pension deduction for Leo from this month?"), false},
		{"Could you raise a credit note for the returned chairs?",
			asks("quick: Could you raise a credit note for the returned chairs?"), false},
		{"Can you chase Parkside Dental for the £1,200 they still owe?",
			asks("quick: Can you chase Parkside Dental for the £1,200 they still owe?"), false},
	}},
	{"K6", "a small edit to an existing piece is quick", probeKinds, []probeRow{
		{"Can you make the title on the menu a bit shorter?",
			asks("quick: Can you make the title on the menu a bit shorter?"), false},
		{"Could you change the date on the poster to the 14th?",
			asks("quick: Could you change the date on the poster to the 14th?"), false},
		{"Could you just check the spelling of my name on the certificate?",
			asks("quick: Could you just check the spelling of my name on the certificate?"), false},
		{"Can you fix the typo in the second paragraph and send it back?",
			asks("quick: Can you fix the typo in the second paragraph and send it back?"), false},
		{"Can you swap the phone number on the flyer for the new one?",
			asks("quick: Can you swap the phone number on the flyer for the new one?"), false},
		{"Could you correct the amount on the invoice and resend it?",
			asks("quick: Could you correct the amount on the invoice and resend it?"), false},
		{"Can you do square corners on the business cards instead?",
			asks("quick: Can you do square corners on the business cards instead?"), true},
		{"Could you just review the total on the receipt you sent?",
			asks("quick: Could you just review the total on the receipt you sent?"), false},
	}},
	{"K7", "logistics (reserve, deliver, hold) is quick", probeKinds, []probeRow{
		{"Could you hold three of the oak tables for us until Monday?",
			asks("quick: Could you hold three of the oak tables for us until Monday?"), false},
		{"Can you deliver on a Sunday morning?",
			asks("quick: Can you deliver on a Sunday morning?"), false},
		{"Could you reserve 20 boxes of the blue tiles for us?",
			asks("quick: Could you reserve 20 boxes of the blue tiles for us?"), false},
		{"Can you send the next order to our unit on Dock Street instead?",
			asks("quick: Can you send the next order to our unit on Dock Street instead?"), false},
		{"If the paint is still in stock next week, could you put aside ten tins for us?",
			asks("quick: If the paint is still in stock next week, could you put aside ten tins for us?"), false},
		{"Could you bring the signed forms to the meeting?",
			asks("quick: Could you bring the signed forms to the meeting?"), false},
		{"Can the delivery come before 9 so the shop isn't open yet?",
			asks("quick: Can the delivery come before 9 so the shop isn't open yet?"), false},
		{"Can you ship the replacement part to my home address?",
			asks("quick: Can you ship the replacement part to my home address?"), false},
	}},
	{"K8", "changes to drawings, photos or copy are paid", probeKinds, []probeRow{
		{"Could you move the utility room to the back of the house on the plans?",
			asks("paid: Could you move the utility room to the back of the house on the plans?"), false},
		{"Can you redraw the garden layout with the patio on the left?",
			asks("paid: Can you redraw the garden layout with the patio on the left?"), false},
		{"Could you re-edit the wedding photos with a softer tone?",
			asks("paid: Could you re-edit the wedding photos with a softer tone?"), false},
		{"Would it be possible to rewrite the About page so it talks about our new services?",
			asks("paid: Would it be possible to rewrite the About page so it talks about our new services?"), false},
		{"Can you update the drawings to show the new side window?",
			asks("paid: Can you update the drawings to show the new side window?"), false},
		{"Could you retouch the product shots so the labels are readable?",
			asks("paid: Could you retouch the product shots so the labels are readable?"), false},
		{"Can we get the banner redesigned with the autumn colours and a bigger logo?",
			asks("paid: Can we get the banner redesigned with the autumn colours and a bigger logo?"), false},
		{"Could you also take some close-up shots of the staff at work for the brochure?",
			asks("paid: Could you also take some close-up shots of the staff at work for the brochure?"), false},
	}},
	{"K9", "sending someone out is paid", probeKinds, []probeRow{
		{"Can you send a technician out to the freezer in the back kitchen?",
			asks("paid: Can you send a technician out to the freezer in the back kitchen?"), false},
		{"Could someone come round this afternoon to look at the leak?",
			asks("paid: Could someone come round this afternoon to look at the leak?"), false},
		{"Can one of your team come out and measure up the windows?",
			asks("paid: Can one of your team come out and measure up the windows?"), false},
		{"Could you do a site visit at the new unit before we sign?",
			asks("paid: Could you do a site visit at the new unit before we sign?"), false},
		{"Could you carry out the yearly safety inspection at the warehouse and send a report?",
			asks("paid: Could you carry out the yearly safety inspection at the warehouse and send a report?"), false},
		{"Can someone pop over and have a look at the till?",
			asks("paid: Can someone pop over and have a look at the till?"), false},
		{"Could you send an electrician round to check the sockets in the studio?",
			asks("paid: Could you send an electrician round to check the sockets in the studio?"), false},
		{"can u come and look at the boiler this week",
			asks("paid: can u come and look at the boiler this week"), false},
	}},
	{"K10", "review-and-advise work asked with light verbs is paid", probeKinds, []probeRow{
		{"Could you look over the supplier contract and tidy up anything risky?",
			asks("paid: Could you look over the supplier contract and tidy up anything risky?"), false},
		{"Can you go through our receipts for the year and pull out anything personal?",
			asks("paid: Can you go through our receipts for the year and pull out anything personal?"), false},
		{"Could you read the tenancy agreement and tell me if anything is unusual?",
			asks("paid: Could you read the tenancy agreement and tell me if anything is unusual?"), false},
		{"Can you look at why the booking page is so slow and fix it?",
			asks("paid: Can you look at why the booking page is so slow and fix it?"), false},
		{"Could you review the franchise agreement and advise which terms we should push back on?",
			asks("paid: Could you review the franchise agreement and advise which terms we should push back on?"), false},
		{"Can you go through the three quotes and tell us which one is the best value?",
			asks("paid: Can you go through the three quotes and tell us which one is the best value?"), false},
		{"Could you take a look at our price list and suggest where we could raise prices?",
			asks("paid: Could you take a look at our price list and suggest where we could raise prices?"), false},
		{"Can you look at this letter and tell me if we need to reply?",
			asks("quick: Can you look at this letter and tell me if we need to reply?"), false},
	}},
	{"K11", "a document or plan to produce is paid", probeKinds, []probeRow{
		{"Could you put together a cash flow forecast for the next six months?",
			asks("paid: Could you put together a cash flow forecast for the next six months?"), false},
		{"Can you send over a posting schedule for January to March?",
			asks("paid: Can you send over a posting schedule for January to March?"), true},
		{"can you draft the disciplinary letter for me",
			asks("paid: can you draft the disciplinary letter for me"), false},
		{"Would you have time to write the safety policy for us?",
			asks("paid: Would you have time to write the safety policy for us?"), false},
		{"Can you explain the changes in a short note I can give the staff?",
			asks("paid: Can you explain the changes in a short note I can give the staff?"), false},
		{"Could you draw up a marketing plan for the spring launch?",
			asks("paid: Could you draw up a marketing plan for the spring launch?"), false},
		{"Can you model the two pricing options so we can compare them?",
			asks("paid: Can you model the two pricing options so we can compare them?"), false},
		{"Could you prepare a short report on our staff turnover this year?",
			asks("paid: Could you prepare a short report on our staff turnover this year?"), false},
	}},
	{"K12", "production work asked in another language is paid", probeKinds, []probeRow{
		{"Kunt u de jaarrekening voor ons opstellen?",
			asks("paid: Kunt u de jaarrekening voor ons opstellen?"), false},
		{"Könnten Sie für uns berechnen, ob sich ein Firmenwagen lohnt?",
			asks("paid: Könnten Sie für uns berechnen, ob sich ein Firmenwagen lohnt?"), false},
		{"Potrebbe verificare se abbiamo diritto al bonus per i macchinari nuovi?",
			asks("paid: Potrebbe verificare se abbiamo diritto al bonus per i macchinari nuovi?"), false},
		{"Kun je een nieuw ontwerp maken voor de folder?",
			asks("paid: Kun je een nieuw ontwerp maken voor de folder?"), false},
		{"Pourriez-vous rédiger les statuts de la nouvelle société ?",
			asks("paid: Pourriez-vous rédiger les statuts de la nouvelle société ?"), false},
		{"¿Podrías preparar la declaración de la renta de mi padre?",
			asks("paid: ¿Podrías preparar la declaración de la renta de mi padre?"), false},
		{"Pode preparar o plano de negócios para o banco?",
			asks("paid: Pode preparar o plano de negócios para o banco?"), false},
		{"Kun je de ritten van de bestelbus verwerken in de boekhouding?",
			asks("paid: Kun je de ritten van de bestelbus verwerken in de boekhouding?"), false},
	}},
	{"K13", "asking the price is quick", probeKinds, []probeRow{
		{"I'd like to know roughly how much the payroll setup will cost.",
			asks("quick: I'd like to know roughly how much the payroll setup will cost."), false},
		{"We would like to know what your fees will be for the valuation.",
			asks("quick: We would like to know what your fees will be for the valuation."), false},
		{"How much extra is the premium plan per month?",
			asks("quick: How much extra is the premium plan per month?"), false},
		{"What would you charge to redesign the logo?",
			asks("quick: What would you charge to redesign the logo?"), false},
		{"Roughly what would the audit cost this year?",
			asks("quick: Roughly what would the audit cost this year?"), false},
		{"Can you give me a rough price for the kitchen plans?",
			asks("quick: Can you give me a rough price for the kitchen plans?"), false},
		{"What's your day rate for site visits?",
			asks("quick: What's your day rate for site visits?"), false},
		// The price in the present tense, off the firm's list.
		{"What does an energy survey usually cost?",
			asks("quick: What does an energy survey usually cost?"), false},
		{"What does a full service of the boiler cost?",
			asks("quick: What does a full service of the boiler cost?"), false},
		{"Roughly what does a probate valuation cost?",
			asks("quick: Roughly what does a probate valuation cost?"), false},
		{"Could you let me know what a chimney sweep costs?",
			asks("quick: Could you let me know what a chimney sweep costs?"), false},
		{"What do the annual accounts for a dormant company cost?",
			asks("quick: What do the annual accounts for a dormant company cost?"), false},
		{"Is there a bigger storage plan, and how much is it?",
			asks("quick: Is there a bigger storage plan", "quick: how much is it?"), true},
	}},
	{"K14", "more work added to an existing job is paid", probeKinds, []probeRow{
		{"Can you also add my rental income to this year's return?",
			asks("paid: Can you also add my rental income to this year's return?"), false},
		{"Could you also correct the last two payslips for Nina?",
			asks("paid: Could you also correct the last two payslips for Nina?"), false},
		{"We also need the staff handbook rewritten for the new shifts.",
			asks("paid: We also need the staff handbook rewritten for the new shifts."), false},
		{"Could you also include the Irish branch in the accounts?",
			asks("paid: Could you also include the Irish branch in the accounts?"), false},
		{"Can you also redo last year's VAT returns with the corrected figures?",
			asks("paid: Can you also redo last year's VAT returns with the corrected figures?"), false},
		{"Could you also add a French version of the booking page?",
			asks("paid: Could you also add a French version of the booking page?"), false},
		{"Can you also update the brochure with the new prices and photos?",
			asks("paid: Can you also update the brochure with the new prices and photos?"), false},
		{"Could you also set up the payroll for our second shop?",
			asks("paid: Could you also set up the payroll for our second shop?"), false},
	}},
	{"R1", "acceptance by a short cue", probeReply, []probeRow{
		{"Yes please.", asks("accepted"), false},
		{"Yep, fine by me.", asks("accepted"), false},
		{"Sounds good, thanks.", asks("accepted"), false},
		{"That's fine by us.", asks("accepted"), false},
		{"Ja, gerne.", asks("accepted"), false},
		{"Va bene, grazie.", asks("accepted"), false},
		{"Yes - next week if you can.", asks("accepted"), false},
		{"Perfect, thanks. Do it.", asks("accepted"), false},
	}},
	{"R2", "a soft decline without a decline word", probeReply, []probeRow{
		{"Thanks, let's look at this again after the summer.", asks("declined"), false},
		{"That's more than I'd hoped. I don't think we can stretch to it right now.", asks("declined"), false},
		{"Actually forget it, my brother-in-law says he'll do it.", asks("declined"), false},
		{"There's no budget left this year for it, so I'll pass.", asks("declined"), false},
		{"Thanks, we'll leave it for now, our bookkeeper will handle it.", asks("declined"), false},
		{"We'll do it ourselves this time.", asks("declined"), false},
		{"I think we'll manage in house, thanks anyway.", asks("declined"), false},
		{"Too steep for us I'm afraid.", asks("declined"), false},
	}},
	{"R3", "acceptance with a follow-up question or request", probeReply, []probeRow{
		{"Great, go ahead. When can you start?", asks("accepted"), false},
		{"Yes please. Anything else you need from me first?", asks("accepted"), false},
		{"Happy with that. Can you invoice the company rather than me?", asks("accepted"), false},
		{"Fine, do it. Also, could you check the March payslips while you're in there?", asks("accepted"), false},
		{"Yes, go ahead. Will you need the login?", asks("accepted"), false},
		{"OK, please go ahead - can you send the invoice to accounts@shop.test?", asks("accepted"), false},
		{"That works, please proceed. Do you want the files by email?", asks("accepted"), false},
		{"Sounds good, go for it. How long will it take?", asks("accepted"), false},
	}},
	{"R4", "an indignant price question beside a refusal", probeReply, []probeRow{
		{"£400 for that?? No thanks.", asks("declined"), false},
		{"$300 to change a phone number? Not a chance.", asks("declined"), false},
		{"You want to charge me for fixing your own mistake? No, leave it.", asks("declined"), false},
		{"Three hours for a letter? We'll pass.", asks("declined"), false},
		{"Seriously, £150 to resend a file? I'll do it myself.", asks("declined"), false},
		{"Are you joking? €500 for a form? No.", asks("declined"), false},
		{"Why would I pay for your software's error? Forget it.", asks("declined"), true},
		{"$90 an hour to move a picture?! Don't bother, thanks.", asks("declined"), false},
	}},
	{"R5", "a decline by condition or deferral", probeReply, []probeRow{
		{"Not right now, thanks.", asks("declined"), false},
		{"We'll manage without it for this year.", asks("declined"), false},
		{"Go ahead once the grant comes through, not before.", asks("unclear"), false},
		{"Please don't start on it yet, we'll come back to you.", asks("declined"), true},
		{"Not this quarter, maybe next year.", asks("declined"), true},
		{"Let's hold off for now.", asks("declined"), false},
		{"We'll skip it this time.", asks("declined"), false},
		{"Let's park it until after the move.", asks("declined"), false},
	}},
}

// TestProbeRules: rows where the rules added for the probes must not fire
// (shapes_recurring.go, words_kind_edits.go), written for this test.
func TestProbeRules(t *testing.T) {
	t.Run("a need naming a new thing still asks", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"the thing is named", "I need the P60 for my mortgage broker.", []string{"I need the P60 for my mortgage broker."}},
			{"a plural thing is named", "We need the floor plans for the planning meeting.", []string{"We need the floor plans for the planning meeting."}},
			{"a purpose after the ask is no ask", "Can you send the lease? We need it to show the bank.", []string{"Can you send the lease?"}},
		})
	})
	t.Run("a job and the copy of its result stay one ask", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"draft then send me", "Can you draft the letter and send me a copy?", []string{"Can you draft the letter and send me a copy?"}},
			{"review then email", "Could you review the contract and email me your comments?", []string{"Could you review the contract and email me your comments?"}},
			{"a fact then a copy", "Could you tell me the due date and send me the form?", []string{"Could you tell me the due date", "send me the form?"}},
		})
	})
	t.Run("edits to a whole piece stay paid", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"the figures of a forecast", "Could you update the figures in the cash flow forecast?",
				[]string{"paid: Could you update the figures in the cash flow forecast?"}},
			{"a redesign", "Can you redesign the menu with the new dishes?",
				[]string{"paid: Can you redesign the menu with the new dishes?"}},
			{"one element", "Could you fix the date on the invitation?",
				[]string{"quick: Could you fix the date on the invitation?"}},
		})
	})
	t.Run("footers and redirects", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"an urgent ask put to the firm", "If it's urgent, can you ring me on my mobile?", []string{"If it's urgent, can you ring me on my mobile?"}},
			{"printing a job before", "Can you check the proof before you print the flyers?", []string{"Can you check the proof before you print the flyers?"}},
			{"a redirect in a footer", "In an emergency please phone the site manager on 07700 900 999.", nil},
		})
	})
	t.Run("texting-style context before a comma", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"a statement then the ask", "the card machine at the front till stopped working again today, can you send us a new one",
				[]string{"can you send us a new one"}},
			{"a short opening stays", "i thought you had it already, can you check",
				[]string{"i thought you had it already, can you check"}},
		})
	})
	t.Run("the firm's name before the ask", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"a name then can u", "mo could you send the gas cert to the agent", []string{"could you send the gas cert to the agent"}},
			{"a wh-word belongs to the ask", "why can you not send the cert to the agent?", []string{"why can you not send the cert to the agent?"}},
		})
	})
	t.Run("a line pointing at the list below", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"a question pointing below", "Could you send me the documents below?\n- the lease\n- the inventory",
				[]string{"the lease", "the inventory"}},
			{"a report pointing at its list", "We have already posted the following.\n- the lease\n- the inventory", nil},
		})
	})
	t.Run("wondering", func(t *testing.T) {
		runShapeTexts(t, []shapeCase{
			{"why vents", "I wonder why they bother sending these letters.", nil},
			{"curious whether asks", "I'm curious whether the landlord replied.", []string{"I'm curious whether the landlord replied."}},
		})
	})
	t.Run("working a cost out is no price question", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"work out what it will cost", "Could you work out how much the new van will cost us over five years?",
				[]string{"paid: Could you work out how much the new van will cost us over five years?"}},
			{"model the cost", "Can you calculate what the extra shift would cost us per month?",
				[]string{"paid: Can you calculate what the extra shift would cost us per month?"}},
		})
	})
	t.Run("worth and best that weigh no options", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"best wishes", "Could you send the signed copy to Dana, with my best wishes?",
				[]string{"quick: Could you send the signed copy to Dana, with my best wishes?"}},
			{"a time that suits", "Which day would suit you best for the call?",
				[]string{"quick: Which day would suit you best for the call?"}},
		})
	})
	t.Run("money put aside is no goods held", func(t *testing.T) {
		runShapeCases(t, []shapeCase{
			{"tax to put aside", "Could you work out how much we should put aside for VAT each month?",
				[]string{"paid: Could you work out how much we should put aside for VAT each month?"}},
			{"goods put aside", "Could you put aside two of the blue lamps for me?",
				[]string{"quick: Could you put aside two of the blue lamps for me?"}},
		})
	})
}
