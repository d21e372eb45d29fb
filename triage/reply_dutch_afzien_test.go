package triage

import "testing"

// TestReplyDutchAfzienPronoun: Dutch "afzien van" (to forgo) with a
// pronoun adverb ("hiervan", "daarvan", "daar … van") declines as "we
// zien ervan af" does; guards keep an acceptance and a question.
func TestReplyDutchAfzienPronoun(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"nl hiervan af", "Dank voor het voorstel. Wij zien hiervan af, het verbouwplan blijft zoals het is.", Declined, ""},
		{"nl daarvan af", "Ik zie daarvan af, de website blijft voorlopig zoals hij is.", Declined, ""},
		{"nl daar toch van af", "Na overleg zien wij daar toch van af.", Declined, ""},
		{"nl zie hier van af", "Sorry, ik zie hier van af, mijn zwager regelt het.", Declined, ""},
		{"nl zien daarvan af", "We zien daarvan af voor dit seizoen.", Declined, ""},
		// Guards: going ahead, and a question about forgoing part of it.
		{"nl go ahead", "Prima, ga je gang met het ontwerp.", Accepted, ""},
		{"nl question", "Kan ik van het tweede deel afzien als het te duur wordt?", Unclear, ""},
	})
}
