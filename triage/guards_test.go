package triage

import (
	"fmt"
	"sort"
	"testing"
)

// guardRow is one sentence carrying a rule's trigger words or shape.
// fire rows are ones the rule is for (a check that it still works); the
// rest are guards, where a careful labeller gives a different answer
// than the rule pushes towards. want: "quick" or "paid" (one ask of that
// kind), "none" (no ask), or "2" (two asks).
type guardRow struct {
	rule, text, want string
	fire             bool
}

// guardOutcome reads the engine's answer in the row's terms.
func guardOutcome(e *Engine, text string) string {
	qs := e.Questions(text)
	switch len(qs) {
	case 0:
		return "none"
	case 1:
		return string(qs[0].Kind)
	default:
		return fmt.Sprint(len(qs))
	}
}

// TestGuards: the round's rules checked where they must not fire, with a
// tally of misfires per rule in the log (go test -v).
func TestGuards(t *testing.T) {
	e := New(DefaultConfig())
	var res []guardResult
	for _, r := range guardRows {
		res = append(res, guardResult{r.rule, r.text, guardOutcome(e, r.text), r.want, r.fire})
	}
	checkGuards(t, res, guardKnownMisses, "guardKnownMisses")
}

// guardResult is one row's outcome, for checkGuards.
type guardResult struct {
	rule, text, got, want string
	fire                  bool
}

// checkGuards fails a wrong row not in known, or a known one now right,
// and logs misfires per rule over its guard rows.
func checkGuards(t *testing.T, res []guardResult, known map[string]string, knownName string) {
	t.Helper()
	misfires := map[string]int{}
	guards := map[string]int{}
	for _, r := range res {
		if !r.fire {
			guards[r.rule]++
			if r.got != r.want {
				misfires[r.rule]++
			}
		}
		_, isKnown := known[r.text]
		switch {
		case r.got != r.want && !isKnown:
			t.Errorf("[%s] %q: got %s, want %s", r.rule, r.text, r.got, r.want)
		case r.got == r.want && isKnown:
			t.Errorf("[%s] %q: now right, drop it from %s", r.rule, r.text, knownName)
		}
	}
	rules := make([]string, 0, len(guards))
	for r := range guards {
		rules = append(rules, r)
	}
	sort.Strings(rules)
	for _, r := range rules {
		t.Logf("%-22s misfires %d/%d", r, misfires[r], guards[r])
	}
}

