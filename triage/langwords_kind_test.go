package triage

import "testing"

// langCase is one sentence of the per-language classes and what triage
// must make of it: its kind, or no ask at all (kind "").
type langCase struct {
	lang, text string
	kind       Kind
}

// runLangCases checks each sentence is one ask of the given kind, or none.
func runLangCases(t *testing.T, tests []langCase) {
	t.Helper()
	e := New(DefaultConfig())
	for _, tt := range tests {
		t.Run(tt.lang+": "+tt.text, func(t *testing.T) {
			qs := e.Questions(tt.text)
			if tt.kind == "" {
				if len(qs) != 0 {
					t.Fatalf("got %d asks (%q), want none", len(qs), qs[0].Text)
				}
				return
			}
			if len(qs) != 1 {
				t.Fatalf("got %d asks, want 1: %+v", len(qs), qs)
			}
			if qs[0].Kind != tt.kind {
				t.Errorf("kind %s, want %s", qs[0].Kind, tt.kind)
			}
		})
	}
}

// TestLangKindClasses: the firm's price, a wish to know a fact and a
// meeting are quick; updating, reconciling and advice in writing are
// paid, in each of the six languages (words_langs_kind.go). Sentences
// written for the test.
func TestLangKindClasses(t *testing.T) {
	t.Run("quick: price, a fact to know, a meeting", func(t *testing.T) {
		runLangCases(t, []langCase{
			{"de", "Was kostet bei Ihnen die Erstellung eines Jahresabschlusses?", Quick},
			{"de", "Ich möchte gern wissen, ob Sie auch samstags geöffnet haben.", Quick},
			{"de", "Können wir nächste Woche einen Termin für die Schlussbesprechung vereinbaren?", Quick},
			{"de", "Wie hoch ist Ihr Stundensatz für eine Beratung zur Gründung?", Quick},
			{"fr", "Combien coûterait la préparation de notre bilan annuel ?", Quick},
			{"fr", "J'aimerais savoir si vous êtes ouverts le samedi matin.", Quick},
			{"fr", "Pourrions-nous fixer un rendez-vous mardi pour parler du budget ?", Quick},
			{"fr", "Quels sont vos honoraires pour la révision d'un contrat de bail ?", Quick},
			{"es", "¿Cuánto cuesta que nos preparen las cuentas anuales?", Quick},
			{"es", "Quería saber si la oficina abre el sábado.", Quick},
			{"es", "¿Podemos tener una reunión el jueves para hablar del presupuesto?", Quick},
			{"es", "¿Cuáles son sus honorarios por revisar un contrato de alquiler?", Quick},
			{"nl", "Wat kost het opstellen van een jaarrekening bij jullie?", Quick},
			{"nl", "Ik wil graag weten of jullie op zaterdag open zijn.", Quick},
			{"nl", "Kunnen we volgende week een afspraak maken om de begroting te bespreken?", Quick},
			{"nl", "Wat is uw uurtarief voor het nakijken van een huurcontract?", Quick},
			{"it", "Quanto costerebbe la preparazione del bilancio annuale?", Quick},
			{"it", "Volevo sapere se lo studio è aperto il sabato.", Quick},
			{"it", "Possiamo fissare un appuntamento giovedì per parlare del budget?", Quick},
			{"it", "Quali sono i vostri onorari per la revisione di un contratto d'affitto?", Quick},
			{"pt", "Quanto custa a preparação das contas anuais?", Quick},
			{"pt", "Queria saber se o escritório abre ao sábado.", Quick},
			{"pt", "Podemos marcar uma reunião na quinta para falar do orçamento?", Quick},
			{"pt", "Quais são os vossos honorários para rever um contrato de arrendamento?", Quick},
		})
	})
	t.Run("paid: update, reconcile, advice in writing", func(t *testing.T) {
		runLangCases(t, []langCase{
			{"de", "Könnten Sie unsere Preisliste auf der Website aktualisieren?", Paid},
			{"de", "Bitte geben Sie uns eine schriftliche Stellungnahme zu dem Bescheid.", Paid},
			{"de", "Kannst du die Kundendatenbank auf den neuesten Stand bringen?", Paid},
			{"de", "Wir bräuchten Ihre Einschätzung, ob sich der Umbau steuerlich lohnt.", Paid},
			{"fr", "Pourriez-vous mettre à jour notre tableau des immobilisations ?", Paid},
			{"fr", "Pouvez-vous faire le rapprochement bancaire du mois de juin ?", Paid},
			{"fr", "J'aurais besoin de votre avis par écrit sur la clause de non-concurrence.", Paid},
			{"fr", "Merci de mettre à jour le plan de trésorerie avec les nouveaux chiffres.", Paid},
			{"es", "¿Podrías actualizar el inventario con las compras de marzo?", Paid},
			{"es", "Necesito que hagan la conciliación de las tarjetas de crédito.", Paid},
			{"es", "¿Me pueden dar su opinión por escrito sobre la subvención?", Paid},
			{"es", "¿Nos puede hacer el cierre contable del ejercicio?", Paid},
			{"nl", "Kun je onze prijslijst op de website bijwerken?", Paid},
			{"nl", "Zou u de bankafstemming van het tweede kwartaal kunnen doen?", Paid},
			{"nl", "Graag een schriftelijk advies over de nieuwe huurovereenkomst.", Paid},
			{"nl", "Kunnen jullie het klantenbestand actualiseren?", Paid},
			{"it", "Potreste aggiornare il registro dei beni ammortizzabili?", Paid},
			{"it", "Mi serve la riconciliazione dei conti bancari di maggio.", Paid},
			{"it", "Vorrei un parere scritto sul nuovo contratto di fornitura.", Paid},
			{"it", "Può fare la quadratura della cassa del negozio?", Paid},
			{"pt", "Podem atualizar o mapa de imobilizado com as compras novas?", Paid},
			{"pt", "Preciso de um parecer sobre o contrato com o fornecedor.", Paid},
			{"pt", "Poderia pôr por escrito a sua opinião sobre a fusão?", Paid},
			{"pt", "Gostaria que atualizassem o nosso site com os preços novos.", Paid},
		})
	})
}

