package triage

import "testing"

// TestReplyPartCanWaitLangs: a part of the work put off ("… can wait",
// "fica para o próximo ano") in German, Spanish, French, Italian, Dutch
// and Portuguese is a no to that part, as English "can wait" is: with a
// go-ahead for the rest the reply is mixed. The same verbs of someone
// waiting somewhere, or not closing the clause, are no no. Sentences
// written for the test.
func TestReplyPartCanWaitLangs(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"can wait pt", "Podem avançar com a auditoria, mas a formação fica para o próximo ano.", Unclear, "mixed"},
		{"can wait pt", "O segundo relatório pode esperar.", Declined, "pode esperar"},
		{"can wait fr", "Allez-y pour la façade, la cuisine peut attendre.", Unclear, "mixed"},
		{"can wait de", "Ja, bitte machen Sie die Website, der Onlineshop kann warten.", Unclear, "mixed"},
		{"can wait es", "Adelante con las nóminas; la auditoría puede esperar.", Unclear, "mixed"},
		{"can wait it", "Procedete con il sito, il catalogo può aspettare.", Unclear, "mixed"},
		{"can wait nl", "Ga je gang met de keuken, de badkamer kan wachten.", Unclear, "mixed"},
		// Guards: someone waiting somewhere, or the verb not closing the clause.
		{"can wait guard", "Sim, podem avançar. O técnico pode esperar na receção se chegar cedo.", Accepted, "podem avançar"},
		{"can wait guard", "Oui, allez-y ; le livreur peut attendre devant la porte.", Accepted, "allez y"},
		{"can wait guard", "Ga je gang, de monteur kan wachten bij de poort.", Accepted, "ga je gang"},
		{"can wait guard", "Adelante, el mensajero puede esperar en recepción.", Accepted, "adelante"},
	})
}