// guardRows: sentences written for this test, none taken from a set.
var guardRows = []guardRow{
	// Status questions count their work words at statusWorkFactor: a
	// question put as a status that asks for the work stays paid.
	{"status-work", "Is anyone able to reconcile the Stripe account before Friday?", "paid", false},
	{"status-work", "Are you able to draft the shareholder agreement by the end of the month?", "paid", false},
	{"status-work", "Has the team got capacity to prepare our R&D claim this month?", "paid", false},
	{"status-work", "Is someone free to go through the expense claims with me next week?", "paid", false},
	{"status-work", "Would it be possible for the payroll to be rerun with the corrected hours?", "paid", false},
	{"status-work", "Is there any chance you could redo the cash flow forecast with the new rent?", "paid", false},
	{"status-work", "Did you finish the bank reconciliation for March?", "quick", true},
	{"status-work", "Has the VAT return been filed yet?", "quick", true},

	// Needing one fact (a date, a price, a total) asks for it; a figure
	// that has to be worked out first is work.
	{"need-one-fact", "I need the total payroll cost for next year worked out with the new pension rates.", "paid", false},
	{"need-one-fact", "We need a price list drawn up for the new product range.", "paid", false},
	{"need-one-fact", "I need the total of the director's loan movements reconciled against the bank statements.", "paid", false},
	{"need-one-fact", "We need the final figure for the insurance claim calculated including the lost stock.", "paid", false},
	{"need-one-fact", "I need the price per unit modelled at three different order volumes.", "paid", false},
	{"need-one-fact", "I need the date each instalment falls due worked out for the new payment plan.", "paid", false},
	{"need-one-fact", "I just need the date of the next VAT deadline.", "quick", true},
	{"need-one-fact", "I need the total you billed us last year.", "quick", true},

	// A thing wanted ready or brought up to date is work, unless the thing
	// is a detail on file or an item to hand over.
	{"wanted-ready", "Please bring our contact details up to date, the new number is 0161 555 0192.", "quick", false},
	{"wanted-ready", "I'd like the invoice address on our account brought up to date with the new office.", "quick", false},
	{"wanted-ready", "Please make sure the car park pass is ready at reception when I arrive.", "quick", false},
	{"wanted-ready", "Could you let me know when the tax return will be ready to sign?", "quick", false},
	{"wanted-ready", "We'd like the signed engagement letter ready to collect on Tuesday.", "quick", false},
	{"wanted-ready", "Could you keep the box of receipts ready at the front desk for my driver?", "quick", false},
	{"wanted-ready", "We'd like the management accounts brought up to date before the bank meeting.", "paid", true},
	{"wanted-ready", "We need the cash flow forecast ready for the investors by Friday.", "paid", true},

	// The effect of a change on a figure is a calculation; the firm's own
	// fee or a yes/no about a change is not.
	{"effect-on-figure", "Let me know what the price change will do to my direct debit.", "quick", false},
	{"effect-on-figure", "Does switching to monthly billing change the total fee at all?", "quick", false},
	{"effect-on-figure", "What will your new hourly rate do to our monthly retainer?", "quick", false},
	{"effect-on-figure", "Will moving to quarterly payments affect the amount of each invoice you send us?", "quick", false},
	{"effect-on-figure", "Let me know what the office move will do to your opening hours.", "quick", false},
	{"effect-on-figure", "Can you tell me whether the rate rise will do anything to the fee you quoted?", "quick", false},
	{"effect-on-figure", "Can you work out what the new pension rate will do to our monthly payroll cost?", "paid", true},
	{"effect-on-figure", "Please let me know what the bonus will do to her take-home pay in June.", "paid", true},

	// What a rule or change means for the client is research; what a mark,
	// a word or the firm's own change means is a fact.
	{"means-for-us", "What does the change of your office address mean for us, do we post things to the new one?", "quick", false},
	{"means-for-us", "What does your new billing system mean for us, do we need to do anything?", "quick", false},
	{"means-for-us", "Could you explain what the red flag next to our name on the portal means?", "quick", false},
	{"means-for-us", "What does Sam leaving the firm mean for us, who looks after our account now?", "quick", false},
	{"means-for-us", "What would your price increase mean for our monthly fee?", "quick", false},
	{"means-for-us", "Could you explain what 'pending' means for us on the filing status page?", "quick", false},
	{"means-for-us", "Could you explain what the new dividend tax rates mean for the two of us as directors?", "paid", true},
	{"means-for-us", "Can you explain what the end of the flat rate scheme would mean for our VAT bill?", "paid", true},

	// Checking what a lease, contract or agreement allows is research;
	// checking a fact about one is a status.
	{"check-under-agreement", "Can you check if the contract under my name has been cancelled?", "quick", false},
	{"check-under-agreement", "Could you check whether the payment under the agreement went out on Friday?", "quick", false},
	{"check-under-agreement", "Can you check if we were invoiced under the old contract by mistake?", "quick", false},
	{"check-under-agreement", "Could you check whether the software licence under our agreement renews in June?", "quick", false},
	{"check-under-agreement", "Can you check whether our account is still under the old terms?", "quick", false},
	{"check-under-agreement", "Could you check if the deposit under the tenancy agreement has been returned to us?", "quick", false},
	{"check-under-agreement", "Could you check whether the landlord can raise the rent mid-term under our lease?", "paid", true},
	{"check-under-agreement", "Can you check if we are allowed to sublet the top floor under the lease?", "paid", true},

	// Sending someone to look at a thing is a visit; sending someone a
	// document or a detail is quick.
	{"send-someone", "Could you send someone from your team an invite to the portal?", "quick", false},
	{"send-someone", "Could you send someone out a copy of the engagement letter?", "quick", false},
	{"send-someone", "Can you send somebody over our new bank details so payroll can update them?", "quick", false},
	{"send-someone", "Please send someone round the link to the shared folder.", "quick", false},
	{"send-someone", "Could you send someone in accounts a note that the invoice is paid?", "quick", false},
	{"send-someone", "Can you send someone over the password for the new printer?", "quick", false},
	{"send-someone", "Could you send someone out to look at the alarm panel?", "paid", true},
	{"send-someone", "Can you send someone round to fix the card machine this week?", "paid", true},

	// Having a thing ready asks for it made when it is work; having an
	// item to hand over ready is quick.
	{"have-ready", "Could you have the signed copy ready for me to collect at two?", "quick", false},
	{"have-ready", "Can you have the keys ready at reception for the auditor?", "quick", false},
	{"have-ready", "Would you have the parking permit ready when we arrive?", "quick", false},
	{"have-ready", "Can you have your invoice number ready when you call the bank?", "quick", false},
	{"have-ready", "Could you have the original receipts ready for me to pick up on Friday?", "quick", false},
	{"have-ready", "Could you have the meeting room ready for ten on Tuesday?", "quick", false},
	{"have-ready", "Could you have the draft budget ready for Thursday's board meeting?", "paid", true},
	{"have-ready", "Can you have the revised cash flow ready before the bank call?", "paid", true},

	// Seats or licences on a plan are account admin; working out, setting
	// up or moving them is work.
	{"seats-admin", "Could you work out how many licences we actually need across the three sites and what it would save us?", "paid", false},
	{"seats-admin", "Please review our seats on the CRM and recommend which plan suits us best.", "paid", false},
	{"seats-admin", "Can you audit the software licences on all the staff laptops?", "paid", false},
	{"seats-admin", "Could you set up licences for the six new starters and configure their laptops?", "paid", false},
	{"seats-admin", "Please migrate our seats to the new tenant and move the mailboxes over.", "paid", false},
	{"seats-admin", "Can you compare the licence costs of the three accounting packages for us?", "paid", false},
	{"seats-admin", "Please remove one seat from our plan from next month.", "quick", true},
	{"seats-admin", "Could you add two licences to our subscription for the new hires?", "quick", true},

	// What a business is worth is a valuation; asking about a valuation
	// is not one.
	{"valuation", "Do you do business valuations?", "quick", false},
	{"valuation", "How much would a valuation of the company cost?", "quick", false},
	{"valuation", "Did you send the valuation to the bank?", "quick", false},
	{"valuation", "When is the valuation report due back?", "quick", false},
	{"valuation", "Who did the valuation of the shop last year?", "quick", false},
	{"valuation", "Is the valuation you did in March still good for the bank?", "quick", false},
	{"valuation", "Could you tell us what the business is worth if we sell this year?", "paid", true},
	{"valuation", "Can you value our shares in the company before the divorce settlement?", "paid", true},

	// A wish for a thing by a time asks for it when the firm delivers the
	// thing; a wish for the client's own life does not.
	{"wish-by-time", "It would be great to have the new hire settled in by March.", "none", false},
	{"wish-by-time", "It would be nice to have the kitchen finished by Christmas.", "none", false},
	{"wish-by-time", "It would be great to have our own office by next summer.", "none", false},
	{"wish-by-time", "It would be lovely to have the garden sorted before the spring.", "none", false},
	{"wish-by-time", "It would be good to have the van paid off by the end of the year.", "none", false},
	{"wish-by-time", "It would be great to have a holiday before the busy season starts.", "none", false},
	{"wish-by-time", "It would be great to have the draft accounts by Friday.", "paid", true},
	{"wish-by-time", "It would be really useful to have the signed engagement letter back before the 25th.", "quick", true},

	// "I meant to ask …" puts a question; an account of an ask already
	// answered or dropped puts none.
	{"meant-to-ask", "I meant to ask you at the meeting but it's sorted now anyway.", "none", false},
	{"meant-to-ask", "Tom meant to ask whether the office was open but he found it on your website.", "none", false},
	{"meant-to-ask", "I was going to ask about the parking but I found the answer on your site.", "none", false},
	{"meant-to-ask", "I forgot to ask Sarah about the payroll, but she has already emailed me.", "none", false},
	{"meant-to-ask", "I meant to ask for a receipt at the shop but it had closed.", "none", false},
	{"meant-to-ask", "I was going to ask whether you could help, but my brother has sorted it.", "none", false},
	{"meant-to-ask", "I meant to ask whether you got the P60s.", "quick", true},
	{"meant-to-ask", "I forgot to ask when the next payroll run is.", "quick", true},

	// ", and if so" joins a second ask only when what follows asks.
	{"and-if-so", "Please check if the refund landed, and if so there is no need to reply.", "quick", false},
	{"and-if-so", "Let me know whether the form arrived, and if so I'll stop worrying.", "quick", false},
	{"and-if-so", "Can you tell me if the payment went through, and if so thank you.", "quick", false},
	{"and-if-so", "Let me know if you need the receipts, and if so I can drop them in on Monday.", "quick", false},
	{"and-if-so", "Could you check whether the filing is due, and if so when?", "quick", false},
	{"and-if-so", "Let me know if the bank has been in touch, and if so what they said.", "quick", false},
	{"and-if-so", "Let me know if the grant covers the van, and if so could you prepare the claim?", "2", true},
	{"and-if-so", "Please check whether we need to register, and if so can you do it for us?", "2", true},

	// In a run-on, "is that" after a statement ending on a time opens a
	// question; "X is that …" going on with the statement does not.
	{"runon-is-that", "the worst part since march is that nothing reconciles any more", "none", false},
	{"runon-is-that", "what we noticed on monday is that the fees had gone up again", "none", false},
	{"runon-is-that", "the good news since friday is that the refund finally came through", "none", false},
	{"runon-is-that", "the reason we changed banks last year is that the charges were too high", "none", false},
	{"runon-is-that", "all i can tell you about yesterday is that the card machine kept freezing", "none", false},
	{"runon-is-that", "the only thing that changed this week is that we hired a new cleaner", "none", false},
	{"runon-is-that", "the bank feed stopped on monday is that a known problem", "quick", true},
	{"runon-is-that", "our phone bill doubled in april is that right", "quick", true},

	// "I wonder whether" asks; wondering about the world does not.
	{"wonder-whether", "I wonder whether it will ever stop raining this summer.", "none", false},
	{"wonder-whether", "I'm curious whether the new café on the corner will last the year.", "none", false},
	{"wonder-whether", "I do wonder whether anyone actually reads these council newsletters.", "none", false},
	{"wonder-whether", "I sometimes wonder whether I should have become a plumber instead.", "none", false},
	{"wonder-whether", "I wonder whether the kids will ever tidy their rooms.", "none", false},
	{"wonder-whether", "I'm curious whether the football will be on in the pub tonight.", "none", false},
	{"wonder-whether", "I wonder whether you received the signed forms.", "quick", true},
	{"wonder-whether", "I'm curious whether you got my voicemail on Monday.", "quick", true},

	// A fact about what happened (what/when/which + did/was) is a status;
	// a figure that has to be worked out from the books is work.
	{"past-fact", "What did we actually make on the Henley job once materials are counted?", "paid", false},
	{"past-fact", "Which of our customers did we lose money on last year?", "paid", false},
	{"past-fact", "What was our gross margin on each product line in 2025?", "paid", false},
	{"past-fact", "When did we last break even, month by month, over the past two years?", "paid", false},
	{"past-fact", "Which months was the business overdrawn last year and by how much?", "paid", false},
	{"past-fact", "What did each shop contribute to profit after rent and wages?", "paid", false},
	{"past-fact", "When did you send the return?", "quick", true},
	{"past-fact", "Which bank account did the refund go to?", "quick", true},

	// The firm's price asked straight is quick; what a choice costs the
	// client in tax is a calculation.
	{"price-straight", "How much would it cost us in tax to pay ourselves dividends instead of salary?", "paid", false},
	{"price-straight", "How much would we save by moving the staff onto salary sacrifice?", "paid", false},
	{"price-straight", "How much would it cost us to take on a second apprentice, all in?", "paid", false},
	{"price-straight", "How much tax would I pay if I sold the flat this year?", "paid", false},
	{"price-straight", "How much would the new lease cost us over ten years including the rent reviews?", "paid", false},
	{"price-straight", "How much would it cost in national insurance to give everyone a 5% rise?", "paid", false},
	{"price-straight", "How much would it cost to have our accounts done?", "quick", true},
	{"price-straight", "What do you charge for a VAT return?", "quick", true},

	// Posting a thing to someone is sending it; posting entries to the
	// books is bookkeeping.
	{"post-is-send", "Could you post the accrual journals for March?", "paid", false},
	{"post-is-send", "Please post all the December bank transactions to the right accounts.", "paid", false},
	{"post-is-send", "Can you post the year-end adjustments to the ledger before the audit?", "paid", false},
	{"post-is-send", "Could you post the payroll journals for the last six months into Xero?", "paid", false},
	{"post-is-send", "Please post the depreciation entries for the new vans.", "paid", false},
	{"post-is-send", "Can you post the stock adjustment after the count?", "paid", false},
	{"post-is-send", "Could you post the originals back to us?", "quick", true},
	{"post-is-send", "Please post the signed accounts to the bank.", "quick", true},

	// "Do we have to" is a check of a rule; about the firm's own process
	// it is a fact.
	{"have-to", "Do we have to send you the originals or are copies fine?", "quick", false},
	{"have-to", "Do I have to sign it in blue ink?", "quick", false},
	{"have-to", "Do we have to come in person for the meeting?", "quick", false},
	{"have-to", "Do I have to log in to the portal to see the invoice?", "quick", false},
	{"have-to", "Do we have to book a slot or can we just drop in?", "quick", false},
	{"have-to", "Do I have to print the form or can I email it back?", "quick", false},
	{"have-to", "Can you check whether we have to register for the plastic packaging tax?", "paid", true},
	{"have-to", "Could you find out whether we have to charge VAT to our Irish customers?", "paid", true},

	// Per-language: the firm's price and a fact to know are quick; the
	// tax cost of a choice is a calculation.
	{"lang-price-fact", "Ich möchte gern wissen, wie viel Steuern ich nachzahlen muss, wenn ich die Wohnung verkaufe.", "paid", false},
	{"lang-price-fact", "Combien nous coûterait en impôts le passage en société cette année ?", "paid", false},
	{"lang-price-fact", "Quería saber cuánto nos costaría en impuestos vender el local este año.", "paid", false},
	{"lang-price-fact", "Ik wil graag weten hoeveel belasting we besparen als we een bv oprichten.", "paid", false},
	{"lang-price-fact", "Volevo sapere quanto ci costerebbe in tasse trasformare la ditta in srl.", "paid", false},
	{"lang-price-fact", "Gostaria de saber quanto pagaríamos de imposto se vendêssemos o armazém.", "paid", false},
	{"lang-price-fact", "Was kostet ein Jahresabschluss bei Ihnen?", "quick", true},
	{"lang-price-fact", "Quanto costa da voi una dichiarazione dei redditi?", "quick", true},

	// Per-language: updating records is paid work; updating a detail on
	// file is quick.
	{"lang-update", "Können Sie unsere neue Adresse in Ihren Unterlagen aktualisieren?", "quick", false},
	{"lang-update", "Pouvez-vous mettre à jour notre adresse e-mail dans vos fichiers ?", "quick", false},
	{"lang-update", "¿Pueden actualizar nuestro número de teléfono en su ficha?", "quick", false},
	{"lang-update", "Kunnen jullie ons nieuwe adres bijwerken in jullie systeem?", "quick", false},
	{"lang-update", "Potete aggiornare il nostro indirizzo email nei vostri archivi?", "quick", false},
	{"lang-update", "Podem atualizar o nosso endereço de email nos vossos registos?", "quick", false},
	{"lang-update", "Pouvez-vous mettre à jour notre plan de trésorerie avec les nouveaux chiffres ?", "paid", true},
	{"lang-update", "Können Sie die Buchhaltung bis Ende März aktualisieren?", "paid", true},

	// Per-language statement request frames ask only when what follows is
	// something the firm gives.
	{"lang-frame", "Mi servirebbe proprio una vacanza dopo questo trimestre.", "none", false},
	{"lang-frame", "Je voulais savoir si ça vous convenait, mais Marie m'a déjà répondu.", "none", false},
	{"lang-frame", "Quisiera un poco más de tiempo libre este verano, la verdad.", "none", false},
	{"lang-frame", "Preciso da sua paciência mais uma vez, desculpe o atraso.", "none", false},
	{"lang-frame", "Ich wollte Sie eigentlich fragen, aber Frau Berg hat es mir schon erklärt.", "none", false},
	{"lang-frame", "Ik wilde vragen of jullie open waren, maar ik zag het al op de website.", "none", false},
	{"lang-frame", "Mi servirebbe il bilancio firmato entro venerdì.", "quick", true},
	{"lang-frame", "Je voulais savoir si vous aviez reçu nos relevés.", "quick", true},

	// Per-language venting (why + always/so) asks nothing; a why-question
	// about one figure asks.
	{"lang-venting", "Porque é que a fatura de março tem IVA a 23% e não a 6%?", "quick", false},
	{"lang-venting", "¿Por qué nos han cobrado dos veces la cuota de enero?", "quick", false},
	{"lang-venting", "Pourquoi notre déclaration de TVA de mars montre-t-elle un crédit ?", "quick", false},
	{"lang-venting", "Warum ist die Lohnabrechnung von Anna diesen Monat so niedrig?", "quick", false},
	{"lang-venting", "Perché la fattura di aprile è così alta rispetto a marzo?", "quick", false},
	{"lang-venting", "Waarom is de btw-teruggave zo laag dit kwartaal?", "quick", false},
	{"lang-venting", "Porque é que tudo demora sempre tanto com as finanças?", "none", true},
	{"lang-venting", "Warum dauert bei den Behörden immer alles so lange?", "none", true},
}

