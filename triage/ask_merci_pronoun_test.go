package triage

import "testing"

// TestMerciDeWithPronoun: French "merci de" before a verb that carries an
// elided "me"/"te" asks ("merci de m'envoyer …"); before a past
// infinitive ("merci de m'avoir …", "merci de nous avoir …") it thanks
// (merciAsks, ask.go).
func TestMerciDeWithPronoun(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"send, elided me", "Merci de m'envoyer le relevé de compte de novembre.",
			[]string{"quick: Merci de m'envoyer le relevé de compte de novembre."}},
		{"after an opening adverb", "Par ailleurs, merci de m'indiquer la date de la prochaine visite.",
			[]string{"quick: Par ailleurs, merci de m'indiquer la date de la prochaine visite."}},
		{"work, elided me", "Merci de m'établir un devis détaillé pour la rénovation de la cuisine.",
			[]string{"paid: Merci de m'établir un devis détaillé pour la rénovation de la cuisine."}},
		{"informal te", "Merci de t'occuper de la déclaration trimestrielle avant le 15.",
			[]string{"paid: Merci de t'occuper de la déclaration trimestrielle avant le 15."}},
		{"a plain infinitive still asks", "Merci de vérifier les cotes du plan avant l'envoi.",
			[]string{"paid: Merci de vérifier les cotes du plan avant l'envoi."}},
		{"guard: thanks for what was done, me", "Merci de m'avoir rappelé si rapidement.", nil},
		{"guard: thanks for what was done, nous", "Merci de nous avoir reçus hier à l'atelier.", nil},
		{"guard: thanks for a thing", "Merci de l'envoi des échantillons.", nil},
	}, askListInLanguage)
}
