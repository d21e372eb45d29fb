package triage

import "testing"

// TestReplyOverBudgetLanguages: "over our budget" said in French,
// German, Spanish, Italian, Portuguese and Dutch declines as the English
// does; a budget that fits, or a question about it, does not.
func TestReplyOverBudgetLanguages(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"fr over budget", "Merci, mais c'est au-dessus de notre budget cette fois-ci.", Declined, ""},
		{"fr over budget", "Désolé, cela dépasse notre budget pour la refonte.", Declined, ""},
		{"de over budget", "Danke, aber das liegt über unserem Budget für dieses Quartal.", Declined, ""},
		{"es over budget", "Gracias, pero está fuera de nuestro presupuesto este año.", Declined, ""},
		{"it over budget", "Grazie, ma è oltre il nostro budget per il momento.", Declined, ""},
		{"pt over budget", "Obrigado, mas fica acima do nosso orçamento desta vez.", Declined, ""},
		{"nl over budget", "Bedankt, maar dat is boven ons budget voor dit jaar.", Declined, ""},
		// Guards: the budget fits, or is asked about.
		{"fr budget fits", "C'est dans notre budget, allez-y.", Accepted, ""},
		{"es budget asked", "¿Está dentro de nuestro presupuesto si quitamos el informe?", Unclear, ""},
		{"de budget fits", "Das passt in unser Budget, bitte legen Sie los.", Accepted, ""},
	})
}
