package triage

import "testing"

// TestRomanceQuestionLead: "est-ce que" and "será que" only mark a
// question; a polite request for work after them is still work, and the
// frame may open with "vous" (questionLead, shapes_politework.go).
func TestRomanceQuestionLead(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"repaint a front", "Est-ce que vous pouvez repeindre la façade ?",
			[]string{"paid: Est-ce que vous pouvez repeindre la façade ?"}},
		{"varnish doors", "Est-ce que vous pourriez vernir les portes du salon ?",
			[]string{"paid: Est-ce que vous pourriez vernir les portes du salon ?"}},
		{"repair a gate, no lead", "Vous pouvez réparer le portail du jardin ?",
			[]string{"paid: Vous pouvez réparer le portail du jardin ?"}},
		{"clean a roof", "Est-ce que vous pouvez nettoyer la toiture de la grange ?",
			[]string{"paid: Est-ce que vous pouvez nettoyer la toiture de la grange ?"}},
		{"paint a room, Portuguese", "Será que vocês podem pintar a sala de jantar?",
			[]string{"paid: Será que vocês podem pintar a sala de jantar?"}},
		{"guard: sending an invoice stays quick", "Est-ce que vous pouvez m'envoyer la facture ?",
			[]string{"quick: Est-ce que vous pouvez m'envoyer la facture ?"}},
		{"guard: telling the hours stays quick", "Est-ce que vous pouvez me dire vos horaires ?",
			[]string{"quick: Est-ce que vous pouvez me dire vos horaires ?"}},
		{"guard: a status stays quick", "Est-ce que la livraison est prévue demain ?",
			[]string{"quick: Est-ce que la livraison est prévue demain ?"}},
	}, askListInLanguage)
}