// TestLangRequestFrames: asking the firm to act put as a statement
// ("Ich möchte Sie bitten …", "Je vous demande de …", "Les escribo para
// saber si …", "Ik wil u vragen …", "Vorrei chiederle …", "Venho por este
// meio solicitar …") is an ask; writing about a topic is not.
func TestLangRequestFrames(t *testing.T) {
	runLangCases(t, []langCase{
		{"de", "Ich möchte Sie bitten, die Nebenkostenabrechnung zu überprüfen.", Paid},
		{"de", "Dürfte ich Sie bitten, mir den Bescheid noch einmal zuzuschicken.", Quick},
		{"de", "Ich schreibe Ihnen, um zu fragen, ob der Antrag schon eingegangen ist.", Quick},
		{"de", "Wir möchten Sie bitten, den Arbeitsvertrag für die neue Kollegin zu entwerfen.", Paid},
		{"fr", "Je vous demande de préparer les fiches de paie de décembre.", Paid},
		{"fr", "Je vous écris pour savoir si le paiement est bien arrivé.", Quick},
		{"fr", "Nous vous demandons de rédiger une réponse au courrier de l'URSSAF.", Paid},
		{"fr", "Je me permets de vous demander la date de notre prochain rendez-vous.", Quick},
		{"es", "Les ruego que me envíen el certificado de retenciones.", Quick},
		{"es", "Le escribo para saber si ya recibieron el pago de noviembre.", Quick},
		{"es", "Quisiera pedirles que elaboren un plan de tesorería para el año que viene.", Paid},
		{"es", "Le pido que corrija las nóminas de los dos últimos meses.", Paid},
		{"nl", "Ik wil u vragen de loonstroken van januari te corrigeren.", Paid},
		{"nl", "Mag ik je vragen de factuur nog een keer te sturen.", Quick},
		{"nl", "Ik mail je om te vragen of de aangifte al verstuurd is.", Quick},
		{"nl", "Wij vragen u een verweerschrift op te stellen tegen de boete.", Paid},
		{"it", "Vorrei chiederle di preparare le buste paga di dicembre.", Paid},
		{"it", "Le scrivo per sapere se il bonifico è arrivato.", Quick},
		{"it", "Vi pregherei di redigere una risposta alla lettera dell'Agenzia.", Paid},
		{"it", "Vorrei chiedervi la data della prossima riunione.", Quick},
		{"pt", "Venho por este meio solicitar a elaboração do relatório de contas.", Paid},
		{"pt", "Peço que me enviem a declaração de rendimentos.", Quick},
		{"pt", "Escrevo para saber se já receberam o pagamento.", Quick},
		{"pt", "Agradeço que me informem do prazo de entrega da declaração.", Quick},
		// Writing about a topic asks nothing by itself.
		{"es", "Le escribo por lo del contrato del local.", ""},
		{"it", "Ti scrivo per il contratto del magazzino.", ""},
		{"pt", "Venho por este meio informar que mudámos de morada.", ""},
		{"fr", "Je vous écris au sujet du contrat de bail.", ""},
	})
}

