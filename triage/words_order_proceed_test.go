package triage

import "testing"

// TestWishToOrderAndProceed: a wish to order from the firm in French
// ("Nous aimerions commander …"), a request with the imperfect of
// "pedir" in Portuguese ("Pedia-vos que …") and an Italian go-on with a
// named piece of work ("Procedete pure con …") are asks for work even
// without a question mark; an apology with "pedir" and a bare "procedete
// pure" ask nothing.
func TestWishToOrderAndProceed(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"fr: wish to order", "Nous aimerions commander 40 coussins brodés au nom de l'hôtel.",
			[]string{"paid: Nous aimerions commander 40 coussins brodés au nom de l'hôtel."}},
		{"pt: pedia-vos que", "Pedia-vos também que revissem o contrato de arrendamento da loja.",
			[]string{"paid: Pedia-vos também que revissem o contrato de arrendamento da loja."}},
		{"pt: pedíamos-lhe que", "Pedíamos-lhe que preparasse o orçamento detalhado da obra.",
			[]string{"paid: Pedíamos-lhe que preparasse o orçamento detalhado da obra."}},
		{"it: procedete pure con", "Procedete pure con la sostituzione di tutte le tapparelle.",
			[]string{"paid: Procedete pure con la sostituzione di tutte le tapparelle."}},
		{"it: proceda con", "Proceda con la posa del parquet in soggiorno.",
			[]string{"paid: Proceda con la posa del parquet in soggiorno."}},
		{"guard pt: an apology", "Pedia-lhe desculpa pelo atraso no pagamento.", nil},
		{"guard it: a bare go-on", "Procedete pure.", nil},
	}, askListInLanguage)
}
