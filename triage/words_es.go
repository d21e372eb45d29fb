package triage

// Spanish cues, written as word tokens the way the lexicon sees the text.
func init() {
	addLanguage("es", langCues{
		Words: Words{
			// Wonder put as a question ("who would have thought…?"): no ask.
			// Small talk about holidays and weekends (extras1 audit).
			Pleasantries: []string{"cómo fueron las vacaciones", "cómo fueron tus vacaciones", "cómo fueron sus vacaciones", "cómo fue el fin de semana", "cómo estáis",
				"quién lo iba a decir", "quién lo diría", "quién iba a decir",
				// The same wonder with a verb of thinking: "¿Quién iba a pensar
				// que …?", "¿quién hubiera pensado …?".
				"quién iba a pensar", "quién hubiera pensado", "quién habría pensado", "quién lo hubiera dicho", "quién lo habría dicho"},
			// Statements and offers that look like requests (langs1 audit):
			// "Tenga en cuenta que …", "No dude en llamarme."
			NotAsks: []string{"tenga en cuenta", "tengan en cuenta", "ten en cuenta", "por favor tenga en cuenta",
				"por favor tengan en cuenta", "para su información", "le adjunto", "les adjunto", "adjunto le envío",
				"adjunto les envío", "le envío adjunto", "le envío en adjunto"},
			// "If you need anything else, …" (extras1 audit).
			Offers: []string{"si necesitas algo más", "si necesita algo más", "si necesitan algo más",
				"no dude en", "no duden en", "no dudes en", "si tiene alguna pregunta", "si tienen alguna pregunta",
				"quedo a su disposición", "quedo a tu disposición", "quedamos a su disposición"},
			RequestFrames: []string{
				// The conditional of needing without "que", as "necesito" and
				// "necesitamos" are: "Necesitaríamos la memoria en inglés". A
				// wish asks for a thing ("Desearíamos un presupuesto"); before
				// a verb it is the client's own plan ("desearíamos casarnos").
				"necesitaría", "necesitaríamos",
				// A need put impersonally: "Nos haría falta un informe", "me hace
				// falta que revisen …".
				"nos haría falta", "me haría falta", "nos hace falta que", "me hace falta que", "haría falta que", "desearía un", "desearía una", "desearíamos un", "desearíamos una",
				// Asking the firm to act, put as a statement: "Quisiera pedirle
				// que …", "Les escribo para saber si …", "Les ruego que …".
				"quisiera pedirle", "quisiera pedirles", "quisiera pediros", "quisiera pedirte", "le pido que", "les pido que",
				"te pido que", "os pido que", "le ruego que", "les ruego que", "solicito que", "solicitamos que",
				// Writing to ask, not writing about a topic ("le escribo por el
				// contrato").
				"escribo para saber", "escribo para preguntar", "escribo para pedir", "escribo para pedirle",
				"podría", "podrían", "puede", "pueden", "me puede", "me pueden", "me podría", "nos podría",
				"les agradecería", "quisiera que", "necesitamos que", "nos gustaría que", "sería posible",
				// "Nos vendría genial que nos revisaras el plano …": a wish that names
				// the client as the one served; "nos vendría bien que bajara el
				// IVA" names no one.
				"vendría genial que nos", "vendría genial que me", "vendría bien que nos", "vendría bien que me",
				"vendría muy bien que nos", "vendría muy bien que me",
				// The same with "also" inside: "Necesitamos además que …".
				"quisiera {additive} que", "necesitamos {additive} que", "nos gustaría {additive} que",
				// A wish that the firm acts, as "it would be great if you
				// could …": "Sería estupendo que pudierais …" (TestWishFramesEsIt).
				// The firm must be able to act ("que pudierais", "que nos
				// pudiera"): "sería estupendo que hiciera sol" wishes for the weather.
				"sería estupendo que pud*", "sería estupendo que ... pud*",
				"sería genial que pud*", "sería genial que ... pud*",
				"sería ideal que pud*", "sería ideal que ... pud*",
				"sería perfecto que pud*", "sería perfecto que ... pud*",
				"sería fantástico que pud*", "sería fantástico que ... pud*",
				"me encantaría que pud*", "nos encantaría que pud*", "me encantaría que ... pud*", "nos encantaría que ... pud*",
				"por favor", "haga el favor", "me confirma", "me confirman", "necesito que", "necesitaría que",
				"necesitaríamos que", "queremos que", "quiero que", "podéis", "nos podéis", "me podéis",
				// "I wanted to know whether…": an indirect question.
				"quisiera un", "quisiera una", "quisiéramos un", "quisiéramos una", "quería saber", "queríamos saber", "quisiera saber", "quisiéramos saber", "quiero saber",
				// A hope that the firm acts: "Ojalá puedas …", "Espero que pueda …".
				"ojalá puedas", "ojalá pueda", "ojalá puedan",
				// Asking in the polite past: "queríamos pedirte un vídeo",
				// "te quería pedir que…" (TestRequireFrames).
				"quería pedirte", "queríamos pedirte", "quería pedirle", "queríamos pedirle", "queríamos pediros",
				"te quería pedir", "te queríamos pedir", "le quería pedir", "le queríamos pedir", "os queríamos pedir",
				// The same in the past subjunctive, and the conditional of
				// asking and wishing: "Ojalá pudieran …", "Les pediría que
				// …", "Me encantaría saber …" (langs2).
				"ojalá pudieras", "ojalá pudiera", "ojalá pudieran", "ojalá pudierais", "ojalá pudiesen", "ojalá pudiese",
				"le pediría que", "les pediría que", "te pediría que", "os pediría que", "le pediríamos que", "les pediríamos que",
				"me encantaría saber", "nos encantaría saber", "me encantaría que", "nos encantaría que", "espero que puedas", "espero que pueda",
				"esperamos que puedas", "esperamos que pueda",
			},
			RequestVerbs: []string{
				"prepare", "envíe", "revise", "confirme", "mándeme", "hágame", "llame", "indíqueme", "dígame",
			},
			Accept: []string{
				"procedan", "pueden empezar", "pueden proceder", "puede proceder", "háganlo", "hazlo",
				"adelante con", "sí por favor", "aceptamos", "acepto el presupuesto", "aceptamos el presupuesto",
			},
			Decline: []string{
				"lo haremos nosotros", "lo hacemos nosotros", "prefiero esperar", "preferimos esperar", "no vamos a",
				"por ahora no", "no nos interesa", "no seguir adelante",
				// Over budget, a no as "over our budget" is.
				"por encima de nuestro presupuesto", "por encima de mi presupuesto", "fuera de nuestro presupuesto", "fuera de mi presupuesto", "supera nuestro presupuesto", "supera mi presupuesto",
			},
			Hedge: []string{"tengo que pensarlo", "lo hablo con", "déjeme pensarlo", "lo comento con"},
			OutOfOffice: []string{
				"de vacaciones", "estaré de vuelta", "volveré el", "acceso limitado", "para asuntos urgentes",
				"gracias por su mensaje", "gracias por su correo", "respuesta automática", "fuera de la oficina",
				// Away for dates without a reason, and no mail access.
				"estaré ausente del", "estoy ausente del", "sin acceso al correo", "sin acceso a mi correo", "para cualquier urgencia",
			},
		},
		Signals: []Signal{
			{Match: "elaborar|elabore*|redactar|redacte*|rellenar|cumplimentar|corregir|corrija*|montar|diseñar|analizar|hacer la|hacer el|hacerme la|hacerme el|preparen", Kind: "paid", Weight: 3, Act: "prepare"},
			{Match: "comprobar|comprueb*|verifique*", Kind: "paid", Weight: 2, Act: "check"},
			{Match: "ayudar con|ayudarnos|ayudarme|ayuda con|llevar la|llevéis|lleven la|llevara la|encargaros|encargarse de", Kind: "paid", Weight: 2.5, Act: "work"},
			{Match: "enviar|envíe*|reenviar|reenvíe*|mándeme|mándenme|mándenos|mándennos|mándame|mandar|decir|dígame|me dijera*|me indicara*|me enviara*|me mandara*|indicar|indíqueme|avisar|avíseme|me indiquen|me digan|me informen|infórmenme|avísenme|me avisen", Kind: "quick", Weight: 1.5, Minutes: 2, Act: "send"},
			{Match: "cuándo|hasta cuándo|vence|vencimiento", Kind: "quick", Weight: 2.7, Minutes: 1, Act: "date"},
		},
		RuleWords: []string{"derecho a", "quién debe pagar", "quién tiene que pagar", "a cargo de quién", "repercutible*", "tenemos derecho", "tengo derecho", "deducible*", "desgravar", "desgrava*", "permitido*", "normativa", "elegible*", "exent*", "cubre", "cubierto*", "cobertura", "darme de alta", "darnos de alta", "obligado a", "obligados a",
			// Whether a rule applies to the client's case: "¿se aplica el recargo
			// a …?".
			"se aplica", "se aplican", "aplicable", "aplicables"},
		CheckVerbs:   []string{"comprobar", "verificar", "confirmar", "mirar", "revisar", "decir", "decirme"},
		CheckLinks:   []string{"si", "que"},
		Happened:     []string{"recibido", "recibida", "llegado", "llegó", "enviada", "pagada", "cobrado", "presentada", "salió", "registrado", "registrada", "registrados", "registradas", "procesado", "procesada", "recibidos", "recibidas", "pagados", "pagadas"},
		AutoSubjects: []string{"ausente", "ausencia", "fuera de la oficina", "respuesta automática"},
		// The ask to "tú"/"vosotros" put as a statement with its clitic:
		// "me confirmas la hora", "nos decís si …", "me pasas el precio".
		QuestionOpeners: []string{"me confirmas", "nos confirmas", "me confirmáis", "nos confirmáis", "me dices", "nos dices",
			"me decís", "nos decís", "me pasas", "nos pasas", "me mandas", "nos mandas", "me envías", "nos envías",
			// Holding something back for the client: "me guardas dos …",
			// "nos reserváis la mesa …", "me apartas una …".
			"me guardas", "nos guardas", "me guardáis", "nos guardáis", "me reservas", "nos reservas", "me reserváis",
			"nos reserváis", "me apartas", "nos apartas"},
		QuestionLeads: []string{"una pregunta", "pregunta", "pregunta rápida", "otra pregunta"},
	})
}
