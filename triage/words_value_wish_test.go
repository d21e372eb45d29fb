package triage

import "testing"

// TestValueWishFrame: "I'd value / we'd welcome" + a determiner asks the
// firm for the thing named (TestPoliteAdditiveFrame for the filler it may
// carry); the same verbs about the client's own regard, a past value, or
// a question of worth ask nothing.
func TestValueWishFrame(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"i'd value your view", "I'd value your view on whether the kitchen extension needs a structural survey first.",
			[]string{"paid: I'd value your view on whether the kitchen extension needs a structural survey first."}},
		{"we'd value a", "We'd value a thorough audit of the membership database before the renewals go out.",
			[]string{"paid: We'd value a thorough audit of the membership database before the renewals go out."}},
		{"we'd really value", "We'd really value your help redesigning the rota so the weekend shifts are shared fairly.",
			[]string{"paid: We'd really value your help redesigning the rota so the weekend shifts are shared fairly."}},
		{"i'd also welcome", "I'd also welcome a written appraisal of the orchard lease for the bank.",
			[]string{"paid: I'd also welcome a written appraisal of the orchard lease for the bank."}},
		{"we would welcome", "We would welcome a second opinion on the damp report from the surveyor.",
			[]string{"paid: We would welcome a second opinion on the damp report from the surveyor."}},
		{"i would value", "I would value your advice on restructuring the studio's membership tiers.",
			[]string{"paid: I would value your advice on restructuring the studio's membership tiers."}},
		// Guards: regard, a past value, worth, thanks.
		{"guard: we value", "We value your support enormously, as always.", nil},
		{"guard: valued at", "The van was valued at nine thousand last spring.", nil},
		{"guard: you're welcome", "You're welcome to park in the yard when you visit.", nil},
		{"guard: welcomed the", "The trustees welcomed the news about the grant.", nil},
		{"guard: value for money", "It was good value for money, I thought.", nil},
	})
}

// TestPoliteAdditiveFrame: "également"/"ebenfalls" ("also") between the
// wish and its "que" or verb, as "also" in English, leaves the request
// frame whole.
func TestPoliteAdditiveFrame(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"fr nous aimerions également que", "Nous aimerions également que vous révisiez le plan de financement du gîte.",
			[]string{"paid: Nous aimerions également que vous révisiez le plan de financement du gîte."}},
		{"fr j'aimerais également que", "J'aimerais également que vous établissiez un budget prévisionnel pour la boulangerie.",
			[]string{"paid: J'aimerais également que vous établissiez un budget prévisionnel pour la boulangerie."}},
		{"fr nous souhaiterions également que", "Nous souhaiterions également que vous rédigiez le règlement intérieur du camping.",
			[]string{"paid: Nous souhaiterions également que vous rédigiez le règlement intérieur du camping."}},
		{"de ich möchte ebenfalls", "Ich möchte ebenfalls wissen, wann die Abnahme der Anlage stattfindet.",
			[]string{"quick: Ich möchte ebenfalls wissen, wann die Abnahme der Anlage stattfindet."}},
		{"fr pourriez-vous également", "Pourriez-vous également me dire quand le camion passera ?",
			[]string{"quick: Pourriez-vous également me dire quand le camion passera ?"}},
		// Guards: the additive word in a statement.
		{"guard: fr nous avons également", "Nous avons également reçu la facture du plombier.", nil},
		{"guard: de ebenfalls", "Die Rechnung ist ebenfalls angekommen.", nil},
		{"guard: fr c'est également", "C'est également le cas pour la grange.", nil},
	})
}
