package triage

import "testing"

// TestReplySelfDoDeclines: the client doing the work themselves, said in
// the first person singular or plural in Spanish, Portuguese, Italian,
// German, Dutch or French, declines (words_reply_self.go); a wish or a
// question about it does not. Answers written for the test.
func TestReplySelfDoDeclines(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"self-do es", "Gracias por el presupuesto, pero lo haré yo este fin de semana.", Declined, ""},
		{"self-do es", "Muy amable, al final me encargo yo del papeleo.", Declined, ""},
		{"self-do pt", "Obrigada, mas faço eu com a ajuda do manual.", Declined, ""},
		{"self-do it", "Grazie, ma lo faccio io con calma.", Declined, ""},
		{"self-do de", "Danke für das Angebot, das mache ich selbst.", Declined, ""},
		{"self-do nl", "Bedankt, maar dat doe ik zelf wel.", Declined, ""},
		{"self-do guard", "¿Lo puedo hacer yo o tiene que ser usted?", Unclear, ""},
		{"self-do guard", "Adelante, yo no tengo tiempo de hacerlo yo.", Accepted, ""},
		{"self-do guard", "Ja, bitte machen Sie das, ich habe keine Zeit.", Accepted, ""},
	})
}
