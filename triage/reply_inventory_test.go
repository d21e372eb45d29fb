package triage

import "testing"

// replyInventory is a paraphrase inventory of how people answer "I will
// need N hours at $X per hour, shall I go ahead?": one-line answers
// written from general knowledge of such answers (not from any labelled
// set), per kind of answer and per language, each labelled as LABELS.md
// defines. A go-ahead with a question about something else or a cap at
// the quoted time is accepted; a go-ahead that depends on a condition, a
// question about the price or scope, a counter-offer, "let me think", a
// mixed answer or an answer to something else is unclear; a refusal or a
// "not now" is declined.
var replyInventory = []struct {
	lang, kind, text string
	want             Decision
}{
	// Plain and idiomatic yes.
	{"en", "yes", "Yes, go ahead.", Accepted},
	{"en", "yes", "Yes please, that would be great.", Accepted},
	{"en", "yes", "Go for it.", Accepted},
	{"en", "yes", "Sounds good to me, please proceed.", Accepted},
	{"en", "yes", "That's fine, carry on.", Accepted},
	{"en", "yes", "Fine by us - go ahead.", Accepted},
	{"en", "yes", "No problem at all, please go ahead with it.", Accepted},
	{"en", "yes", "Please do.", Accepted},
	{"en", "yes", "Sure thing, crack on.", Accepted},
	{"en", "yes", "OK, let's get it done.", Accepted},
	{"en", "yes", "Yep, happy with that.", Accepted},
	{"en", "yes", "Agreed - please start when you can.", Accepted},
	{"en", "yes", "That's reasonable, go ahead.", Accepted},
	{"en", "yes", "Works for me.", Accepted},
	{"en", "yes", "Let's do it.", Accepted},
	{"en", "yes", "Please proceed as outlined.", Accepted},
	{"en", "yes", "Deal.", Accepted},
	{"en", "yes", "You've got the green light.", Accepted},
	{"en", "yes", "Consider this my approval.", Accepted},
	{"en", "yes", "Ok go ahead thanks", Accepted},
	{"en", "yes", "yes pls", Accepted},
	{"en", "yes", "Definitely, please get on with it.", Accepted},
	{"en", "yes", "We'd like you to go ahead, thank you.", Accepted},
	{"en", "yes", "By all means, go ahead.", Accepted},
	{"en", "yes", "Makes sense, please book it in.", Accepted},
	{"en", "yes", "Happy for you to do that.", Accepted},
	{"en", "yes", "Yes, I'd like you to go ahead.", Accepted},
	{"en", "yes", "That's absolutely fine, please do the work.", Accepted},
	{"en", "yes", "Approved.", Accepted},
	{"en", "yes", "Sure, go on then.", Accepted},
	{"en", "yes", "I'm happy to pay for that, please go ahead.", Accepted},
	{"en", "yes", "Perfect, thanks - go ahead.", Accepted},
	{"en", "yes", "Alright, you can start.", Accepted},
	{"en", "yes", "Fair enough, let's proceed.", Accepted},
	{"en", "yes", "Please go ahead, the sooner the better.", Accepted},
	{"en", "yes", "Yes please, go ahead and do it.", Accepted},
	{"en", "yes", "Of course, the sooner it's sorted the better.", Accepted},
	{"en", "yes", "Sounds fair. Get started whenever you're ready.", Accepted},
	{"en", "yes", "Yes, that's money well spent.", Accepted},
	{"en", "yes", "Do it.", Accepted},

	// A yes with a cap at the quoted time or a request to be kept posted.
	{"en", "yes-cap", "Go ahead, but please don't go over the 3 hours without checking with me.", Accepted},
	{"en", "yes-cap", "Fine, go ahead, just let me know if it looks like taking longer.", Accepted},
	{"en", "yes-cap", "Please go ahead, and keep me posted if it runs over.", Accepted},
	{"en", "yes-cap", "Yes, go ahead - check with me before going beyond that.", Accepted},

	// A yes with a question or ask about something else.
	{"en", "yes-question", "Yes please. Also, did my tax code letter ever arrive?", Accepted},
	{"en", "yes-question", "Go ahead. By the way, are you open between Christmas and New Year?", Accepted},
	{"en", "yes-question", "Sounds good. When would you be able to start?", Accepted},
	{"en", "yes-question", "Yes, go ahead - do you need anything else from me?", Accepted},
	{"en", "yes-question", "OK go ahead. Who should I send the bank statements to?", Accepted},
	{"en", "yes-question", "Please go ahead. Separately, could you remind me when the VAT is due?", Accepted},

	// A yes that depends on a condition.
	{"en", "condition", "Go ahead if you can get it done this week.", Unclear},
	{"en", "condition", "Yes, provided it doesn't go over $300.", Unclear},
	{"en", "condition", "OK as long as it's ready before the board meeting.", Unclear},
	{"en", "condition", "Only if you can finish it by the 15th.", Unclear},
	{"en", "condition", "If it's definitely no more than 2 hours then yes.", Unclear},
	{"en", "condition", "Yes, on condition that it's billed to the company.", Unclear},
	{"en", "condition", "Go ahead, assuming that includes the VAT.", Unclear},
	{"en", "condition", "Fine, so long as you can start before Friday.", Unclear},

	// Declines, from polite to blunt.
	{"en", "no", "No thanks.", Declined},
	{"en", "no", "Thanks, but we'll leave it.", Declined},
	{"en", "no", "That's ok, I'll sort it myself.", Declined},
	{"en", "no", "Let's not bother for now.", Declined},
	{"en", "no", "Not at this stage, thanks.", Declined},
	{"en", "no", "We'll pass on this one.", Declined},
	{"en", "no", "I don't think we'll go ahead, thanks anyway.", Declined},
	{"en", "no", "No, that's too much for us.", Declined},
	{"en", "no", "Please don't proceed.", Declined},
	{"en", "no", "That's more than I want to spend, so I'll leave it.", Declined},
	{"en", "no", "We've decided to handle it ourselves.", Declined},
	{"en", "no", "Thanks for the quote but we've gone with someone else.", Declined},
	{"en", "no", "Not needed any more, thanks.", Declined},
	{"en", "no", "Forget it, it's not worth it.", Declined},
	{"en", "no", "I'll give it a miss, thanks.", Declined},
	{"en", "no", "No need, it's sorted now.", Declined},
	{"en", "no", "I'd rather not spend that at the moment.", Declined},
	{"en", "no", "Nah, leave it.", Declined},
	{"en", "no", "We won't be going ahead.", Declined},
	{"en", "no", "Thanks but no thanks.", Declined},
	{"en", "no", "Let's leave it for now.", Declined},
	{"en", "no", "Not for now, thank you.", Declined},
	{"en", "no", "That's outside our budget unfortunately, so we'll have to say no.", Declined},
	{"en", "no", "I'll manage without it.", Declined},
	{"en", "no", "Don't worry about it, we'll cope.", Declined},
	{"en", "no", "Please cancel that request.", Declined},
	{"en", "no", "Sorry, can't afford it right now.", Declined},
	{"en", "no", "No, but thanks for the quick reply.", Declined},
	{"en", "no", "I think I'll hold off for now.", Declined},
	{"en", "no", "We'll shelve it for this year.", Declined},
	{"en", "no", "Thanks, I'll do it myself.", Declined},
	{"en", "no", "My son's going to have a look at it instead.", Declined},
	{"en", "no", "The problem's gone away on its own, so no need.", Declined},
	{"en", "no", "Scrap that, we don't need it.", Declined},
	{"en", "no", "It's not a priority for us right now, so we'll leave it.", Declined},
	{"en", "no", "On second thoughts, I'll leave it.", Declined},
	{"en", "no", "Appreciate the offer but we're ok.", Declined},
	{"en", "no", "That's a bit rich for me, I'll pass.", Declined},

	// Put-offs: "not now" is a no for now; "let me think" is still open.
	{"en", "putoff-no", "Maybe later in the year, not now.", Declined},
	{"en", "putoff-no", "Let's revisit after the summer.", Declined},
	{"en", "putoff-no", "We'll come back to it next year.", Declined},
	{"en", "putoff-open", "Let me think about it.", Unclear},
	{"en", "putoff-open", "I'll get back to you next week.", Unclear},
	{"en", "putoff-open", "I need to check with my partner first.", Unclear},
	{"en", "putoff-open", "Give me a few days to mull it over.", Unclear},
	{"en", "putoff-open", "Not sure yet, I'll let you know.", Unclear},
	{"en", "putoff-open", "I'll have to run it past the directors.", Unclear},
	{"en", "putoff-open", "Hold that thought, I'll come back to you.", Unclear},
	{"en", "putoff-open", "Can I sleep on it?", Unclear},

	// Price questions and counter-offers.
	{"en", "price", "Is that including VAT?", Unclear},
	{"en", "price", "Could you do it for $200 flat?", Unclear},
	{"en", "price", "What would it cost to just do the first part?", Unclear},
	{"en", "price", "That seems a lot - can you do it in less time?", Unclear},
	{"en", "price", "Would you accept half now and half next month?", Unclear},
	{"en", "price", "Is there a discount for existing clients?", Unclear},
	{"en", "price", "How did you arrive at 4 hours?", Unclear},
	{"en", "price", "Can you give me a fixed price instead?", Unclear},
	{"en", "price", "Would 2 hours be enough if I send you everything sorted?", Unclear},
	{"en", "price", "Why would it take that long?", Unclear},
	{"en", "price", "Any chance of doing it cheaper?", Unclear},
	{"en", "price", "Could you do just the urgent bit for now?", Unclear},
	{"en", "price", "Is that an estimate or a fixed quote?", Unclear},

	// Mixed signals.
	{"en", "mixed", "Yes to the tax return, no to the bookkeeping.", Unclear},
	{"en", "mixed", "I'd like to go ahead but I'm not sure we can afford it.", Unclear},
	{"en", "mixed", "Sounds good, but can we talk about the price first?", Unclear},
	{"en", "mixed", "Happy in principle, but I need to see a breakdown first.", Unclear},
	{"en", "mixed", "Go ahead with the first part and leave the rest for now.", Unclear},

	// Answers to something other than the quote.
	{"en", "other", "Thanks, that's really helpful to know about the deadline.", Unclear},
	{"en", "other", "Yes, I sent the documents yesterday.", Unclear},
	{"en", "other", "Great, thanks for letting me know.", Unclear},
	{"en", "other", "Got it, thanks.", Unclear},
	{"en", "other", "The invoice number is 4471.", Unclear},

	// German.
	{"de", "yes", "Ja, bitte machen Sie das.", Accepted},
	{"de", "yes", "Klingt gut, legen Sie los.", Accepted},
	{"de", "yes", "Einverstanden, bitte fangen Sie an.", Accepted},
	{"de", "yes", "Geht in Ordnung, bitte erledigen Sie das.", Accepted},
	{"de", "no", "Nein danke, das machen wir selbst.", Declined},
	{"de", "no", "Danke, aber das lassen wir vorerst.", Declined},
	{"de", "no", "Im Moment nicht, vielen Dank.", Declined},
	{"de", "price", "Ist das inklusive Mehrwertsteuer?", Unclear},
	{"de", "putoff-open", "Ich muss das erst mit meinem Partner besprechen.", Unclear},
	{"de", "price", "Geht das auch in zwei Stunden?", Unclear},
	// French.
	{"fr", "yes", "Oui, vous pouvez y aller.", Accepted},
	{"fr", "yes", "Parfait, lancez-vous.", Accepted},
	{"fr", "yes", "Ça me va, merci de commencer.", Accepted},
	{"fr", "no", "Non merci, je vais me débrouiller.", Declined},
	{"fr", "no", "Merci, mais ce ne sera pas nécessaire.", Declined},
	{"fr", "no", "On laisse tomber pour l'instant.", Declined},
	{"fr", "price", "Est-ce que la TVA est comprise ?", Unclear},
	{"fr", "putoff-open", "Je vais y réfléchir et je reviens vers vous.", Unclear},
	{"fr", "price", "Pourriez-vous le faire pour 150 € ?", Unclear},
	// Spanish.
	{"es", "yes", "Sí, adelante.", Accepted},
	{"es", "yes", "Vale, puedes empezar.", Accepted},
	{"es", "yes", "Me parece bien, hazlo.", Accepted},
	{"es", "no", "No, gracias, lo haremos nosotros.", Declined},
	{"es", "no", "Mejor lo dejamos por ahora.", Declined},
	{"es", "no", "Gracias, pero no hace falta.", Declined},
	{"es", "price", "¿El precio incluye IVA?", Unclear},
	{"es", "putoff-open", "Déjame pensarlo y te digo algo.", Unclear},
	{"es", "price", "¿Podrías hacerlo por menos?", Unclear},
	// Dutch.
	{"nl", "yes", "Ja, ga je gang.", Accepted},
	{"nl", "yes", "Akkoord, begin maar.", Accepted},
	{"nl", "yes", "Prima, doe maar.", Accepted},
	{"nl", "no", "Nee, dank je, we doen het zelf.", Declined},
	{"nl", "no", "Laat maar, het is te duur.", Declined},
	{"nl", "no", "Voorlopig niet, bedankt.", Declined},
	{"nl", "price", "Is dat inclusief btw?", Unclear},
	{"nl", "putoff-open", "Ik moet er even over nadenken.", Unclear},
	// Italian.
	{"it", "yes", "Sì, proceda pure.", Accepted},
	{"it", "yes", "Va bene, può iniziare.", Accepted},
	{"it", "yes", "D'accordo, vada avanti.", Accepted},
	{"it", "no", "No grazie, lasciamo stare.", Declined},
	{"it", "no", "Per il momento preferisco di no.", Declined},
	{"it", "price", "Il prezzo è IVA inclusa?", Unclear},
	{"it", "putoff-open", "Ci devo pensare un attimo.", Unclear},
	// Portuguese.
	{"pt", "yes", "Sim, pode avançar.", Accepted},
	{"pt", "yes", "Está bem, pode começar.", Accepted},
	{"pt", "yes", "Combinado, avance.", Accepted},
	{"pt", "no", "Não, obrigado, não é preciso.", Declined},
	{"pt", "no", "Por agora vamos deixar.", Declined},
	{"pt", "price", "O valor inclui IVA?", Unclear},
	{"pt", "putoff-open", "Vou pensar e depois digo-lhe.", Unclear},
	// Danish, Swedish, Norwegian, Polish.
	{"da", "yes", "Det lyder fint, bare kør på.", Accepted},
	{"da", "no", "Nej tak, vi klarer det selv.", Declined},
	{"da", "putoff-open", "Jeg skal lige tale med min makker først.", Unclear},
	{"sv", "yes", "Ja, sätt igång.", Accepted},
	{"sv", "no", "Nej tack, vi avvaktar.", Declined},
	{"sv", "price", "Ingår momsen i priset?", Unclear},
	{"nb", "yes", "Ja, bare sett i gang.", Accepted},
	{"nb", "no", "Nei takk, ikke nå.", Declined},
	{"nb", "putoff-open", "Jeg må tenke litt på det.", Unclear},
	{"pl", "yes", "Tak, proszę zaczynać.", Accepted},
	{"pl", "no", "Nie, dziękuję, na razie nie.", Declined},
	{"pl", "price", "Czy cena zawiera VAT?", Unclear},
}

// TestReplyInventory reads every inventory row, reports the accuracy and
// the rows decided wrongly (accepted read as declined or the reverse, or a
// decision where a person must read it), and fails on every row the
// reader gets wrong.
func TestReplyInventory(t *testing.T) {
	e := New(DefaultConfig())
	right, wrong := 0, 0
	for _, row := range replyInventory {
		got := e.ReadReply(row.text)
		if got.Decision == row.want {
			right++
			continue
		}
		if got.Decision != Unclear && row.want != Unclear && got.Decision != row.want {
			wrong++
		}
		t.Errorf("[%s %s] ReadReply(%q) = %s (%s), want %s", row.lang, row.kind, row.text, got.Decision, got.Reason, row.want)
	}
	t.Logf("reply inventory: %d of %d right (%.3f); accepted read as declined or the reverse: %d",
		right, len(replyInventory), float64(right)/float64(len(replyInventory)), wrong)
	if wrong > 0 {
		t.Errorf("%d inventory rows decided the wrong way", wrong)
	}
}
