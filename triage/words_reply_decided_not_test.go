package triage

import "testing"

// TestReplyDecidedNotLangs: "we've decided not to" in Dutch, German,
// Spanish, Portuguese, French and Italian declines as the English does;
// a decision still to come or a question does not. Answers written for
// the test.
func TestReplyDecidedNotLangs(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"decided not nl", "We hebben besloten de dakgoot niet te laten vervangen.", Declined, ""},
		{"decided not nl", "Na overleg besloten we om niet verder te gaan.", Declined, ""},
		{"decided not de", "Wir haben beschlossen die Fassade nicht streichen zu lassen.", Declined, ""},
		{"decided not de", "Wir haben uns dagegen entschieden.", Declined, ""},
		{"decided not es", "Hemos decidido no cambiar la caldera este año.", Declined, ""},
		{"decided not pt", "Decidimos não fazer a obra por agora.", Declined, ""},
		{"decided not fr", "Nous avons décidé de ne pas refaire la toiture.", Declined, ""},
		{"decided not it", "Abbiamo deciso di non rifare il tetto.", Declined, ""},
		{"decided not guard", "We hebben nog niets besloten, ik laat het u weten.", Unclear, ""},
		{"decided not guard", "Noch nicht entschieden, ich melde mich.", Unclear, ""},
		{"decided not guard", "¿Ya han decidido qué día vienen?", Unclear, ""},
	})
}
