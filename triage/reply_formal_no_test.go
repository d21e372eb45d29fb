package triage

import "testing"

// TestReplyNotBotherAndNoFollowUp: "I'll not bother", "we won't bother"
// and the formal French no to an offer ("nous ne donnerons pas suite")
// decline the quote (words.go, words_reply.go); "not bothering you" or
// a wish to take the offer up does not. Sentences
// written for the test.
func TestReplyNotBotherAndNoFollowUp(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"not bother", "Thanks for the figure, I'll not bother this year.", Declined, "not bother"},
		{"not bother", "We won't bother with the valuation, thanks anyway.", Declined, "won't bother"},
		{"not bother", "Having thought about it we will not bother.", Declined, "not bother"},
		{"not bother", "Too dear for a one-off, so I'll not bother.", Declined, ""},
		{"not bother", "ok we wont bother then", Declined, ""},
		{"no follow-up fr", "Après réflexion, nous ne donnerons pas suite à votre proposition.", Declined, "donnerons pas suite"},
		{"no follow-up fr", "Je préfère ne pas y donner suite pour le moment.", Declined, ""},
		{"no follow-up fr", "Merci, mais la mairie a choisi de ne pas donner suite au projet.", Declined, "pas donner suite"},
		{"no follow-up fr", "Mon frère ne donnera pas suite, il s'en occupe lui-même.", Declined, ""},
		{"no follow-up fr", "Nous n'allons finalement pas donner suite, merci.", Declined, "pas donner suite"},
		{"not bother guard", "I hope I'm not bothering you on a Sunday, please go ahead.", Accepted, "go ahead"},
		{"not bother guard", "Sorry to bother you again, go ahead with it.", Accepted, "go ahead"},
		{"no follow-up guard fr", "Oui, vous pouvez commencer, nous souhaitons donner suite.", Accepted, ""},
	})
}
