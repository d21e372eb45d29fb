package triage

import "testing"

// TestReplyBudgetApprovedElsewhereLangs: German "übersteigt … unser
// Budget" and "nicht weiter verfolgen" decline; Portuguese "está
// aprovado" and "pode avançar" accept; Swedish and Danish work going to
// another supplier declines. Guards: approval asked about, and a supplier
// of the client's that only sends something.
func TestReplyBudgetApprovedElsewhereLangs(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"de over budget", "Danke, aber das übersteigt leider unser Budget für dieses Jahr.", Declined, "übersteigt leider unser budget"},
		{"de not pursued", "Wir haben intern gesprochen: bitte nicht weiter verfolgen.", Declined, "nicht weiter verfolgen"},
		{"pt approved", "Está aprovado, podem marcar a primeira sessão para segunda.", Accepted, "está aprovado"},
		{"pt go on", "Pode avançar com o projeto da varanda, obrigado.", Accepted, "pode avançar"},
		{"sv other supplier", "Tack för offerten, men vi har valt en annan leverantör för målningen.", Declined, "en annan leverantör"},
		{"da other supplier", "Tak, men vi bruger en anden leverandør til rengøringen.", Declined, "en anden leverandør"},
		// Guards: approval still asked, nothing decided.
		{"guard pt approval asked", "Ainda preciso de ver com o meu sócio se fica aprovado.", Unclear, ""},
		{"guard pt approval not known", "Não sei se está aprovado pela administração.", Unclear, ""},
	})
}
