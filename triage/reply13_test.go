package triage

import "testing"

// TestReplyThirteenthShapes holds the shapes the replies13 set's misses
// prompted, with answers written for them (none is a sentence of any
// labelled set) and the guards that must not fire.
func TestReplyThirteenthShapes(t *testing.T) {
	runReplyRows(t, []replyRow{
		// A third party named in the plural ("one of our accountants",
		// "my sons") is someone else doing the job, as the singular is.
		{"plural third party", "We'll manage it internally - one of our accountants has offered to take it on.", Declined, "someone else"},
		{"plural third party", "No thanks, one of the interns is going to do it.", Declined, "no thanks"},
		{"plural third party", "One of my sons will do it.", Unclear, "someone else"},
		{"plural third party", "Thanks anyway, one of our developers will handle it.", Unclear, ""},
		{"plural third party", "Our bookkeepers are going to take it on instead.", Declined, "someone else instead"},
		{"plural third party", "One of our colleagues has offered to do it, so we'll leave it thanks.", Declined, ""},
		{"plural third party guard", "One of your developers can take it on.", Unclear, ""},
		{"plural third party guard", "My partners are happy for you to go ahead.", Accepted, "happy for you to"},
		{"plural third party guard", "Our accountants say go ahead.", Accepted, "go ahead"},
		{"plural third party guard", "Please go ahead, our developers will give you access.", Accepted, "go ahead"},
		{"plural third party guard", "Take it on, the interns can help you.", Accepted, "take it on"},

		// A pronoun standing for someone named before, planning to do
		// the job, in a clause that closes on "instead": the job goes to
		// them, a no.
		{"pronoun takes over", "He's going to have a go at it instead.", Declined, "someone else instead"},
		{"pronoun takes over", "My cousin does websites, she'll sort it instead. Thanks though.", Declined, "someone else instead"},
		{"pronoun takes over", "She will handle it instead.", Declined, "someone else instead"},
		{"pronoun takes over", "Our nephew is handy - he'll fix it instead, so no need.", Declined, ""},
		{"pronoun takes over", "They're going to deal with it instead, thanks anyway.", Declined, "someone else instead"},
		{"pronoun takes over guard", "Your colleague said he'll do it instead.", Unclear, ""},
		{"pronoun takes over guard", "He's going to call you instead.", Unclear, ""},
		{"pronoun takes over guard", "Go ahead, he'll let you in instead of me.", Accepted, "go ahead"},
		{"pronoun takes over guard", "He'll do it instead?", Unclear, "question back"},
		{"pronoun takes over guard", "She'll be in instead.", Unclear, "no answer"},

		// An amount the client says they have already paid is money
		// sent, not a price named back: the go-ahead beside it stands.
		{"amount paid", "I've paid the $380, go ahead.", Accepted, "go ahead"},
		{"amount paid", "We have transferred 450 € this morning. Please proceed.", Accepted, "proceed"},
		{"amount paid", "I just paid $275 - crack on.", Accepted, "crack on"},
		{"amount paid", "We've already sent you the £600, so please go ahead.", Accepted, "go ahead"},
		{"amount paid", "I have paid $90 by card, please start.", Accepted, ""},
		{"amount paid guard", "I paid $400 last time, so go ahead.", Unclear, "names an amount"},
		{"amount paid guard", "I haven't paid the $400 yet but go ahead.", Unclear, "names an amount"},
		{"amount paid guard", "I've paid $200 so far, can you do the rest for $300?", Unclear, "question back"},
		{"amount paid guard", "I've paid $100 and go ahead for $300 total.", Unclear, "names an amount"},
		{"amount paid guard", "Go ahead for $300, I've paid $100 already.", Unclear, "names an amount"},
		{"amount paid guard", "We've already sent $500, go ahead if you can do it for that.", Unclear, "conditional"},
		{"amount paid guard", "I've paid $420.", Unclear, "no answer"},

		// A question marked as another matter ("on a different note")
		// is an aside even with a cue word in it: the answer is the rest.
		{"other matter with a cue", "No thanks. On a separate note, did the signed engagement letter reach you?", Declined, "no thanks"},
		{"other matter with a cue", "Not this time. On another note, are you happy with the signed lease I sent over?", Declined, ""},
		{"other matter with a cue", "Yes, go ahead. While I have you, did you get the signed engagement form?", Accepted, "go ahead"},
		{"other matter with a cue", "We'll give it a miss. Unrelated, but did you approve the signed timesheets I sent you?", Declined, ""},
		{"other matter with a cue", "Hold off please. On an unrelated note, did you go ahead with the Brown file you mentioned?", Declined, "hold off"},
		{"other matter with a cue guard", "On another note, can you go ahead with it?", Unclear, "question back"},
		{"other matter with a cue guard", "Not for now thanks. While I have you, is it $50 for the other thing?", Unclear, "question back"},
		{"other matter with a cue guard", "Maybe. On a different note, did you approve our leave request?", Unclear, ""},
		{"other matter with a cue guard", "No thanks. Did you get the signed engagement letter?", Unclear, "question back"},
		{"other matter with a cue guard", "No thanks. On another note, could I think about the other job?", Unclear, ""},

		// German separable imperatives with a modal particle between
		// verb and particle ("legen Sie bitte los") start the work.
		{"de separable", "Das klingt gut, legen Sie bitte los.", Accepted, "legen sie bitte los"},
		{"de separable", "Fangen Sie ruhig an.", Accepted, "fangen sie ruhig an"},
		{"de separable", "Legen Sie einfach los.", Accepted, ""},
		{"de separable", "Ja, fang bitte an.", Accepted, "fang bitte an"},
		{"de separable", "Prima, legt ruhig los!", Accepted, "legt ruhig los"},
		{"de separable guard", "Fangen Sie bitte noch nicht an.", Unclear, ""},
		{"de separable guard", "Fangen Sie nicht an.", Unclear, ""},
		{"de separable guard", "Ich fang einfach an, danke.", Unclear, ""},
		{"de separable guard", "Können Sie gleich anfangen?", Unclear, "question back"},

		// A yes narrowed to a part in the other languages, as "only the
		// first part" is in English.
		{"part in other languages", "Einverstanden, aber nur den ersten Teil.", Unclear, "part of the work only"},
		{"part in other languages", "Adelante, pero solo la primera parte.", Unclear, "part of the work only"},
		{"part in other languages", "Sì, proceda pure, ma soltanto il bilancio.", Unclear, "part of the work only"},
		{"part in other languages", "Ja, ga uw gang, maar alleen het eerste deel.", Unclear, "part of the work only"},
		{"part in other languages", "Oui, allez-y, mais uniquement pour la déclaration.", Unclear, "part of the work only"},
		{"part in other languages", "Pode avançar, mas só a primeira parte.", Unclear, "part of the work only"},
		{"part in other languages guard", "Ja, legen Sie bitte los.", Accepted, "legen sie bitte los"},
		{"part in other languages guard", "Adelante con todo.", Accepted, "adelante"},
		{"part in other languages guard", "Oui, allez-y.", Accepted, "allez"},
		{"part in other languages guard", "Nee, dank u, we laten het zo.", Declined, ""},
		// The decision still to come ("then I'll decide") or a decider
		// still to win over ("let me talk him round"): not decided.
		{"decision to come", "Send me the figures and I'll decide.", Unclear, "not decided"},
		{"decision to come", "Looks fine, we'll decide at the weekend.", Unclear, "not decided"},
		{"decision to come", "Give me a day to make up my mind.", Unclear, "not decided"},
		{"decision to come", "My wife says no, but I'll try to talk her round.", Unclear, "not decided"},
		{"decision to come", "Happy to, but the partners are against it - I'll see if I can win them over.", Unclear, ""},
		{"decision to come guard", "We've decided: please go ahead.", Accepted, "go ahead"},
		{"decision to come guard", "Go ahead, we decided last night.", Accepted, "go ahead"},
		{"decision to come guard", "We decided against it, thanks.", Declined, ""},
		{"decision to come guard", "The board has decided to proceed - please go ahead.", Accepted, "go ahead"},

		// An hour limit written after the number ("1 hour only", "two
		// hours max") narrows the quote as "only 1 hour" does.
		{"hours limit after", "Go ahead, 2 hours max please.", Unclear, ""},
		{"hours limit after", "Please proceed with 1 hour only and then we'll review.", Unclear, "1 hour only"},
		{"hours limit after", "Yes, but three hours tops.", Unclear, ""},
		{"hours limit after", "Fine, go ahead - four hours at most.", Unclear, ""},
		{"hours limit after", "OK, crack on, 3 hours or less.", Unclear, ""},
		{"hours limit after guard", "Go ahead, the 2 hours is fine.", Accepted, "go ahead"},
		{"hours limit after guard", "Please go ahead.", Accepted, "go ahead"},
		{"hours limit after guard", "Go ahead, only after 2pm though.", Accepted, "go ahead"},

		// "Go ahead and send me X first": the go-ahead is for a step
		// before the work, and the work waits on it.
		{"go ahead and first", "Go ahead and send me the breakdown first.", Unclear, "not decided"},
		{"go ahead and first", "Please go ahead and email the schedule first.", Unclear, "not decided"},
		{"go ahead and first", "Sure, go ahead and check the fuse box first.", Unclear, ""},
		{"go ahead and first", "Go ahead and ring me first.", Unclear, "not decided"},
		{"go ahead and first", "Go ahead and get the landlord's okay first.", Unclear, ""},
		{"go ahead and first guard", "Go ahead and book it in first thing Monday.", Accepted, "go ahead"},
		{"go ahead and first guard", "Go ahead and book it in first.", Accepted, "go ahead"},
		{"go ahead and first guard", "Please go ahead and start.", Accepted, "go ahead"},
		{"go ahead and first guard", "Go ahead and send it over.", Accepted, "go ahead"},
		// "Not this year" and "we'll do it in-house" in the other
		// languages, as in English; "not this year" only as the whole
		// clause ("dit jaar niet meer dan twee uur" limits instead).
		{"not this year, in-house", "Dieses Jahr leider nicht, danke.", Unclear, ""},
		{"not this year, in-house", "Danke, dieses Jahr nicht.", Declined, "dieses jahr nicht"},
		{"not this year, in-house", "Gracias, pero este año no.", Declined, "este año no"},
		{"not this year, in-house", "Merci, mais pas cette année.", Declined, "pas cette année"},
		{"not this year, in-house", "Niet dit jaar, dank u.", Declined, "niet dit jaar"},
		{"not this year, in-house", "Grazie, ma quest'anno no.", Declined, "quest'anno no"},
		{"not this year, in-house", "Obrigado, mas este ano não.", Declined, "este ano não"},
		{"not this year, in-house", "Danke, das erledigen wir intern.", Declined, "erledigen wir intern"},
		{"not this year, in-house", "Grazie, lo gestiamo internamente.", Declined, "internamente"},
		{"not this year, in-house", "Obrigado, vamos resolver internamente.", Declined, "internamente"},
		{"not this year, in-house guard", "Dit jaar niet meer dan twee uur graag.", Unclear, ""},
		{"not this year, in-house guard", "Este año no, pero el año que viene sí.", Unclear, "mixed"},
		{"not this year, in-house guard", "Können wir das intern lösen?", Unclear, "question back"},
		{"not this year, in-house guard", "Wir wollten es intern lösen, aber das hat nicht geklappt. Legen Sie bitte los.", Accepted, "legen sie bitte los"},
		{"not this year, in-house guard", "Dieses Jahr nicht mehr, aber gerne im Januar.", Unclear, "mixed"},
		// "By the way", "btw", "on a side note" mark another matter as
		// "on another note" does: put to the reader, naming neither the
		// quoted work nor an amount, the question is an aside.
		{"by the way", "No thank you. By the way, did you get my card payment?", Declined, "no thank you"},
		{"by the way", "Not this time. Btw, are you open on Saturday?", Declined, "not this time"},
		{"by the way", "Hold off please. On a side note, have you seen the new mileage rules?", Declined, "hold off"},
		{"by the way", "Yes please, go ahead. As an aside, do you know a good locksmith?", Accepted, "go ahead"},
		{"by the way", "We'll pass, thanks. By the way, will you be at the trade fair?", Declined, ""},
		{"by the way guard", "No thanks. By the way, could you do it next year?", Unclear, "question back"},
		{"by the way guard", "No thanks. By the way, do you do discounts for charities?", Unclear, ""},
		{"by the way guard", "No thanks. By the way, would that be less in January?", Unclear, ""},
		{"by the way guard", "By the way, are you happy to go ahead?", Unclear, ""},
		{"by the way guard", "No thanks. Did you get my payment?", Unclear, "question back"},
		// The client is not the one deciding ("it's not my call"): a
		// go-ahead beside it waits on whoever is.
		{"not my call", "I'd say go ahead, but it isn't my call.", Unclear, "not decided"},
		{"not my call", "It's not up to me - I've passed it to our director.", Unclear, "not decided"},
		{"not my call", "Personally yes, but it's not my decision.", Unclear, "not decided"},
		{"not my call", "Not my call, sorry - ask the office manager.", Unclear, "not decided"},
		{"not my call", "Happy with it myself, but not for me to decide.", Unclear, "not decided"},
		{"not my call guard", "It's my call, and it's a yes - go ahead.", Accepted, "go ahead"},
		{"not my call guard", "Go ahead, that's my decision.", Accepted, "go ahead"},
		{"not my call guard", "My decision is no, thanks.", Unclear, ""},
		// A would straight before the go-ahead makes it a wish or a
		// guess ("I would go ahead, but …", "Karen would say yes"); and
		// approval still pending ("pending board approval").
		{"would, pending", "I would go ahead, but cash is tight this month.", Unclear, "would"},
		{"would, pending", "We'd proceed if the numbers worked.", Unclear, ""},
		{"would, pending", "My husband would say go ahead, I'm less sure.", Unclear, ""},
		{"would, pending", "She'd say yes, I expect.", Unclear, "would"},
		{"would, pending", "Happy to proceed pending sign-off from the trustees.", Unclear, "pending"},
		{"would, pending", "Go ahead, subject to the landlord's approval.", Unclear, ""},
		{"would, pending guard", "We'd like you to go ahead.", Accepted, "go ahead"},
		{"would, pending guard", "We would be happy for you to proceed.", Accepted, "proceed"},
		{"would, pending guard", "Yes, I'd love you to go ahead.", Accepted, "go ahead"},
		{"would, pending guard", "We'd agreed to go ahead last week, so please do.", Accepted, "go ahead"},
		{"would, pending guard", "The approval came through - please proceed.", Accepted, "proceed"},
	})
}