// guardKnownMisses: guard rows today's rules still get wrong, each with
// why it is left; the test fails when one of them starts passing (remove
// it) or another row fails.
var guardKnownMisses = map[string]string{
	"I need the date each instalment falls due worked out for the new payment plan.":         "need-one-fact: got quick; 'I need the total/price/date' + a participle of work ('worked out', 'modelled', 'drawn up') still counts as one fact; not tightened",
	"Please bring our contact details up to date, the new number is 0161 555 0192.":          "wanted-ready: got paid; a contact detail or item to hand over 'brought up to date'/'ready' still reads as work; not tightened",
	"I'd like the invoice address on our account brought up to date with the new office.":    "wanted-ready: got paid; a contact detail or item to hand over 'brought up to date'/'ready' still reads as work; not tightened",
	"Let me know what the price change will do to my direct debit.":                          "effect-on-figure: got paid; the firm's own fee or hours as the figure still reads as a calculation; not tightened",
	"What does Sam leaving the firm mean for us, who looks after our account now?":           "means-for-us: got paid; 'what does X mean for us' about the firm's own change or a status word still reads as research; not tightened",
	"Could you explain what 'pending' means for us on the filing status page?":               "means-for-us: got paid; 'what does X mean for us' about the firm's own change or a status word still reads as research; not tightened",
	"Could you explain what the new dividend tax rates mean for the two of us as directors?": "means-for-us: got quick; a check row: 'mean for the two of us' is not among the rule's 'mean for us|our|me|my' forms",
	"Could you check if the deposit under the tenancy agreement has been returned to us?":    "check-under-agreement: got paid; a status of a thing done under an agreement (paid, renewed, returned) still reads as what the agreement allows; not tightened",
	"Can you have your invoice number ready when you call the bank?":                         "have-ready: got paid; an item the client brings ('your invoice number') read as work; not tightened",
	"Please remove one seat from our plan from next month.":                                  "seats-admin: got paid; a check row: 'remove' with a seat is not among the rule's verbs",
	"Could you add two licences to our subscription for the new hires?":                      "seats-admin: got paid; a check row: 'new hires' pulls towards paid over the admin rule",
	"How much would a valuation of the company cost?":                                        "valuation: got paid; the price of a valuation asked straight reads as one; not tightened",
	"It would be really useful to have the signed engagement letter back before the 25th.":   "wish-by-time: got paid; a check row: the ask is found, its kind leans on 'letter' as writing",
	"I forgot to ask when the next payroll run is.":                                          "meant-to-ask: got paid; a check row: the ask is found, its kind leans on 'payroll'",
	"Let me know if you need the receipts, and if so I can drop them in on Monday.":          "and-if-so: got none; an offer after ', and if so' drops the first ask; not tightened",
	"I'm curious whether the new café on the corner will last the year.":                     "wonder-whether: got paid; wondering about the world (a café, tonight's football) still asks; only a wonder whether a thing will ever happen is blocked",
	"I'm curious whether the football will be on in the pub tonight.":                        "wonder-whether: got paid; wondering about the world (a café, tonight's football) still asks; only a wonder whether a thing will ever happen is blocked",
	"What did we actually make on the Henley job once materials are counted?":                "past-fact: got quick; a figure worked out from the books asked with what/which + did/was reads quick (so before this round too: no work word names the analysis)",
	"Which of our customers did we lose money on last year?":                                 "past-fact: got quick; a figure worked out from the books asked with what/which + did/was reads quick (so before this round too: no work word names the analysis)",
	"What was our gross margin on each product line in 2025?":                                "past-fact: got quick; a figure worked out from the books asked with what/which + did/was reads quick (so before this round too: no work word names the analysis)",
	"Which months was the business overdrawn last year and by how much?":                     "past-fact: got quick; a figure worked out from the books asked with what/which + did/was reads quick (so before this round too: no work word names the analysis)",
	"What did each shop contribute to profit after rent and wages?":                          "past-fact: got quick; a figure worked out from the books asked with what/which + did/was reads quick (so before this round too: no work word names the analysis)",
	"How much would the new lease cost us over ten years including the rent reviews?":        "price-straight: got quick; a cost over years of a lease asked with 'how much would … cost' reads as a price; not tightened",
	"Please post the signed accounts to the bank.":                                           "post-is-send: got paid; a check row: 'post … to the bank' is not among 'post … to me|us|our|my'",
	"Mi servirebbe proprio una vacanza dopo questo trimestre.":                               "lang-frame: got paid; a statement frame ('mi servirebbe', 'quisiera', 'preciso da') before a thing not the firm's still asks; not tightened",
	"Quisiera un poco más de tiempo libre este verano, la verdad.":                           "lang-frame: got paid; a statement frame ('mi servirebbe', 'quisiera', 'preciso da') before a thing not the firm's still asks; not tightened",
	"Preciso da sua paciência mais uma vez, desculpe o atraso.":                              "lang-frame: got paid; a statement frame ('mi servirebbe', 'quisiera', 'preciso da') before a thing not the firm's still asks; not tightened",
	"Mi servirebbe il bilancio firmato entro venerdì.":                                       "lang-frame: got paid; a check row: the ask is found, 'bilancio' leans paid though the signed accounts exist",
}