// TestLangVentingWhy: a why-question about what always or never happens,
// or what nobody does, vents in every language, as "why is it always…"
// does in English; a why-question about one thing still asks.
func TestLangVentingWhy(t *testing.T) {
	runLangCases(t, []langCase{
		{"de", "Warum dauert das bei der Bank immer so lange?", ""},
		{"de", "Wieso meldet sich beim Finanzamt nie jemand zurück?", ""},
		{"de", "Warum hat uns niemand vorher gewarnt?", ""},
		{"de", "Warum ist die Rechnung für Oktober höher als die für September?", Quick},
		{"fr", "Pourquoi est-ce que les banques changent toujours leurs formulaires ?", ""},
		{"fr", "Pourquoi personne ne répond jamais au téléphone à la mairie ?", ""},
		{"fr", "Franchement, pourquoi personne ne nous a prévenus ?", ""},
		{"fr", "Pourquoi la facture d'octobre est-elle plus élevée que celle de septembre ?", Quick},
		{"es", "¿Por qué Hacienda siempre manda las cartas en agosto?", ""},
		{"es", "¿Por qué nadie contesta nunca en la gestoría del banco?", ""},
		{"es", "¿Por qué nunca funciona la web del ayuntamiento?", ""},
		{"es", "¿Por qué la factura de octubre es más alta que la de septiembre?", Quick},
		{"nl", "Waarom duurt het bij de Belastingdienst altijd zo lang?", ""},
		{"nl", "Waarom neemt er nooit iemand op bij de bank?", ""},
		{"nl", "Waarom heeft niemand ons gewaarschuwd?", ""},
		{"nl", "Waarom is de factuur van oktober hoger dan die van september?", Quick},
		{"it", "Perché la banca cambia sempre i moduli?", ""},
		{"it", "Perché nessuno risponde mai al telefono in comune?", ""},
		{"it", "Ma perché non funziona mai niente?", ""},
		{"it", "Perché la fattura di ottobre è più alta di quella di settembre?", Quick},
		{"pt", "Porque é que as Finanças mudam sempre os formulários?", ""},
		{"pt", "Por que ninguém atende o telefone no banco?", ""},
		{"pt", "Porque é que nunca nada funciona à primeira?", ""},
		{"pt", "Por que a fatura de outubro é mais alta que a de setembro?", Quick},
		// Everything, everyone, by degree: "why does everything take so
		// long?"; one thing by degree still asks.
		{"de", "Warum dauert alles bei den Behörden so lange?", ""},
		{"de", "Wieso machen alle Banken es so kompliziert?", ""},
		{"de", "Warum ist unsere Rechnung diesmal so hoch?", Quick},
		{"fr", "Pourquoi tout est tellement compliqué avec les impôts ?", ""},
		{"fr", "Pourquoi notre facture est-elle tellement élevée ce mois-ci ?", Quick},
		{"es", "¿Por qué todo tarda tanto con la administración?", ""},
		{"es", "¿Por qué todos los bancos cobran tantas comisiones?", ""},
		{"es", "¿Por qué nuestra cuota es tan alta este trimestre?", Quick},
		{"nl", "Waarom duurt alles bij de gemeente zo lang?", ""},
		{"nl", "Waarom is onze rekening deze maand zo hoog?", Quick},
		{"it", "Perché tutto è così lento con gli uffici pubblici?", ""},
		{"it", "Perché la nostra bolletta è così alta questo mese?", Quick},
		{"pt", "Porque é que tudo demora tanto neste escritório de finanças?", ""},
		{"pt", "Por que todos os bancos cobram tantas taxas?", ""},
		{"pt", "Porque é que a nossa fatura é tão alta este mês?", Quick},
	})
}

