package triage

import "testing"

// TestLangWantYouFrames: wanting the firm to act ("wij willen dat u …"),
// a need put impersonally ("nos haría falta …", "ci servirebbe …") and a
// softened "ich wollte nur kurz fragen" ask; sending a thing again is
// quick in each language. Sentences written for the test; guards below
// stay no asks or keep their kind.
func TestLangWantYouFrames(t *testing.T) {
	runLangCases(t, []langCase{
		{"nl", "Wij willen dat u het huurcontract voor de nieuwe winkel opstelt.", Paid},
		{"nl", "Ik wil graag dat jullie de boekhouding van de stichting overnemen.", Paid},
		{"nl", "We willen dat je de offerte voor het dak herberekent.", Paid},
		{"de", "Ich wollte nur kurz fragen, ob der Handwerker morgen kommt.", Quick},
		{"de", "Wir wollten mal fragen, ob die Unterlagen angekommen sind.", Quick},
		{"es", "Nos haría falta un informe pericial de la fachada.", Paid},
		{"es", "Me hace falta que me preparen el modelo de la renta.", Paid},
		{"it", "Ci servirebbe un progetto per l'impianto di irrigazione.", Paid},
		{"es", "Reenvíeme, por favor, el contrato firmado.", Quick},
		{"es", "Por favor, mándenos el justificante del pago.", Quick},
		{"it", "Per cortesia, inviatemi la ricevuta del bonifico.", Quick},
		{"it", "Mi rimandi il preventivo di ieri, per favore.", Quick},
		// Guards: wanting something of oneself or of a third party, a
		// need that is over, and news.
		{"nl", "Wij willen dat de aannemer eerst het dak afmaakt.", ""},
		{"es", "Ya no hace falta que vengan el lunes.", ""},
		{"de", "Ich wollte Ihnen nur kurz Bescheid geben, dass wir umziehen.", ""},
	})
}
