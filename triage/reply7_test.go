package triage

import "testing"

// TestReplyWordClasses holds the word classes and rules the replies7 set
// and its paraphrase inventory (TestReplyInventory) prompted, each with
// sentences written for it and the guards that must not fire. None is a
// sentence of any labelled set.
func TestReplyWordClasses(t *testing.T) {
	runReplyRows(t, []replyRow{
		// Notice asked for at the quoted cap is no condition on the yes.
		{"notice", "Go ahead - just shout if it starts taking longer.", Accepted, "go ahead"},
		{"notice", "Please proceed, and tell me before you go beyond the quoted hours.", Accepted, "proceed"},
		{"notice", "Fine, start on it; warn me if it looks like running over.", Accepted, ""},
		{"notice", "Yes please, ask me first if it needs more time.", Accepted, "yes please"},
		{"notice guard", "Go ahead, but let me know if it's more than 2 hours.", Unclear, "conditional"},
		{"notice guard", "Go ahead if it won't run over.", Unclear, "conditional"},
		{"notice guard", "Let me know if it runs over.", Unclear, ""},

		// A clear no after a contrast outweighs a weak yes or a concession.
		{"concession", "Looks great in theory, but we can't justify it this year.", Declined, ""},
		{"concession", "Sounds lovely, but we'll pass.", Declined, "pass"},
		{"concession", "Good idea in principle, but not right now.", Declined, "not right now"},
		{"concession guard", "Sounds good, but we won't need the second report.", Unclear, "mixed"},
		{"concession guard", "Go ahead, but not right now.", Unclear, "mixed"},
		{"concession guard", "In principle yes, but I need to check with Sam first.", Unclear, ""},
		{"concession guard", "Sounds good, but don't bother sending it to me first.", Unclear, "mixed"},

		// "Thanks, but …" leans to no: with another lean it decides.
		{"thanks-but", "Thanks, but that's more than we'd budgeted.", Declined, "thanks, but"},
		{"thanks-but", "Thank you for the quote, but it's too expensive.", Declined, "thanks, but"},
		{"thanks-but guard", "Thanks, but could you do it for less?", Unclear, ""},
		{"thanks-but guard", "Thanks, but I'm not sure yet.", Unclear, ""},
		{"thanks-but guard", "Thanks, but please go ahead anyway.", Accepted, "go ahead"},

		// A consultation reported done is no hedge.
		{"consulted", "We've run it past the partners and they're happy for you to go ahead.", Accepted, ""},
		{"consulted", "I have now run this by my wife - please proceed.", Accepted, "proceed"},
		{"consulted guard", "I'll have to run it past the partners first.", Unclear, "not decided"},
		{"consulted guard", "Happy to proceed, but Jo has final say.", Unclear, "not decided"},

		// An emphatic word said as a clause of its own agrees.
		{"emphatic", "Certainly, sounds good.", Accepted, ""},
		{"emphatic", "Definitely, the sooner the better.", Accepted, ""},
		{"emphatic", "Of course - the sooner it's done the better.", Accepted, ""},
		{"emphatic guard", "Absolutely not.", Declined, ""},
		{"emphatic guard", "Certainly, we'll leave it.", Declined, "leave it"},
		{"emphatic guard", "Definitely, but only the first part.", Unclear, ""},

		// The client's own plan to withdraw the work.
		{"retraction", "We'll park it for now.", Declined, "park it"},
		{"retraction", "I'll shelve it until next year.", Declined, "shelve it"},
		{"retraction", "We will drop it, thanks.", Declined, "drop it"},
		{"retraction guard", "We'll drop it off at your office on Monday.", Unclear, ""},
		{"retraction guard", "I'll drop them round tomorrow.", Unclear, ""},

		// A question about another matter leaves the answer as it is.
		{"other matter", "Go ahead. On another note, did you get my tax code letter?", Accepted, "go ahead"},
		{"other matter", "Yes please. Unrelated, but what's your rate for payroll at the moment?", Accepted, ""},
		{"other matter guard", "Yes. On another note, is that including VAT?", Unclear, "question back"},

		// Someone else will do it instead.
		{"substitute", "Our office manager will handle it instead.", Declined, "someone else instead"},
		{"substitute", "My daughter's going to sort it out instead.", Declined, "someone else instead"},
		{"substitute guard", "Could my son do it instead?", Unclear, ""},
		{"substitute guard", "Go ahead - my partner will sign instead.", Unclear, "part of the work"},

		// Paying what was quoted; approving the spend.
		{"spend", "Happy to pay for that - please start.", Accepted, ""},
		{"spend", "Money well spent, book it in.", Accepted, ""},
		{"spend guard", "Happy to pay for 2 hours.", Unclear, ""},

		// The other languages' preferring not to, and starting.
		{"languages", "Prefiro não, obrigado.", Declined, ""},
		{"languages", "Liever niet, dank je.", Declined, ""},
		{"languages", "Preferimos que no, gracias.", Declined, ""},
		{"languages", "Vi lar det være.", Declined, ""},
		{"languages", "Merci de commencer dès lundi.", Accepted, ""},
		{"languages", "Kør på!", Accepted, ""},
	})
}