// TestMeetingOccasion: a meeting named as the occasion of work ("for the
// meeting") leaves the work paid; a meeting or call asked for is quick.
func TestMeetingOccasion(t *testing.T) {
	runLangCases(t, []langCase{
		{"en", "Could you prepare the figures for the appointment with the bank?", Paid},
		{"de", "Könnten Sie die Zahlen für die Besprechung mit der Bank vorbereiten?", Paid},
		{"de", "Haben Sie am Montag Zeit für einen Termin?", Quick},
		{"fr", "Pourriez-vous préparer les comptes pour la réunion des associés ?", Paid},
		{"fr", "Avez-vous un créneau jeudi pour un rendez-vous ?", Quick},
		{"es", "¿Podrían elaborar el presupuesto para la reunión con el banco?", Paid},
		{"es", "¿Tienen un hueco el lunes para una llamada?", Quick},
		{"nl", "Kunnen jullie de cijfers voor het overleg met de bank opstellen?", Paid},
		{"nl", "Kunnen we dinsdag een afspraak maken?", Quick},
		{"it", "Potrebbe redigere la relazione per la riunione del consiglio?", Paid},
		{"it", "Avete tempo venerdì per una telefonata?", Quick},
		{"pt", "Podem elaborar o relatório para a reunião com o banco?", Paid},
		{"pt", "Podemos marcar uma reunião para terça?", Quick},
	})
}

// TestLangNotAsks: "please note", "please find attached" and offers to
// help in each language are no asks (words_<lang>.go NotAsks, Offers);
// an ask beside them still is.
func TestLangNotAsks(t *testing.T) {
	runLangCases(t, []langCase{
		{"de", "Bei Fragen können Sie sich gern jederzeit melden.", ""},
		{"de", "Bitte beachten Sie, dass wir ab Januar eine neue Bankverbindung haben.", ""},
		{"de", "Anbei finden Sie die Rechnung für November.", ""},
		{"de", "Zögern Sie nicht, mich anzurufen, wenn etwas unklar ist.", ""},
		{"de", "Können Sie mir die Rechnung für November noch einmal schicken?", Quick},
		{"fr", "Veuillez noter que notre adresse change au 1er février.", ""},
		{"fr", "N'hésitez pas à me contacter si vous avez besoin d'autre chose.", ""},
		{"fr", "Vous trouverez ci-joint le contrat signé.", ""},
		{"fr", "Je reste à votre disposition pour tout complément.", ""},
		{"fr", "Pouvez-vous me renvoyer le contrat signé ?", Quick},
		{"es", "Por favor, tenga en cuenta que cambiamos de banco.", ""},
		{"es", "No dude en llamarme si necesita algo más.", ""},
		{"es", "Le adjunto las facturas de octubre.", ""},
		{"es", "Quedo a su disposición para cualquier aclaración.", ""},
		{"es", "¿Me puede reenviar las facturas de octubre?", Quick},
		{"nl", "Houd er rekening mee dat we vanaf januari een nieuw rekeningnummer hebben.", ""},
		{"nl", "Aarzel niet om contact op te nemen als u vragen heeft.", ""},
		{"nl", "In de bijlage vindt u de facturen van oktober.", ""},
		{"nl", "Bel gerust als er iets niet duidelijk is.", ""},
		{"nl", "Kun je de facturen van oktober nog een keer sturen?", Quick},
		{"it", "Tenga presente che da gennaio cambiamo banca.", ""},
		{"it", "Non esiti a contattarmi per qualsiasi chiarimento.", ""},
		{"it", "In allegato trova le fatture di ottobre.", ""},
		{"it", "Resto a disposizione per ogni necessità.", ""},
		{"it", "Può rimandarmi le fatture di ottobre?", Quick},
		{"pt", "Por favor, tenha em atenção que mudámos de banco.", ""},
		{"pt", "Não hesite em contactar-me se precisar de mais alguma coisa.", ""},
		{"pt", "Segue em anexo a fatura de outubro.", ""},
		{"pt", "Fico ao dispor para qualquer esclarecimento.", ""},
		{"pt", "Pode reenviar-me a fatura de outubro?", Quick},
	})
}

