package triage

import "testing"

// TestDateAsProperty: a deadline named with "with" ("con scadenza", "mit
// Frist", "avec échéance", "with a deadline of") describes the thing asked
// for; the request's own kind decides. A question about a deadline stays
// quick.
func TestDateAsProperty(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"it preventivo", "Ci servirebbe un preventivo per il nuovo sito con scadenza a fine marzo.",
			[]string{"paid: Ci servirebbe un preventivo per il nuovo sito con scadenza a fine marzo."}},
		{"fr devis", "Il nous faudrait un devis pour la toiture avec échéance alignée sur le bail.",
			[]string{"paid: Il nous faudrait un devis pour la toiture avec échéance alignée sur le bail."}},
		{"de Angebot", "Wir bräuchten ein Angebot für die Dachsanierung mit Frist zum Monatsende.",
			[]string{"paid: Wir bräuchten ein Angebot für die Dachsanierung mit Frist zum Monatsende."}},
		{"it piano", "Mi servirebbe un piano editoriale per il blog con la scadenza di giugno.",
			[]string{"paid: Mi servirebbe un piano editoriale per il blog con la scadenza di giugno."}},
		{"de Konzept", "Wir bräuchten ein Konzept für die Messe mit einer Frist bis Ende April.",
			[]string{"paid: Wir bräuchten ein Konzept für die Messe mit einer Frist bis Ende April."}},
		{"guard: it question", "Qual è la scadenza per il pagamento dell'IVA?",
			[]string{"quick: Qual è la scadenza per il pagamento dell'IVA?"}},
		{"guard: en question", "What is the deadline for filing the annual accounts?",
			[]string{"quick: What is the deadline for filing the annual accounts?"}},
	})
}
