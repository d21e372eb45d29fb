package triage

import "testing"

// Shapes prompted by langs2 (helper "langs2"): polite request frames in
// the conditional or with the person thanked between, wishes after
// "ojalá", rhetorical "who invented…" and "why … make life so hard"
// questions, and reply words to "tu" and of not going ahead. Sentences
// written for the test; rows with kind "" must give no ask.

func TestLangs2RequestFrames(t *testing.T) {
	runLangCases(t, []langCase{
		// German: "Ich wäre Ihnen dankbar, wenn …".
		{"de", "Ich wäre Ihnen dankbar, wenn Sie die Lohnabrechnungen für das erste Quartal neu erstellen könnten.", Paid},
		{"de", "Wir wären Ihnen sehr dankbar, wenn Sie unsere Umsatzsteuererklärung vorbereiten würden.", Paid},
		{"de", "Ich wäre dir dankbar, wenn du mir kurz sagst, wann die Frist abläuft.", Quick},
		{"de", "Wir wären euch dankbar, wenn ihr den Gesellschaftsvertrag überarbeiten könntet.", Paid},
		{"de", "Ich wäre Ihnen dankbar, wenn Sie mir den Eingang der Unterlagen bestätigen.", Quick},
		// French: "il faudrait que tu …", "il faut que vous …".
		{"fr", "Il faudrait que tu refasses le tableau des amortissements pour les trois derniers exercices.", Paid},
		{"fr", "Il faut que vous établissiez les fiches de paie de janvier pour nos deux apprentis.", Paid},
		{"fr", "Il faudrait que tu me dises quand passe le contrôleur.", Quick},
		{"fr", "Il me faudrait une attestation de votre cabinet pour la banque avant jeudi.", Paid},
		{"fr", "Merci de me tenir informé de la date de l'audience.", Quick},
		// Spanish: "les pediría que …", "ojalá pudieran …", "me encantaría saber …".
		{"es", "Les pediría que redactaran un nuevo contrato de trabajo para la encargada de la tienda.", Paid},
		{"es", "Te pediría que me dijeras a qué hora abre la gestoría el lunes.", Quick},
		{"es", "Ojalá pudieras diseñar los folletos de la feria antes del puente.", Paid},
		{"es", "Ojalá pudieran elaborar el estudio de costes de la nueva línea de producción.", Paid},
		{"es", "Me encantaría saber si la oficina cierra en agosto.", Quick},
		{"es", "Me gustaría saber también cuándo vence el plazo del modelo 111.", Quick},
		{"es", "Quisiera saber también cuánto tarda en llegar el certificado digital.", Quick},
		// Italian: "Le sarei grato se …".
		{"it", "Le sarei grato se potesse redigere una lettera di diffida al fornitore.", Paid},
		{"it", "Vi sarei grata se poteste rifare il calcolo delle ferie maturate dei dipendenti.", Paid},
		{"it", "Le sarei grata se mi confermasse l'orario dell'appuntamento.", Quick},
		{"it", "Saremmo grati se poteste analizzare i costi del magazzino degli ultimi due anni.", Paid},
		// Portuguese: "precisaria que …".
		{"pt", "Eu precisaria que vocês elaborassem o plano de negócios para o banco.", Paid},
		{"pt", "Precisaríamos que fizessem a revisão do contrato de arrendamento da loja.", Paid},
		{"pt", "Precisaria que me dissesse quando vence a próxima prestação.", Quick},
		// English: "I would need you to …".
		{"en", "I would need you to redo the depreciation schedule for the vans.", Paid},
		{"en", "We'd need you to draft a reply to the landlord's solicitor.", Paid},
		{"en", "I'd need you to confirm the filing date for the annual return.", Quick},
		// Guards: the client's own plans and thanks ask nothing.
		{"en", "I would need to check with my business partner first.", ""},
		{"de", "Ich wäre Ihnen dankbar gewesen, wenn das früher gekommen wäre, aber egal.", ""},
		{"es", "Ojalá hubiera empezado antes con todo esto.", ""},
		{"pt", "Eu precisaria de mais tempo para juntar os recibos.", ""},
	})
}

