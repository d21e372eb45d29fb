package triage

import "testing"

// TestDutchWillIReceive: an inverted "do I get / do we receive" question
// asks whether a thing comes as usual: a status, however large the thing.
func TestDutchWillIReceive(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"krijg ik", "Krijg ik dit kwartaal weer een overzicht van de kosten?",
			[]string{"quick: Krijg ik dit kwartaal weer een overzicht van de kosten?"}},
		{"ontvang ik", "Ontvang ik ook een jaaroverzicht voor de belastingaangifte?",
			[]string{"quick: Ontvang ik ook een jaaroverzicht voor de belastingaangifte?"}},
		{"krijgen we", "Krijgen we nog een rapport van de inspectie van vorige week?",
			[]string{"quick: Krijgen we nog een rapport van de inspectie van vorige week?"}},
		{"ontvangen wij", "Ontvangen wij de afrekening van de servicekosten ook dit jaar per post?",
			[]string{"quick: Ontvangen wij de afrekening van de servicekosten ook dit jaar per post?"}},
		{"krijgt u", "Krijgt u de stukken van de notaris nog deze week?",
			[]string{"quick: Krijgt u de stukken van de notaris nog deze week?"}},
		// Guards: asking the firm to make the thing stays paid.
		{"guard: kunt u opstellen", "Kunt u een overzicht van alle kosten van dit jaar opstellen?",
			[]string{"paid: Kunt u een overzicht van alle kosten van dit jaar opstellen?"}},
		{"guard: willen jullie samenstellen", "Willen jullie het jaarrapport voor de vereniging samenstellen?",
			[]string{"paid: Willen jullie het jaarrapport voor de vereniging samenstellen?"}},
	})
}

// TestPortugueseCompareAndQuotes: comparing options or gathering quotes
// from suppliers is research (paid), as in English.
func TestPortugueseCompareAndQuotes(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"comparar", "Podem comparar os dois seguros e dizer-me qual compensa mais?",
			[]string{"paid: Podem comparar os dois seguros e dizer-me qual compensa mais?"}},
		{"comparação", "Poderiam fazer uma comparação entre os três fornecedores de energia?",
			[]string{"paid: Poderiam fazer uma comparação entre os três fornecedores de energia?"}},
		{"pedir orçamentos", "Podem pedir orçamentos a dois canalizadores para a obra da cozinha?",
			[]string{"paid: Podem pedir orçamentos a dois canalizadores para a obra da cozinha?"}},
		{"obter orçamentos", "Seria possível obter vários orçamentos para a caixilharia nova?",
			[]string{"paid: Seria possível obter vários orçamentos para a caixilharia nova?"}},
		{"comparativo", "Preciso de um quadro comparativo das propostas das gráficas.",
			[]string{"paid: Preciso de um quadro comparativo das propostas das gráficas."}},
		// Guards: the firm's own quote sent or confirmed is quick.
		{"guard: enviar o orçamento", "Podem enviar-me o orçamento que falámos ontem?",
			[]string{"quick: Podem enviar-me o orçamento que falámos ontem?"}},
		{"guard: recebeu o orçamento", "Recebeu o orçamento assinado que mandei na sexta?",
			[]string{"quick: Recebeu o orçamento assinado que mandei na sexta?"}},
	})
}