// TestLangKindClassRows: more rows per class and language, so each class
// of words_langs_kind.go has at least four sentences in each language
// (with TestLangKindClasses). Sentences written for the test.
func TestLangKindClassRows(t *testing.T) {
	t.Run("the firm's price", func(t *testing.T) {
		runLangCases(t, []langCase{
			{"de", "Was würde eine Beratung zur Erbschaftsteuer bei Ihnen kosten?", Quick},
			{"de", "Was verlangen Sie für die Lohnabrechnung pro Mitarbeiter?", Quick},
			{"fr", "Combien prenez-vous pour une déclaration de revenus ?", Quick},
			{"fr", "Quel serait le prix pour la tenue de nos comptes ?", Quick},
			{"es", "¿Cuánto cobras por llevar la contabilidad de un autónomo?", Quick},
			{"es", "¿Cuánto costaría una consulta sobre la herencia?", Quick},
			{"nl", "Wat rekenen jullie voor de loonadministratie per medewerker?", Quick},
			{"nl", "Wat zou een adviesgesprek over de erfenis kosten?", Quick},
			{"it", "Quanto chiedete per la gestione delle buste paga?", Quick},
			{"it", "Qual è il prezzo di una consulenza sulla successione?", Quick},
			{"pt", "Quanto cobram por processar os salários de cada funcionário?", Quick},
			{"pt", "Qual seria o preço de uma consulta sobre a herança?", Quick},
		})
	})
	t.Run("a fact to know", func(t *testing.T) {
		runLangCases(t, []langCase{
			{"de", "Ich würde gern wissen, wer bei Ihnen für die Lohnabrechnung zuständig ist.", Quick},
			{"de", "Wir wollten wissen, wann die Kanzlei zwischen den Jahren geschlossen ist.", Quick},
			{"de", "Ich möchte gern wissen, wo ich den Bescheid abholen kann.", Quick},
			{"fr", "Nous aimerions savoir qui s'occupe de notre dossier cette année.", Quick},
			{"fr", "Je voulais savoir quand le cabinet ferme pour les fêtes.", Quick},
			{"fr", "Je voudrais savoir quel jour vous passez prendre les documents.", Quick},
			{"es", "Quisiera saber quién lleva nuestro expediente este año.", Quick},
			{"es", "Queríamos saber cuándo cierra la gestoría en Navidad.", Quick},
			{"es", "Quería saber dónde tengo que dejar los papeles.", Quick},
			{"nl", "Ik wil graag weten wie ons dossier dit jaar behandelt.", Quick},
			{"nl", "Wij vroegen ons af wanneer het kantoor rond de feestdagen dicht is.", Quick},
			{"nl", "Ik wil graag weten waar ik de stukken kan afgeven.", Quick},
			{"it", "Vorrei sapere chi segue la nostra pratica quest'anno.", Quick},
			{"it", "Volevamo sapere quando chiude lo studio per le feste.", Quick},
			{"it", "Vorrei sapere dove posso lasciare i documenti.", Quick},
			{"pt", "Queria saber quem trata do nosso processo este ano.", Quick},
			{"pt", "Queríamos saber quando o escritório fecha no Natal.", Quick},
			{"pt", "Gostaria de saber onde posso deixar os documentos.", Quick},
		})
	})
	t.Run("a meeting or a call", func(t *testing.T) {
		runLangCases(t, []langCase{
			{"de", "Hätten Sie am Freitag Zeit für ein kurzes Telefonat?", Quick},
			{"de", "Können Sie mich morgen Vormittag zurückrufen?", Quick},
			{"de", "Können wir die Besprechung auf nächste Woche legen?", Quick},
			{"fr", "Pouvez-vous me rappeler demain matin ?", Quick},
			{"fr", "Est-ce qu'on peut décaler la réunion à mercredi ?", Quick},
			{"fr", "Auriez-vous un créneau vendredi pour en parler ?", Quick},
			{"es", "¿Podrías llamarme mañana por la mañana?", Quick},
			{"es", "¿Podemos pasar la reunión al miércoles?", Quick},
			{"es", "¿Tiene algún hueco el viernes para vernos?", Quick},
			{"nl", "Kunt u mij morgenochtend terugbellen?", Quick},
			{"nl", "Kunnen we het overleg naar woensdag verschuiven?", Quick},
			{"nl", "Heeft u vrijdag tijd voor een kort gesprek?", Quick},
			{"it", "Può richiamarmi domani mattina?", Quick},
			{"it", "Possiamo spostare la riunione a mercoledì?", Quick},
			{"it", "Avrebbe tempo venerdì per un incontro?", Quick},
			{"pt", "Pode ligar-me amanhã de manhã?", Quick},
			{"pt", "Podemos passar a reunião para quarta-feira?", Quick},
			{"pt", "Tem disponibilidade na sexta para um telefonema?", Quick},
		})
	})
	t.Run("updating a thing", func(t *testing.T) {
		runLangCases(t, []langCase{
			{"de", "Bitte aktualisieren Sie die Liquiditätsplanung mit den Zahlen vom November.", Paid},
			{"de", "Kannst du das Anlagenverzeichnis aktualisieren?", Paid},
			{"fr", "Pouvez-vous actualiser le prévisionnel avec les ventes de novembre ?", Paid},
			{"fr", "Il faudrait que vous mettiez à jour le registre du personnel.", Paid},
			{"es", "Necesito que actualicen el plan de tesorería con las ventas de noviembre.", Paid},
			{"es", "¿Puede actualizar el libro de inventario con los nuevos equipos?", Paid},
			{"es", "Por favor, actualicen la ficha de los empleados con los nuevos contratos.", Paid},
			{"nl", "Kunnen jullie de liquiditeitsprognose bijwerken met de cijfers van november?", Paid},
			{"nl", "Wil je de personeelsadministratie updaten met de nieuwe contracten?", Paid},
			{"it", "Può aggiornare il piano di cassa con le vendite di novembre?", Paid},
			{"it", "Vi chiedo di aggiornare il libro cespiti con i nuovi macchinari.", Paid},
			{"pt", "Pode atualizar o plano de tesouraria com as vendas de novembro?", Paid},
			{"pt", "Peço que atualizem a ficha dos funcionários com os novos contratos.", Paid},
		})
	})
	t.Run("reconciling accounts", func(t *testing.T) {
		runLangCases(t, []langCase{
			{"de", "Können Sie die Kreditkartenumsätze mit den Belegen abgleichen?", Paid},
			{"de", "Bitte stimmen Sie das Kassenbuch mit dem Bankkonto ab.", Paid},
			{"de", "Wir bräuchten einen Abgleich der offenen Posten mit der Bank.", Paid},
			{"de", "Kannst du die Konten für das dritte Quartal abstimmen?", Paid},
			{"fr", "Pourriez-vous rapprocher les relevés de la carte avec les factures ?", Paid},
			{"fr", "J'ai besoin du lettrage des comptes fournisseurs avant la clôture.", Paid},
			{"fr", "Merci de faire le rapprochement des comptes clients.", Paid},
			{"es", "¿Podrías conciliar los pagos con tarjeta con las facturas?", Paid},
			{"es", "Quiero que concilien las cuentas de proveedores antes del cierre.", Paid},
			{"es", "Necesito la conciliación de la caja del segundo trimestre.", Paid},
			{"nl", "Kunnen jullie de crediteuren afletteren voor de jaarafsluiting?", Paid},
			{"nl", "Ik wil graag dat je de bankafstemming van september doet.", Paid},
			{"nl", "Zou u de debiteuren kunnen afletteren?", Paid},
			{"it", "Potreste riconciliare i pagamenti con carta con le fatture?", Paid},
			{"it", "Ho bisogno che facciate la riconciliazione dei fornitori prima della chiusura.", Paid},
			{"it", "Mi servirebbe la quadratura dei conti clienti.", Paid},
			{"pt", "Podem conciliar os pagamentos com cartão com as faturas?", Paid},
			{"pt", "Preciso da reconciliação das contas de fornecedores antes do fecho.", Paid},
			{"pt", "Gostaria que fizessem a conciliação da caixa do segundo trimestre.", Paid},
			{"pt", "Poderiam conciliar os extratos de setembro?", Paid},
		})
	})
	t.Run("advice in writing", func(t *testing.T) {
		runLangCases(t, []langCase{
			{"de", "Können Sie uns ein kurzes Gutachten zur Bewertung des Grundstücks geben?", Paid},
			{"de", "Ich bräuchte das bitte schriftlich, damit ich es der Bank zeigen kann.", Paid},
			{"fr", "Pourriez-vous nous rédiger une note de synthèse sur la réforme ?", Paid},
			{"fr", "Pouvez-vous mettre par écrit votre analyse du contrat ?", Paid},
			{"fr", "J'aurais besoin d'un avis écrit sur le montage proposé par la banque.", Paid},
			{"es", "¿Nos pueden preparar un informe sobre la nueva ley de sociedades?", Paid},
			{"es", "Necesito su valoración por escrito para presentarla al banco.", Paid},
			{"es", "Quisiera un informe escrito sobre el impacto del nuevo convenio.", Paid},
			{"nl", "Kunnen jullie ons schriftelijk adviseren over de nieuwe regeling?", Paid},
			{"nl", "Graag een memo over de gevolgen van de nieuwe regeling.", Paid},
			{"nl", "Zou je een notitie kunnen schrijven over de herstructurering?", Paid},
			{"it", "Può mettere per iscritto la sua valutazione del contratto?", Paid},
			{"it", "Avremmo bisogno di una relazione sugli effetti della riforma.", Paid},
			{"it", "Mi può dare un parere sulla nuova convenzione con la banca?", Paid},
			{"pt", "Gostaria de um relatório sobre o impacto da nova lei.", Paid},
			{"pt", "Precisamos de um parecer por escrito para apresentar ao banco.", Paid},
		})
	})
}

