package triage

import "testing"

// TestCliticImperatives: a Romance imperative carrying its pronoun
// ("mandatemi", "envíenme", "enviem-me", "corrigez-la") opens a request
// as a listed request verb does; apologies and courtesies of the same
// form, names, and reports of what others did ask nothing
// (shapes_clitic_imperative.go).
func TestCliticImperatives(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"it voi imperative with a pronoun", "Per favore, preparatemi due copie del contratto firmato entro lunedì.",
			[]string{"paid: Per favore, preparatemi due copie del contratto firmato entro lunedì."}},
		{"it after a condition", "Se avete già la fattura, mandatecela oggi stesso.",
			[]string{"quick: Se avete già la fattura, mandatecela oggi stesso."}},
		{"es ustedes imperative with two pronouns", "Cuando tengan el presupuesto, envíenmelo por correo.",
			[]string{"quick: Cuando tengan el presupuesto, envíenmelo por correo."}},
		{"es usted imperative", "Revíseme el contrato de alquiler antes del viernes.",
			[]string{"paid: Revíseme el contrato de alquiler antes del viernes."}},
		{"pt plural imperative with a hyphened pronoun", "Quando puderem, mandem-nos a fatura de novembro.",
			[]string{"quick: Quando puderem, mandem-nos a fatura de novembro."}},
		{"fr vous imperative with its pronoun", "Si vous avez le temps, corrigez-la avant l'impression.",
			[]string{"paid: Si vous avez le temps, corrigez-la avant l'impression."}},
		{"fr vous imperative before its object", "Envoyez-moi le devis signé dès que possible.",
			[]string{"quick: Envoyez-moi le devis signé dès que possible."}},
		{"guard: fr apology", "Excusez-moi pour ce retard de paiement.", nil},
		{"guard: fr courtesy", "Recevez mes meilleures salutations.", nil},
		{"guard: it apology", "Scusatemi per la risposta tardiva.", nil},
		{"guard: es apology", "Discúlpenme por no haber contestado antes.", nil},
		{"guard: pt report of others", "Enviaram-me o contrato ontem à noite.", nil},
		{"guard: pt report of what others say", "Dizem-me que a fatura já foi paga.", nil},
		{"guard: es a name", "Ángela me dijo que la factura llegó ayer.", nil},
		{"guard: fr question by inversion", "Avez-vous reçu mon virement de mardi ?",
			[]string{"quick: Avez-vous reçu mon virement de mardi ?"}},
	}, askListInLanguage)
}