func TestLangs2Venting(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "Who invented this ridiculous portal?", ""},
		{"fr", "Mais qui a inventé ce formulaire de déclaration ?", ""},
		{"de", "Wer hat sich diese neue Meldepflicht ausgedacht?", ""},
		{"es", "¿Quién inventó este sistema de facturas electrónicas?", ""},
		{"it", "Chi ha inventato questa procedura per i rimborsi?", ""},
		{"pt", "Quem inventou este formulário novo?", ""},
		{"en", "Why does the council make life so difficult for small shops?", ""},
		{"pt", "Por que o banco complica tanto a vida dos clientes?", ""},
		{"de", "Warum macht uns das Finanzamt das Leben so schwer?", ""},
		{"nl", "Waarom maakt de gemeente het leven zo lastig?", ""},
		{"it", "Perché la banca ci complica così la vita?", ""},
		// Guards: real questions about who and why.
		{"en", "Who prepared last year's accounts for us?", Quick},
		{"fr", "Qui s'occupe de notre dossier pendant les vacances ?", Quick},
		{"en", "Why is our life insurance so expensive this year?", Quick},
		{"pt", "Por que a fatura de novembro veio com IVA a mais?", Quick},
	})
}

func TestLangs2DutchAnswerWanted(t *testing.T) {
	runLangCases(t, []langCase{
		{"nl", "Ik hoor graag of het uurtarief volgend jaar hetzelfde blijft.", Quick},
		{"nl", "Wij horen graag wanneer de aanslag binnen is.", Quick},
		{"nl", "Laat u mij even weten op welk adres ik de stukken kan afgeven.", Quick},
		{"nl", "Laat je me ook nog even weten hoe laat de afspraak is?", Quick},
		{"nl", "Laat u mij ook nog even weten of de nota al betaald is.", Quick},
		{"nl", "Laten jullie ons ook even weten welke documenten nog ontbreken?", Quick},
		{"nl", "Ik hoor graag of u de loonadministratie van ons kunt overnemen.", Paid},
	})
}

// TestLangs2ReplyWords: a go-ahead to "tu" in French, and not going ahead
// ("non procedere", "no seguir adelante", "não avançar") as a no.
func TestLangs2ReplyWords(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"fr tu", "Ok pour moi, tu peux y aller.", Accepted, ""},
		{"fr tu", "Vas-y, je t'envoie les relevés demain.", Accepted, ""},
		{"fr tu", "C'est ok pour moi.", Accepted, ""},
		{"fr tu", "Tu peux commencer dès lundi.", Accepted, ""},
		{"fr tu", "Bon, tu peux lancer le dossier.", Accepted, ""},
		{"it no", "Grazie, ma abbiamo deciso di non procedere.", Declined, ""},
		{"it no", "Preferisco non procedere per quest'anno.", Declined, ""},
		{"it no", "Per ora meglio non procedere, grazie lo stesso.", Declined, ""},
		{"es no", "Hemos decidido no seguir adelante con esto.", Declined, ""},
		{"es no", "Gracias, pero prefiero no seguir adelante.", Declined, ""},
		{"pt no", "Obrigado, mas preferimos não avançar.", Declined, ""},
		{"pt no", "Decidimos não avançar por agora.", Declined, ""},
		// Guards: a question back or a condition is not an answer.
		{"fr guard", "Est-ce que ça te va si on commence en janvier ?", Unclear, ""},
		{"it guard", "Se decidessimo di non procedere, cosa dovremmo pagare?", Unclear, ""},
		{"es guard", "¿Qué pasa si decidimos no seguir adelante?", Unclear, ""},
		{"fr guard", "Ok pour moi si le prix comprend la TVA.", Unclear, ""},
	})
}
