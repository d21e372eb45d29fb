package triage

import "testing"

// TestReplyMoreThanBudgetAllows: a price said to be more than the
// client's budget allows is a no, as "over our budget" is, with a word
// between ("our marketing budget"); a question about the budget and a
// go-ahead that says the price is within it are not. Sentences written
// for the test.
func TestReplyMoreThanBudgetAllows(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"budget allows", "Sadly that is more than our budget allows this year.", Declined, "budget allows"},
		{"budget allows", "Thanks Dana, but it's more than the club's budget allows.", Declined, "budget allows"},
		{"budget allows", "I'm afraid four hours is more than my budget will allow, we'll leave it.", Declined, ""},
		{"budget allows", "Unfortunately that's more than our training budget allows, so we'll run the course ourselves.", Declined, ""},
		{"budget allows", "That comes to more than the parish budget can stretch to.", Declined, "budget"},
		// Guards: a question about the budget, and a go-ahead within it.
		{"budget guard", "Is that more than the budget allows? I need to check with Sam.", Unclear, ""},
		{"budget guard", "That's well within what our budget allows, please go ahead.", Accepted, "go ahead"},
	})
}

// TestReplyDutchAfzienObject: Dutch "afzien van" with the thing named
// after it ("wij zien af van de offerte") declines as the pronoun-adverb
// form does; a question about forgoing a part does not.
func TestReplyDutchAfzienObject(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"nl af van", "Bedankt, maar wij zien af van het onderhoudscontract.", Declined, "af van"},
		{"nl af van", "Ik zie af van de verbouwing, het is te veel geld.", Declined, ""},
		{"nl af van", "Na overleg met mijn vrouw zien we af van het voorstel.", Declined, "af van"},
		{"nl af van", "We zien af van uw aanbod, onze eigen monteur doet het.", Declined, ""},
		{"nl af van", "Helaas zien wij af van de opdracht.", Declined, "af van"},
		// Guards: a question about forgoing a part, and a go-ahead.
		{"nl guard", "Kan ik van het tweede deel afzien als het te duur wordt?", Unclear, ""},
		{"nl guard", "Prima, ga je gang met de offerte.", Accepted, ""},
	})
}

// TestReplyMoreThanMoneyAllows: the money named by another word than
// budget ("the organ fund", "the club's kitty") declines the same way; a
// question about it, and a go-ahead within it, do not (words_reply_money.go).
func TestReplyMoreThanMoneyAllows(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"fund stretch", "I'm afraid that's more than the roof fund can stretch to, so we'll patch it ourselves.", Declined, ""},
		{"kitty allows", "Sorry, it's more than the club's kitty allows this season.", Declined, ""},
		{"finances will allow", "Thank you, but it is more than our finances will allow at present.", Declined, ""},
		{"grant allows", "Unfortunately that's more than the arts grant allows.", Declined, ""},
		{"funds can afford", "Regrettably it comes to more than the church funds can afford.", Declined, ""},
		{"money guard", "Is that more than the fund allows? I need to ask the treasurer.", Unclear, ""},
		{"money guard", "That's well within what the fund allows, please go ahead.", Accepted, ""},
	})
}
