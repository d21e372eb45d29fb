package triage

import (
	"strings"
	"testing"
)

// TestReadReplyGeneralShapes holds the rules added for the shapes the
// replies5 and replies6 sets showed (helpers replies5 and replies6).
// Every sentence is written for the rule it tests, with rows that must
// stay as they were; reason is a substring of the reason given.
func TestReadReplyGeneralShapes(t *testing.T) {
	runReplyRows(t, []replyRow{
		// Taking the work up again at a later time puts it off: a no.
		{"postpone", "We'll come back to it after Easter.", Declined, "put off"},
		{"postpone", "Let's look at this again next quarter, thanks.", Declined, "put off"},
		{"postpone", "I think we should reconsider in the spring.", Declined, "put off"},
		{"postpone", "Go ahead - we can revisit the colours next month if needed.", Accepted, "go ahead"},
		{"postpone", "We could pick this up again early next year.", Declined, "put off"},
		{"postpone", "Please have another look at the lease in March.", Unclear, ""},
		{"postpone", "We won't revisit it next year, just go ahead now.", Accepted, "go ahead"},

		// An override takes back what came before it.
		{"override", "Go ahead. Actually scratch that, our office manager has already sorted it. Don't start.", Declined, "start"},
		{"override", "Leave it for now. On second thoughts, please go ahead.", Accepted, "go ahead"},
		{"override", "Ignore what I said earlier, yes please proceed.", Accepted, "proceed"},
		{"override", "Please ignore my previous email, the supplier fixed it.", Declined, "ignore my previous"},
		{"override", "On second thoughts.", Unclear, "no answer"},

		// A sentence that is only an agreement answers the quote.
		{"bare agreement", "Sounds good to me.", Accepted, "sounds good"},
		{"bare agreement", "Works for us, thanks!", Accepted, "works for us"},
		{"bare agreement", "Of course.", Accepted, "of course"},
		{"bare agreement", "Sounds good, but let me ask my partner first.", Unclear, ""},
		{"bare agreement", "Sounds good. Could you do it for $300?", Unclear, ""},
		{"bare agreement", "Looks fine to me. Does it include the VAT return?", Unclear, "question back"},

		// A yes and only when to start.
		{"yes with a start time", "Yes - next week if possible.", Accepted, "start time"},
		{"yes with a start time", "Yes, straight away please.", Accepted, "start time"},
		{"yes with a start time", "Yes, we moved the office in June.", Unclear, "weak"},
		{"yes with a start time", "Yes, by Friday if you can finish the draft.", Unclear, "conditional"},

		// A question about what the firm needs to start takes the yes for granted.
		{"start need", "Great. What do you need from us to get started?", Accepted, "to get started"},
		{"start need", "Yes. Is there anything you need me to send before you start?", Accepted, "before you start"},
		{"start need", "What would you need before you start, and what would it cost?", Unclear, "question back"},

		// Waiving a formality is no refusal of the work.
		{"waiver", "You don't need to ask each time, just do it.", Accepted, "do it"},
		{"waiver", "No need to wait for me, please proceed.", Accepted, "proceed"},
		{"waiver", "There's no need for the report now, thanks.", Declined, "no need"},
		{"waiver", "No need to rush - next month is fine. Go ahead.", Accepted, "go ahead"},
		{"waiver", "No need to hurry, whenever suits.", Unclear, ""},
		{"waiver", "Go ahead, we'll wait for your invoice.", Accepted, "go ahead"},
		{"waiver", "We'll wait to hear what the bank says first.", Unclear, ""},
		{"waiver", "We'll wait for now, thanks.", Declined, "we'll wait"},

		// "Just do it": the whole work, not a part; a recipient is not a part.
		{"whole work", "Please just do them all.", Accepted, ""},
		{"whole work", "Go ahead, but just do the first letter for now.", Unclear, "part of the work"},
		{"recipient", "Go ahead, and address the invoice to our office manager instead of me.", Accepted, "go ahead"},
		{"recipient", "Go ahead with the summary rather than the full report.", Unclear, "part of the work"},

		// Said of the work, "isn't needed" refuses it.
		{"not needed", "It turns out the survey isn't needed, the buyer pulled out.", Declined, "isn't needed"},
		{"not needed", "The extra check won't be necessary after all.", Declined, "necessary"},
		{"not needed", "A deposit is not required, is it? Otherwise go ahead.", Unclear, ""},

		// Over what the client had in mind: a lean to no.
		{"more than expected", "That's more than we'd budgeted, so we'll leave it.", Declined, "leave it"},
		{"more than expected", "Quite a bit more than I was expecting, thanks anyway.", Declined, "more than i was expecting"},
		{"more than expected", "I'm not sure we can stretch to that.", Unclear, ""},
		{"more than expected", "We can't stretch to it this year.", Declined, "can't stretch"},
		{"more than expected", "More than I expected, but fine, go ahead.", Unclear, "mixed"},

		// The trouble went away on its own: a lean to no.
		{"resolved itself", "The login problem has resolved itself, thanks anyway.", Declined, "resolved itself"},
		{"resolved itself", "It's no longer an issue.", Unclear, "weak"},

		// Someone else still has to approve.
		{"approval pending", "Looks fine, but our director has the final say.", Unclear, "final say"},
		{"approval pending", "Go ahead from my side; the trustees need to approve it though.", Unclear, "need to approve"},
		{"approval pending", "I hold the budget, so go ahead.", Accepted, "go ahead"},

		// Softened timing is no condition; a deadline is.
		{"softened timing", "Please go ahead, this month if you can fit it in.", Accepted, "go ahead"},
		{"softened timing", "Go ahead if you can finish it by the 12th.", Unclear, "conditional"},

		// An echoed price asks nothing: the answer is elsewhere.
		{"echoed price", "£600 for a two-page letter? No thank you.", Declined, "no thank you"},
		{"echoed price", "Three hours to update a spreadsheet? Fine, go ahead.", Accepted, "go ahead"},
		{"echoed price", "Could you do the letter for £400?", Unclear, ""},
		{"echoed price", "$300 - is that per hour or in total?", Unclear, "question back"},

		// A first-person "let's" before a retraction or commission.
		{"let's", "Let's shelve it until the audit is done.", Declined, "shelve it"},
		{"let's", "Let's book it for the first week of May.", Accepted, "book it"},

		// Doing the job oneself, with a verb of the job: a clear no.
		{"own plan", "Thanks, but I'll draft the letter myself.", Declined, "myself"},
		{"own plan", "We're going to set the new laptops up ourselves.", Declined, "ourselves"},
		{"own plan", "No thanks, we're fixing it ourselves this weekend.", Declined, "no thanks"},
		{"own plan", "We don't have time to prepare it ourselves, so please take it on.", Accepted, "take it on"},

		// A verdict said as a noun, slang, or for the client.
		{"verdict", "That's a yes from us.", Accepted, "a yes"},
		{"verdict", "Let's go!", Accepted, "let's go"},
		{"verdict", "Let's go with the shorter version.", Unclear, ""},
		{"verdict", "It's a no from me, sorry.", Declined, "a no"},
		{"verdict", "Our budget won't stretch that far.", Declined, "won't stretch"},
		{"verdict", "Far too steep for a firm our size.", Declined, "too steep for"},
		{"verdict", "It isn't too dear for us, so go ahead.", Accepted, "go ahead"},
		{"verdict", "Thanks, we'll take it from here.", Declined, "take it from here"},
		{"verdict", "You can take it from here, thanks.", Unclear, ""},

		// A "no" run into a go-ahead answers something else.
		{"no then go-ahead", "no go ahead", Accepted, "go ahead"},
		{"no then go-ahead", "no please proceed thanks", Accepted, "proceed"},
		{"no then go-ahead", "no don't go ahead", Declined, ""},
		{"no then go-ahead", "no not a problem go ahead", Accepted, "go ahead"},
		{"no then go-ahead", "No, go ahead.", Accepted, "go ahead"},
		{"no then go-ahead", "No.", Declined, "no"},

		// Declining said with a verb of declining, or a reluctant yes.
		{"decline verb", "I'm afraid we'll have to decline.", Declined, "decline"},
		{"decline verb", "We must respectfully decline your offer.", Declined, "decline your"},
		{"decline verb", "I wouldn't decline an offer like that - go ahead.", Accepted, "go ahead"},
		{"decline verb", "We're going to say no to this one.", Declined, "say no"},
		{"decline verb", "Count us out this year.", Declined, "count us out"},
		{"decline verb", "Appreciated, but we're good for now.", Declined, "we're good for now"},
		{"decline verb", "We'd rather wait until after the summer.", Declined, "put off: wait"},
		{"decline verb", "I couldn't say no to that price - go ahead.", Accepted, "go ahead"},
		{"reluctant yes", "I suppose so.", Accepted, "suppose so"},
		{"reluctant yes", "I guess so, but let me talk to Sam first.", Unclear, ""},
		{"no then clause", "no we dont need it anymore", Declined, "don't need"},
		// Read as "No, that's fine, thanks.", which declines (TestReplyNoThenFine).
		{"no then clause", "no that's fine thanks", Declined, "no"},

		// A no to a part of the work leaves the rest to a person.
		{"part declined", "Fine, but we won't need the second part.", Unclear, "no to part"},
		{"part declined", "Please skip the optional extras.", Unclear, "no to part"},
		{"part declined", "We won't need it, thanks.", Declined, "won't need"},
		{"approval pending", "I'd like to go ahead, but the trustees have to agree.", Unclear, "have to agree"},
		{"approval pending", "I've passed it to our finance director for approval.", Unclear, "for approval"},

		// Done already or elsewhere: nothing left to do.
		{"already done", "Thanks, but our old accountant already sorted it.", Declined, "already sorted"},
		{"already done", "We got it done elsewhere last month.", Declined, "done elsewhere"},
		{"already done", "I've already sorted the receipts for you.", Unclear, ""},
		{"already done", "We had it done by you last year, so please do the same again.", Accepted, "please do"},
		{"already done", "It's already been done, sorry for the confusion.", Declined, "already been done"},

		// Texting: short yes and no words, and a thumbs-up alone.
		{"texting", "yea sure", Accepted, "yea"},
		{"texting", "no ta", Declined, "no"},
		{"texting", "na thx", Declined, "na"},
		{"texting", "\U0001F44D", Accepted, "👍"},
		{"texting", "\U0001F44D thanks, I'll read it tonight", Unclear, ""},
		{"texting", "\U0001F44D Let me check with Sam.", Unclear, "let me check"},

		// Accepting in a word.
		{"accept word", "Thanks, we accept.", Accepted, "accept"},
		{"accept word", "Accepted!", Accepted, "accepted"},
		{"accept word", "Confirmed, thanks.", Accepted, "confirmed"},
		{"accept word", "Confirmed receipt, I'll read it tonight.", Unclear, ""},
		{"accept word", "Sold!", Accepted, "sold"},
		{"accept word", "Go!", Accepted, "go"},
		{"accept word", "Go to the second page for the figures.", Unclear, ""},
		{"decline verb", "Pass, thanks.", Declined, "pass"},
		{"decline verb", "Pass it on to Sam, he'll decide.", Unclear, ""},

		// A tag question closes a statement; it asks nothing back.
		{"tag question", "It's a fair price, isn't it? Go ahead.", Accepted, "go ahead"},
		{"tag question", "You can't really say no to that, can you? Please proceed.", Accepted, "proceed"},
		{"tag question", "Go ahead. Could it be done by Friday?", Accepted, "go ahead"},
		{"tag question", "Sounds good. Is it definitely two hours?", Unclear, "question back"},

		// One-word agreements and other languages' no.
		{"other languages", "Graag!", Accepted, "graag"},
		{"other languages", "Volontiers, merci.", Accepted, "volontiers"},
		{"other languages", "Claro que sí.", Accepted, "claro"},
		{"other languages", "Certo, grazie.", Accepted, "certo"},
		{"other languages", "Das ist nicht mehr nötig, danke.", Declined, "nicht mehr nötig"},
		{"other languages", "Já não é necessário, obrigado.", Declined, "necessário"},
		{"other languages", "Rimandiamo a settembre.", Declined, "rimandiamo"},
		{"other languages", "Klar, aber erst nach Rücksprache mit meinem Partner.", Unclear, ""},
		{"other languages", "Als het deze maand lukt, graag.", Unclear, "conditional: als het"},
		{"other languages", "Bitte machen, danke.", Accepted, "bitte machen"},
		{"other languages", "Trop cher pour notre petite association.", Declined, "trop cher pour"},
		{"other languages", "Te duur voor ons, helaas.", Declined, "te duur voor"},
		{"other languages", "Es muy caro, lo siento.", Unclear, "weak"},
		{"other languages", "Laat maar weten wat u verder nodig heeft.", Unclear, ""},
		{"other languages", "Danke, das erledigen wir lieber selbst.", Declined, "lieber selbst"},
		{"other languages", "Das ist uns im Moment zu teuer.", Declined, "zu teuer"},
		{"other languages", "Pas pour l'instant, on verra en mars.", Declined, "pas pour l'instant"},
		{"other languages", "Por ahora no, gracias.", Declined, "por ahora no"},
		{"other languages", "Ahora no tengo tiempo de mirarlo, pero adelante.", Accepted, "adelante"},
		{"other languages", "Al momento no, grazie lo stesso.", Declined, "al momento no"},
		{"other languages", "Devo sentire il commercialista prima.", Unclear, "devo sentire"},
		{"other languages", "Gaat u uw gang, dank u.", Accepted, "gaat u uw gang"},
		{"other languages", "Dat moet ik nog met de directie overleggen.", Unclear, "overleggen"},
		{"other languages", "Preciso de falar com a minha mulher primeiro.", Unclear, "preciso de falar"},

		// Rules the replies6 set prompted (helper replies6), with rows that
		// must stay as they were.
		// A slip of the finger in the go-ahead words.
		{"slip", "yes go ahaed thanks", Accepted, "go ahead"},
		{"slip", "Happy for you to procede with it.", Accepted, "proceed"},
		{"slip", "Please don't go ahed with it.", Declined, "not go ahead"},
		{"slip", "Go head office is in Leeds.", Unclear, "no answer"},

		// A condition word that is part of a cue, or follows a put-off.
		{"condition in a cue", "We can do without for now.", Declined, "do without"},
		{"condition in a cue", "We'll do without the summary if that brings it under $500.", Unclear, "conditional: if"},
		{"condition in a cue", "Go ahead without the charts.", Unclear, "conditional: without"},
		{"condition after put-off", "We'll come back to it next year, once the budget is set.", Declined, "put off"},
		{"condition after put-off", "Let's look at it again in May once the audit is done.", Declined, "put off"},
		{"condition after put-off", "Go ahead once the grant comes through.", Unclear, "conditional: once"},

		// How to bill the work, asked after a yes, is no question back.
		{"billing aside", "Yes please. Could you invoice it to the company rather than to me?", Accepted, "yes please"},
		{"billing aside", "Fine by me. Who should I make the PO out to?", Accepted, "fine by me"},
		{"billing aside", "Can you bill us for it next month?", Unclear, "no answer"},
		{"billing aside", "Sounds good. Could you invoice us for 2 hours instead?", Unclear, "question back"},

		// A question that asks for other work, marked as more, is a new ask.
		{"new ask", "Please go ahead. Also, could you look at the staff rota for next month?", Accepted, "go ahead"},
		{"new ask", "Go ahead. While you're in there, could you check Jo's sick pay?", Accepted, "go ahead"},
		{"new ask", "Go ahead. Also, does that include VAT?", Unclear, "question back"},
		{"new ask", "Go ahead. Also, could you do it for less?", Unclear, ""},
		{"new ask", "No thanks. Also, could you send me a copy of the P60?", Declined, "no thanks"},

		// Agreement in a phrase, or said of what was offered.
		{"agreement", "OK by me.", Accepted, "ok by me"},
		{"agreement", "Alright with me, thanks.", Accepted, "alright with me"},
		{"agreement", "OK by me, but check with Sam first.", Unclear, "check with"},
		{"agreement", "That would be great, thanks.", Accepted, "that"},
		{"agreement", "It'd be very helpful, thank you.", Accepted, "it'd"},
		{"agreement", "That would be a problem for us.", Unclear, ""},
		{"agreement", "That's fine.", Accepted, "that's"},
		{"agreement", "Ok, that's perfect.", Accepted, ""},
		{"agreement", "Yes, I'd appreciate that.", Accepted, "appreciate that"},
		{"agreement", "Appreciate it, but we'll sort it ourselves.", Declined, "ourselves"},
		{"agreement", "That's fine, we'll leave it then.", Declined, "leave it"},
		{"agreement", "That's great news about the refund.", Unclear, ""},

		// Idioms of letting someone start, approving the quote, wanting it done.
		{"go-ahead idiom", "Fire away.", Accepted, "fire away"},
		{"go-ahead idiom", "Right, just get it done.", Accepted, "get it done"},
		{"go-ahead idiom", "Happy with the estimate, thanks.", Accepted, "happy with the estimate"},
		{"go-ahead idiom", "We'd like it done before the year end.", Accepted, "like it done"},
		{"go-ahead idiom", "We don't want it done this year.", Declined, ""},
		{"go-ahead idiom", "We need to get it done before the audit, so can we talk first?", Unclear, ""},

		// A polite request for the go-ahead is no question back.
		{"polite request", "Could you please go ahead?", Accepted, "go ahead"},
		{"polite request", "Can you proceed next week, thanks?", Accepted, "proceed"},
		{"polite request", "Could you do it in two stages?", Unclear, "question back"},
		{"polite request", "Can you go ahead with only the first part?", Unclear, ""},
		{"polite request", "Is goed, ga je gang.", Accepted, "ga je gang"},

		// A start or timing question after agreeing takes the yes for granted.
		{"start question", "That's fine. When will you be able to do it?", Accepted, "when will you be able to"},
		{"start question", "When would you be able to do it, and what would it cost?", Unclear, "question back"},

		// The client's own plan to do it, or to get someone else to.
		{"own plan", "That's ok, I'll do it.", Declined, "own plan: do it"},
		{"own plan", "No worries, we can sort it.", Declined, "own plan: sort it"},
		{"own plan", "Let's do it.", Accepted, "let's do it"},
		{"own plan", "I'd like you to do it.", Accepted, ""},
		{"own plan", "I won't do it myself, so please go ahead.", Accepted, "go ahead"},
		{"asked someone", "I'll ask my nephew to do it.", Unclear, "someone else"},
		{"asked someone", "I'll get our bookkeeper to do it, thanks anyway.", Declined, "someone else"},
		{"asked someone", "Could you ask your assistant to do it?", Unclear, ""},

		// Not wanting to spend it, coping, putting it aside.
		{"no spend", "I'd prefer not to spend that on it.", Declined, "prefer not to"},
		{"no spend", "That's way over our budget.", Declined, "over our budget"},
		{"no spend", "I'll have to pass this time.", Declined, "pass this time"},
		{"no spend", "We have to pass the audit first.", Unclear, ""},
		{"no spend", "Sadly there's nothing left in the budget for it.", Declined, "nothing left in the budget"},
		{"no spend", "Not at that price.", Declined, "not at that price"},
		{"coping", "We can live with it as it is.", Declined, "live with it"},
		{"coping", "We can't live with it, please go ahead.", Accepted, "go ahead"},
		{"coping", "Don't worry, we'll figure it out.", Declined, "figure it out"},
		{"coping", "Let's put a pin in it until the summer.", Declined, "pin in it"},
		{"coping", "Thanks, but I've changed my mind.", Declined, "changed my mind"},
		{"coping", "It's not a priority for us right now.", Declined, "not a priority"},

		// A part named after "but not" is a part.
		{"part left out", "Go ahead with the letter but not the spreadsheet.", Unclear, "part of the work"},
		{"part left out", "Not a problem at all, carry on.", Accepted, "carry on"},

		// Other languages: imperatives, green lights, no, doing it oneself.
		{"other languages", "Sí, hazlo cuando puedas.", Accepted, "hazlo"},
		{"other languages", "Oui, faites-le.", Accepted, "faites le"},
		{"other languages", "Va bene, vai pure.", Accepted, "vai pure"},
		{"other languages", "Sim, pode fazer.", Accepted, "pode fazer"},
		{"other languages", "Ok, ihr habt grünes Licht.", Accepted, "grünes licht"},
		{"other languages", "Sí, por favor.", Accepted, "sí"},
		{"other languages", "Oui, s'il vous plaît.", Accepted, "oui"},
		{"other languages", "Mejor no, gracias.", Declined, "mejor no"},
		{"other languages", "Não vale a pena, obrigado.", Declined, "não vale a pena"},
		{"other languages", "Deixa estar, eu trato disso.", Declined, "deixa estar"},
		{"other languages", "Nee, laat maar zitten.", Declined, "laat maar zitten"},
		{"other languages", "Doe maar gewoon.", Accepted, "doe maar"},
		{"other languages", "Lassen wir das erst mal.", Declined, "lassen wir das"},
		{"other languages", "Merci, mais ce n'est pas la peine.", Declined, "pas la peine"},
		{"other languages", "Vamos deixar para lá.", Declined, "deixar para lá"},
		{"other languages", "Det lyder fint, bare sæt i gang.", Accepted, "sæt i gang"},
		{"other languages", "Nej tak, det er for dyrt.", Declined, "nej tak"},
		{"other languages", "Låter bra, kör på!", Accepted, "kör på"},
		{"other languages", "Nei takk, vi står over denne gangen.", Declined, "nei takk"},
		{"other languages", "Dobrze, proszę zaczynać.", Accepted, "proszę zaczynać"},
		{"other languages", "Na razie nie, dziękuję.", Declined, "na razie nie"},
		{"other languages", "Muszę to skonsultować z żoną.", Unclear, "skonsultować"},
		{"other languages", "I skal ikke gå i gang med det.", Declined, "not gå i gang"},
		{"other languages", "Alles klar, dann legen wir los.", Accepted, "legen wir los"},
		{"other languages", "D'accord, faisons comme ça.", Accepted, "faisons comme ça"},
		{"other languages", "Dat is goed, je mag beginnen.", Accepted, "mag beginnen"},
		{"other languages", "Gracias, pero de momento lo vamos a dejar.", Declined, "lo vamos a dejar"},
		{"other languages", "Al final ya no lo necesitamos.", Declined, "no lo necesitamos"},
		{"other languages", "Te duur, we laten het voorlopig.", Declined, "laten het voorlopig"},
		{"other languages", "Obrigado, mas vamos deixar.", Declined, "vamos deixar"},

		// A statement whose subject was dropped is no question.
		{"dropped subject", "Thanks, we'll leave it. Will be in touch in the spring if we need it.", Declined, "leave it"},
		{"dropped subject", "Would be great to have it before Easter, go ahead.", Accepted, "go ahead"},
		{"dropped subject", "Will you need the bank statements", Unclear, "question back"},

		// A no said as the whole clause.
		{"whole-clause no", "Afraid not, sorry.", Declined, "afraid not"},
		{"whole-clause no", "Thanks Sam, but I don't think so.", Declined, "don't think so"},
		{"whole-clause no", "Sadly not.", Declined, "sadly not"},
		{"whole-clause no", "I don't think so, it's only two hours - go ahead.", Unclear, "mixed"},
		{"whole-clause no", "Not really sure what the hours cover.", Unclear, ""},

		// Going ahead, said in the continuous; waivers of a step; a future need.
		{"proceeding", "We won't be proceeding with it.", Declined, "not proceeding"},
		{"proceeding", "We'll be proceeding, thanks.", Accepted, "proceeding"},
		{"waiver", "Please go ahead - no need to send me the draft first.", Accepted, "go ahead"},
		{"waiver", "We won't need anything else, go ahead with the letter.", Accepted, "go ahead"},
		{"future need", "No thanks, we'll call you if we need it.", Declined, "no thanks"},
		{"future need", "Go ahead if the bank agrees.", Unclear, "conditional"},

		// How to pay, asked after a yes or a no.
		{"billing aside", "Go ahead. Can I pay by card?", Accepted, "go ahead"},
		{"billing aside", "No thanks. Can I pay the old invoice by bank transfer though?", Declined, "no thanks"},
		{"billing aside", "Can I pay by card, and is that price per hour?", Unclear, "question back"},

		// A statement, then a question in the same sentence.
		{"statement then question", "Perfect, please go ahead, and could you copy Karen in?", Accepted, "go ahead"},
		{"statement then question", "Fine, but could you do it for less?", Unclear, ""},
		{"statement then question", "Thanks, what does the price include?", Unclear, "question back"},

		// When the reader can come, after a yes, takes the yes for granted.
		{"timing question", "Works for me. How soon could you come over to look at the boiler records?", Accepted, "how soon could you"},
		{"timing question", "When are you free to go through it, and what would the fee be?", Unclear, "question back"},
		{"timing question", "How soon could you come out?", Unclear, "weak"},

		// A condition that only gives the reason for a no said plainly too.
		{"reason for a no", "If the saving is only £50 it isn't worth it. We'll leave the old setup as it is.", Declined, "as it is"},
		{"reason for a no", "If it's more than two hours, leave it.", Unclear, "conditional"},
		{"reason for a no", "If you can do it for $300, go ahead. Otherwise no thanks.", Unclear, "conditional"},

		// Guards for the idioms and plans above.
		{"guards", "Fire away with any questions you have.", Unclear, ""},
		{"guards", "I've changed my mind about the logo colour, please go ahead.", Accepted, "go ahead"},
		{"guards", "Would you be able to start on the 3rd? Sounds good otherwise.", Unclear, "question back"},
		{"guards", "I'll do it next week, send me the forms.", Unclear, "own plan"},
		{"guards", "Thanks, but we've got someone else to do it.", Declined, "someone else"},
		{"guards", "Sure. When do you need the bank statements by?", Accepted, "when do you need"},

		{"guards", "Leave it with me.", Unclear, "not decided: leave it with me"},
		{"guards", "Not this time, thanks. Leave it with me.", Declined, "not this time"},
		{"guards", "Leave it, thanks.", Declined, "leave it"},

		// A thumbs-down, a no after an interjection, disbelief, an approver's verdict.
		{"signs and interjections", "\U0001F44E", Declined, "👎"},
		{"signs and interjections", "haha no", Declined, "no"},
		{"signs and interjections", "Oh yes please.", Accepted, "yes please"},
		{"signs and interjections", "Are you serious? No thank you.", Declined, "no thank you"},
		{"signs and interjections", "Are you serious about the two hours?", Unclear, "question back"},
		{"approver's verdict", "Our director said no, sorry.", Declined, "said no"},
		{"approver's verdict", "Our director says yes, so go ahead.", Accepted, "go ahead"},
		{"approver's verdict", "I never said no to it.", Unclear, ""},

		// Waivers of a step or of the cost, agreement built from a negator, not wanting it.
		{"waiver", "Please go ahead, I don't need to see it first.", Accepted, "go ahead"},
		{"waiver", "Don't worry about the price, just do it.", Accepted, "do it"},
		{"waiver", "Go ahead, and don't hesitate to ring if you need anything.", Accepted, "go ahead"},
		{"agreeing idiom", "We have no objection.", Accepted, "no objection"},
		{"agreeing idiom", "No objection in principle, but let me check with Jo.", Unclear, ""},
		{"not wanted", "We don't want it, thanks.", Declined, "don't want it"},
		{"not wanted", "I'd rather spend the money elsewhere.", Declined, "spend the money elsewhere"},

		// Another way, staying as they are, managing on one's own, getting going.
		{"another way", "We've decided to go in a different direction, thanks.", Declined, "different direction"},
		{"another way", "We'll carry on with our old system for now.", Declined, "carry on with our"},
		{"another way", "I think I can manage it on my own, thanks.", Declined, "own"},
		{"another way", "Great, let's get the ball rolling.", Accepted, "get the ball rolling"},
	})
}

