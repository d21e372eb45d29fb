package triage

// Portuguese cues, written as word tokens the way the lexicon sees the text.
func init() {
	addLanguage("pt", langCues{
		Words: Words{
			// Wonder put as a question ("who would have thought…?"): no ask.
			// Small talk about holidays and weekends (extras1 audit).
			Pleasantries: []string{"como foram as férias", "como foram as suas férias", "como foi o fim de semana",
				"quem diria", "quem poderia imaginar",
				// The same wonder with a verb of thinking: "quem iria pensar
				// que …?".
				"quem iria pensar", "quem ia pensar", "quem teria pensado", "quem imaginaria"},
			// Statements and offers that look like requests (langs1 audit):
			// "Tenha em atenção que …", "Não hesite em contactar-me."
			NotAsks: []string{"tenha em atenção", "tenham em atenção", "tenha em conta", "tenham em conta",
				"por favor tenha em atenção", "por favor tenham em atenção", "segue em anexo", "envio em anexo",
				"para sua informação"},
			// "If you need anything else, …" (extras1 audit).
			Offers: []string{"se precisar de mais alguma coisa", "se precisarem de mais alguma coisa",
				"não hesite", "não hesitem", "fico ao dispor", "fico à disposição", "ficamos ao dispor",
				"ficamos à disposição", "se tiver alguma dúvida", "se tiverem alguma dúvida"},
			RequestFrames: []string{
				// Asking the firm to act with the imperfect of "pedir" and a
				// clitic: "Pedia-vos também que …", "Pedíamos-lhe que …"; the
				// "que" keeps out "pedia-lhe desculpa".
				"pedia vos que", "pedia vos ... que", "pedia lhe que", "pedia lhe ... que", "pedíamos vos que",
				"pedíamos vos ... que", "pedíamos lhe que", "pedíamos lhe ... que", "peço vos que", "peço lhe que",
				// The plural of "gostaria" for a thing: "Gostaríamos de uma
				// revisão …"; before a verb the wish is the client's own plan
				// ("gostaríamos de casar na quinta"). The conditional of needing
				// ("precisaria de mais tempo") is the client's own need: not here.
				"gostaríamos de um", "gostaríamos de uma", "gostaríamos que",
				// Asking the firm to act, put as a statement: "Venho por este
				// meio solicitar que …", "Peço que …", "Agradeço que me informem …".
				"venho por este meio solicitar", "venho por este meio pedir", "venho solicitar", "venho pedir", "solicito que", "solicitamos que", "peço que",
				"pedimos que", "peço lhe que", "agradeço que", "agradecemos que", "agradeço também que",
				"agradecemos também que", "escrevo para saber", "escrevo para pedir", "escrevo para perguntar", "escrevo lhe para saber",
				"poderiam", "podia", "pode me", "podem", "gostaria que", "preciso que", "precisamos que",
				// The same with "also"/"still" inside: "Gostaríamos ainda que …".
				"gostaria {additive} que", "gostaríamos {additive} que", "preciso {additive} que", "precisamos {additive} que",
				// The same need in the conditional: "Eu precisaria que você
				// …" (langs2).
				"precisaria que", "precisaríamos que", "precisava que", "precisávamos que",
				"agradecia que", "agradeço se", "seria possível", "será que pode", "será que podem",
				// "I wanted to know whether…": an indirect question.
				"queria saber", "queríamos saber", "quero saber", "preciso saber",
				// A need put to the firm: "Preciso de um parecer …".
				"preciso de", "preciso da", "preciso do", "preciso das", "preciso dos", "precisava de", "precisávamos de",
				// A hope that the firm acts: "Espero que possa …".
				"espero que possa", "espero que possam", "esperamos que possa", "esperamos que possam",
				"seria ótimo se",
			},
			RequestVerbs: []string{"envie", "mande", "confirme", "verifique", "ligue", "faça"},
			Accept: []string{
				"podem começar", "pode prosseguir", "podem prosseguir", "sim por favor", "avance", "avancem",
				"aceito o orçamento", "aceitamos o orçamento",
				// Approval stated, opening the sentence: "Está aprovado, pode
				// …"; "… se fica aprovado" is still a condition.
				"^ está aprovado", "^ está aprovada", "^ fica aprovado", "^ fica aprovada", "aprovamos o orçamento",
				"pode avançar", "podem avançar",
			},
			Decline: []string{
				"não obrigada", "vamos fazer nós", "fazemos nós", "não vamos avançar", "prefiro esperar",
				"por enquanto não", "agora não", "não vamos precisar", "não precisamos", "não é preciso",
				"não será preciso", "não avançar",
				// Over budget, a no as "over our budget" is.
				"acima do nosso orçamento", "acima do meu orçamento", "fora do nosso orçamento", "fora do meu orçamento", "ultrapassa o nosso orçamento",
				// Stopping at the answer given, as "we'll leave it there",
				// closing the clause ("ficamos por aqui até às seis" is a stay).
				"ficamos por aqui $", "ficamos por aí $", "fico por aqui $", "vamos ficar por aqui $", "ficamos assim $",
			},
			Hedge: []string{"preciso pensar", "vou falar com", "depois digo", "tenho de pensar"},
			OutOfOffice: []string{
				"fora do escritório", "de férias", "estarei de volta", "regressarei", "acesso limitado",
				"para assuntos urgentes", "obrigado pela sua mensagem", "resposta automática",
				// Brazilian wording of the same: "em férias", "sem acesso ao
				// e-mail", "entre em contato com" (TestLangOutOfOffice).
				"em férias", "sem acesso ao e-mail", "sem acesso ao email", "sem acesso a e-mail", "sem acesso aos e-mails",
				"entre em contato com", "entrar em contato com",
			},
		},
		Signals: []Signal{
			{Match: "elaborar|fazer o|fazer a|calcular|rever|revisão|corrigir|preencher|montar|analisar|conciliar|conciliação|reconciliação|analisem|analisassem|analise|calculem|calculassem|corrijam|corrigissem|elaborem|elaborassem|preencham|preenchessem", Kind: "paid", Weight: 3, Act: "prepare"},
			{Match: "conferir", Kind: "paid", Weight: 2, Act: "check"},
			// Comparing options and gathering quotes from others is research,
			// as English "compare" and "get three quotes" are.
			{Match: "comparar|comparação|comparações|comparativo|pedir ... orçamentos|obter ... orçamentos|pedir orçamentos|obter orçamentos|recolher orçamentos", Kind: "paid", Weight: 2.5, Act: "research"},
			{Match: "ajudar nos|ajudar me|ajudar com|ajudar na|ajudar no|ajuda com|assumir a|tratar da|tratar do", Kind: "paid", Weight: 2.5, Act: "work"},
			{Match: "enviar|mandar|dizer|informar|avisar|enviem|me envie|envie me|mandem|me mande|informem|me informe|informe me|avisem|me avise|avise me|digam|me diga|diga me", Kind: "quick", Weight: 1.5, Minutes: 2, Act: "send"},
			{Match: "quando|prazo|vencimento", Kind: "quick", Weight: 2.7, Minutes: 1, Act: "date"},
			{Match: "recebeu|recebido|recebidas|recebidos|pago|paga|pagou", Kind: "quick", Weight: 2, Minutes: 1, Act: "status"},
		},
		RuleWords: []string{"direito a", "quem deve pagar", "quem tem de pagar", "quem tem que pagar", "a cargo de quem", "temos direito", "tenho direito", "dedutível", "dedutíveis", "permitido", "elegível", "elegíveis", "isento", "isenção", "coberto", "cobertura", "enquadr*",
			// Whether a rule applies to the client's case: "a regra se aplica
			// às filiais?".
			"se aplica", "se aplicam", "aplica-se", "aplicam-se", "aplicável", "aplicáveis"},
		CheckVerbs:   []string{"verificar", "conferir", "confirmar", "ver", "dizer"},
		CheckLinks:   []string{"se", "que"},
		Happened:     []string{"recebido", "recebida", "chegou", "chegado", "pago", "paga", "enviado", "enviada", "entregue", "registado", "registada", "registados", "registadas", "registrado", "registrada", "registrados", "registradas", "processado", "processada", "recebidos", "recebidas", "pagos", "pagas"},
		AutoSubjects: []string{"resposta automática", "ausente", "fora do escritório", "ausência"},
		// Brazilian asks put as statements to "você": "você consegue me
		// dizer se …", "pode me confirmar …", "me avisa quando …"; phones
		// drop the accent ("voce").
		QuestionOpeners: []string{"você consegue me", "voce consegue me", "você pode me", "voce pode me", "vocês podem me",
			"voces podem me", "consegue me dizer", "consegue me confirmar", "pode me dizer", "pode me confirmar",
			"podem me dizer", "podem me confirmar", "me confirma", "me confirmam", "me avisa", "me avisam", "me diz se"},
	})
}