// TestLangSetupClasses: installing, configuring or migrating systems is
// paid IT work; French "confirmer" asks for a confirmation (quick); the
// calculating verbs "ausrechnen", "uitrekenen" are paid. Sentences
// written for the test.
func TestLangSetupClasses(t *testing.T) {
	runLangCases(t, []langCase{
		{"de", "Könnten Sie die neue Buchhaltungssoftware auf unseren Rechnern installieren?", Paid},
		{"de", "Kannst du die E-Mail-Konten für die zwei Neuen konfigurieren?", Paid},
		{"de", "Wir möchten unsere Daten in die Cloud migrieren, können Sie das übernehmen?", Paid},
		{"de", "Könnten Sie bitte ausrechnen, wie viel wir für die Rücklage brauchen?", Paid},
		{"fr", "Pourriez-vous installer le nouveau logiciel de caisse dans la boutique ?", Paid},
		{"fr", "Pouvez-vous configurer les boîtes mail des deux nouvelles recrues ?", Paid},
		{"fr", "Nous aurions besoin de la migration de nos fichiers vers le nouveau serveur.", Paid},
		{"fr", "Pourriez-vous paramétrer l'imprimante du bureau pour tous les postes ?", Paid},
		{"fr", "Pouvez-vous me confirmer la date de notre prochain rendez-vous ?", Quick},
		{"fr", "Pourriez-vous confirmer que le virement est bien parti ?", Quick},
		{"fr", "Merci de nous confirmer l'adresse du cabinet.", Quick},
		{"fr", "Pouvez-vous confirmer le montant de l'acompte ?", Quick},
		{"es", "¿Podrías instalar el programa de facturación en los portátiles?", Paid},
		{"es", "Necesito que configuren el correo de los dos empleados nuevos.", Paid},
		{"es", "¿Nos ayudan con la migración de los datos al servidor nuevo?", Paid},
		{"es", "¿Puede configurar la impresora para toda la oficina?", Paid},
		{"nl", "Kunnen jullie de nieuwe boekhoudsoftware op onze laptops installeren?", Paid},
		{"nl", "Kun je de mailaccounts van de twee nieuwe collega's configureren?", Paid},
		{"nl", "Wij willen onze bestanden migreren naar de nieuwe server, kunnen jullie dat doen?", Paid},
		{"nl", "Kunt u uitrekenen hoeveel we opzij moeten zetten voor de belasting?", Paid},
		{"it", "Potreste installare il nuovo gestionale sui nostri computer?", Paid},
		{"it", "Puoi configurare la posta dei due nuovi colleghi?", Paid},
		{"it", "Ci serve la migrazione dei dati sul nuovo server.", Paid},
		{"it", "Può configurare la stampante per tutto l'ufficio?", Paid},
		{"pt", "Podem instalar o novo programa de faturação nos nossos computadores?", Paid},
		{"pt", "Pode configurar o e-mail dos dois colaboradores novos?", Paid},
		{"pt", "Precisamos da migração dos dados para o servidor novo.", Paid},
		{"pt", "Gostaria que configurassem a impressora para todo o escritório.", Paid},
	})
}
