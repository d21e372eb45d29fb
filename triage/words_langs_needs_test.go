package triage

import "testing"

// TestDutchVerbSecondRequests: a Dutch request opened by an adverb puts
// the verb before the subject ("Daarnaast verzoek ik u …"); it asks as
// "ik verzoek u" does. Sentences written for the test; rows with kind ""
// must give no ask.
func TestDutchVerbSecondRequests(t *testing.T) {
	runLangCases(t, []langCase{
		{"nl", "Daarnaast verzoek ik u de jaarrekening van de stichting op te stellen.", Paid},
		{"nl", "Tot slot verzoeken wij u het huurcontract van de winkel na te kijken en aan te passen.", Paid},
		{"nl", "Verder vraag ik je de loonstroken van december opnieuw aan te maken.", Paid},
		{"nl", "Ook vragen wij u ons te laten weten wanneer de zitting begint.", Quick},
		{"nl", "Hierbij verzoek ik u de ontvangst van het dossier te bevestigen.", Quick},
		// Guards: a report of what was asked earlier, and a question back.
		{"nl", "Vorige maand vroeg ik de gemeente om uitstel en dat is gelukt.", ""},
		{"nl", "Het kantoor verzocht ons gisteren alles digitaal aan te leveren.", ""},
	})
}

// TestNeedWithObjectBetween: a need whose object stands between the verb
// and the word of need ("Ik heb … een overzicht nodig van …", "Avrei
// inoltre bisogno di …") asks for it; a need denied or one that names what
// was already sent asks nothing.
func TestNeedWithObjectBetween(t *testing.T) {
	runLangCases(t, []langCase{
		{"nl", "Ik heb voor de subsidieaanvraag een begroting nodig van de verbouwing.", Paid},
		{"nl", "Wij hebben voor de verzekeraar een schaderapport nodig over de lekkage.", Paid},
		{"nl", "We hebben voor de aannemer een nieuwe plattegrond nodig van de begane grond.", Paid},
		{"it", "Avrei inoltre bisogno di una relazione tecnica sull'impianto elettrico del capannone.", Paid},
		{"it", "Avremmo anche bisogno di un preventivo dettagliato per la ristrutturazione del bagno.", Paid},
		// Guards: no need, or what was needed has been sent.
		{"nl", "Ik heb verder geen hulp nodig met de administratie.", ""},
		{"nl", "Ik heb de stukken die jullie nodig hadden gisteren gemaild.", ""},
		{"nl", "Ik heb alles wat ik nodig had voor de aangifte al gevonden.", ""},
		{"nl", "We hebben voorlopig niets meer nodig.", ""},
	})
}

// TestPortugueseWorkVerbForms: the subjunctive and imperative of work
// verbs ("que analisassem", "que calculem") ask for production work as the
// infinitive does.
func TestPortugueseWorkVerbForms(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt", "Gostaria que analisassem o contrato de franquia antes da assinatura.", Paid},
		{"pt", "Peço que calculem as férias e o subsídio de Natal dos três funcionários.", Paid},
		{"pt", "Gostaria que corrigissem a declaração de rendimentos do ano passado.", Paid},
		{"pt", "Gostaríamos que elaborassem o relatório de sustentabilidade para o banco.", Paid},
		{"pt", "Preciso que preencham o formulário de candidatura ao apoio à contratação.", Paid},
		// Guards: the client's own work and a quick fact.
		{"pt", "Gostaria de saber quando vence a próxima prestação.", Quick},
		{"pt", "Já analisei tudo com o meu sócio e está tudo certo.", ""},
	})
}
