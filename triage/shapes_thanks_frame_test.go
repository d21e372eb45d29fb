package triage

import "testing"

// TestThanksAfterFrame: a wish frame followed by a verb of thanking thanks
// the firm and asks nothing, in any language; a frame that names the firm
// to act, or a frame whose verb comes later, still asks.
func TestThanksAfterFrame(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"fr plural", "Nous souhaiterions vous remercier pour votre accueil au chantier.", nil},
		{"fr singular", "Je voudrais vous remercier pour votre patience avec nos fichiers.", nil},
		{"pt de", "Gostaríamos de agradecer a vossa ajuda com a candidatura.", nil},
		{"de uns", "Wir möchten uns herzlich bei Ihnen für die Beratung bedanken.", nil},
		{"it enclitic", "Vorremmo ringraziarvi per la disponibilità durante il sopralluogo.", nil},
		{"es enclitic", "Quisiéramos agradecerles su paciencia con el retraso.", nil},
		// Guards: someone named to act, thanks far after the ask.
		{"guard: you to thank", "We'd like you to thank the planning officer on our behalf when you call her.",
			[]string{"We'd like you to thank the planning officer on our behalf when you call her."}},
		{"guard: ask then thanks", "Nous voudrions une copie du devis signé, et merci encore.",
			[]string{"Nous voudrions une copie du devis signé, et merci encore."}},
	}, askTextsInLanguage)
}

// askTextsInLanguage is askListInLanguage without the kinds: the rows
// above test what is an ask, not how it is classified.
func askTextsInLanguage(e *Engine, text string) []string {
	var got []string
	for _, q := range e.forLanguage(detectLanguage(text, "")).Questions(text) {
		got = append(got, q.Text)
	}
	return got
}

// TestPluralWishFrames: the plural and conditional siblings of request
// frames the lists had in the singular ("je souhaiterais" → "nous
// souhaiterions", "gostaria" → "gostaríamos", "necesito" →
// "necesitaríamos") and German verb-second "bitten wir um" ask as those do;
// a wish to know stays a question, and a negated or thanking wish asks
// nothing.
func TestPluralWishFrames(t *testing.T) {
	runShapesWith(t, []shapeCase{
		{"es necesitaríamos", "Necesitaríamos el informe de tasación antes del día 15.",
			[]string{"paid: Necesitaríamos el informe de tasación antes del día 15."}},
		{"es desearíamos", "Desearíamos un presupuesto detallado para la reforma de la cocina.",
			[]string{"paid: Desearíamos un presupuesto detallado para la reforma de la cocina."}},
		{"fr nous voudrions", "Nous voudrions une estimation pour la réfection de la toiture.",
			[]string{"paid: Nous voudrions une estimation pour la réfection de la toiture."}},
		{"fr nous souhaiterions faire", "Nous souhaiterions faire relire nos conditions générales par un juriste.",
			[]string{"paid: Nous souhaiterions faire relire nos conditions générales par un juriste."}},
		{"pt gostaríamos", "Gostaríamos de uma revisão do contrato de arrendamento antes da assinatura.",
			[]string{"paid: Gostaríamos de uma revisão do contrato de arrendamento antes da assinatura."}},
		{"guard: pt own need", "Eu precisaria de mais uma semana para reunir as faturas.", nil},
		{"nl we zouden graag", "We zouden graag een nieuwe plattegrond van de benedenverdieping laten tekenen.",
			[]string{"paid: We zouden graag een nieuwe plattegrond van de benedenverdieping laten tekenen."}},
		{"de bitten wir um", "Zudem bitten wir um eine Aufstellung der Reisekosten für das dritte Quartal.",
			[]string{"paid: Zudem bitten wir um eine Aufstellung der Reisekosten für das dritte Quartal."}},
		{"de bitte ich um", "Außerdem bitte ich um einen Rückruf morgen Vormittag.",
			[]string{"quick: Außerdem bitte ich um einen Rückruf morgen Vormittag."}},
		// Guards: a wish to know is quick; thanks and a plain statement ask nothing.
		{"guard: fr to know", "Nous voudrions savoir si le rapport est prêt.",
			[]string{"quick: Nous voudrions savoir si le rapport est prêt."}},
		{"guard: pt thanks", "Gostaríamos de agradecer o excelente trabalho da vossa equipa.", nil},
		{"guard: pt own plan", "Gostaríamos de celebrar o aniversário no vosso restaurante em junho.", nil},
		{"guard: fr own plan", "Nous voudrions organiser le séminaire chez vous au printemps.", nil},
		{"guard: es statement", "La semana pasada necesitábamos el informe, pero ya lo tenemos.", nil},
	}, askListInLanguage)
}