// replyRow is a row of a ReadReply table: the class of sentence or rule
// it tests, the text, the decision and a substring of the reason.
type replyRow struct {
	class, text string
	want        Decision
	reason      string
}

// runReplyRows reads each row's text with the default engine and checks
// the decision and reason.
func runReplyRows(t *testing.T, rows []replyRow) {
	t.Helper()
	e := New(DefaultConfig())
	for _, tt := range rows {
		t.Run(tt.class, func(t *testing.T) {
			got := e.ReadReply(tt.text)
			if got.Decision != tt.want || !strings.Contains(got.Reason, tt.reason) {
				t.Errorf("ReadReply(%q) = %s (%s), want %s (%s…)", tt.text, got.Decision, got.Reason, tt.want, tt.reason)
			}
		})
	}
}

// TestReplyUnderGoAheadQuestion: a client who answers inline, straight
// under the quote's "shall I go ahead?", is read; short inline answers
// under the firm's other quoted questions are not the decision.
func TestReplyUnderGoAheadQuestion(t *testing.T) {
	e := New(DefaultConfig())
	msg := func(body string) []byte {
		return []byte("From: ali@client.test\nIn-Reply-To: <q4@firm.test>\nContent-Type: text/plain; charset=utf-8\n\n" + body)
	}
	quote := func(answerYear, answerGo string) string {
		return "On Tue, 1 Dec 2026, Robin <robin@firm.test> wrote:\n> Which tax year is it for?\n" + answerYear +
			">\n> The return would take 3 hours at $80 an hour.\n> Shall I go ahead?\n" + answerGo + ">\n> Robin\n"
	}
	tests := []struct {
		name, body string
		want       Decision
		reason     string
	}{
		{"yes under the go-ahead", quote("", "Yes please, go ahead.\n"), Accepted, "go ahead"},
		{"no under the go-ahead", quote("", "No thanks, not this year.\n"), Declined, "no thanks"},
		{"answer to another question only", quote("Yes, 2025.\n", ""), Unclear, ""},
		{"top-posted answer wins alone", "Let me think it over.\n\n" + quote("", ""), Unclear, "let me think"},
		{"top-posted and inline agree", "Thanks Robin.\n\n" + quote("2025\n", "Go ahead.\n"), Accepted, "go ahead"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := e.AnalyzeBytes(msg(tt.body))
			if r.ReplyDecision != tt.want || !strings.Contains(r.ReplyReason, tt.reason) {
				t.Errorf("decision %q (%s), want %q (%s…)", r.ReplyDecision, r.ReplyReason, tt.want, tt.reason)
			}
		})
	}
}
