package triage

import "testing"

// TestWishToKnowWhy: a wish to know why something is so ("I'd like to
// know why…", "wüsste gern, warum…") and one relayed from a third person
// ("he wants to know whether…") ask for a fact, in each language; a wish
// to know that names work stays paid. Sentences written for the test.
func TestWishToKnowWhy(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "My foreman wants to know whether the bonus goes through this month's pay.", Quick},
		{"en", "My partner wants to know when the next VAT return is due.", Quick},
		{"de", "Ich möchte gern wissen, warum die Rechnung diesen Monat höher ist.", Quick},
		{"fr", "Je voudrais savoir pourquoi le loyer a augmenté ce trimestre.", Quick},
		{"es", "Quisiera saber por qué no me han pagado las horas del domingo.", Quick},
		{"nl", "Ik wil graag weten waarom de factuur twee keer is verstuurd.", Quick},
		{"it", "Vorrei sapere perché il bonifico non è ancora arrivato.", Quick},
		{"pt", "Gostaria de saber porque o pagamento ainda não chegou.", Quick},
		{"en guard: work named", "He wants to know if you could prepare the cash flow forecast for the bank.", Paid},
	})
}

// TestCheckRecordedStatus: asking the firm to check whether something was
// recorded, entered or processed is a status, in each language; checking
// what a rule allows stays research. Sentences written for the test.
func TestCheckRecordedStatus(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt", "Podem verificar se as minhas faturas foram registadas no sistema?", Quick},
		{"es", "¿Pueden comprobar si mis horas extra han sido registradas?", Quick},
		{"fr", "Pouvez-vous vérifier si mon arrêt maladie a été enregistré ?", Quick},
		{"de", "Können Sie prüfen, ob meine Stunden erfasst wurden?", Quick},
		{"it", "Potete verificare se le mie ferie sono state registrate?", Quick},
		{"pt guard: a rule", "Podem verificar se temos direito ao subsídio de férias segundo a lei?", Paid},
	})
}
