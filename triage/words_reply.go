package triage

// Reply cues per language beyond the English lists (words.go) and the
// strong accept/decline/hedge words of each language's file: one-word
// agreements, work no longer needed, putting the work off, and a yes
// narrowed to a part ("nur den ersten Teil", "solo la primera parte"). Phrases
// are word tokens, the way the lexicon sees the text.
func init() {
	for lang, lx := range map[string]Lexicon{
		"de": {
			Words: Words{
				Accept: concat(concat([]string{"bitte machen"},
					germanSeparable([]string{"legen sie"}, "los", []string{"fangen sie"}, "an", germanModalParticles)),
					// "ich fang einfach an" is the client's own start: the
					// du and ihr forms only with a particle of asking.
					germanSeparable([]string{"leg", "legt"}, "los", []string{"fang", "fangt"}, "an", []string{"bitte", "ruhig"})),
				Decline: []string{"nicht mehr nötig", "nicht mehr notwendig", "hat sich erledigt",
					"verschieben wir", "stellen wir zurück", "zu teuer für", "uns ... zu teuer", "lieber selbst",
					"machen das selbst", "machen es selbst", "warten sie noch", "warten sie bitte noch",
					"noch nicht anfangen",
					// Not this year, or done in-house: "Dieses Jahr nicht", "machen wir intern".
					"dieses jahr nicht $", "dieses jahr nicht mehr $", "nicht dieses jahr $", "machen wir intern",
					"erledigen wir intern", "lösen wir intern",
					// The same with an object or particles between: "machen
					// wir nun doch intern", "erledigen wir jetzt intern".
					"machen wir ... intern", "erledigen wir ... intern", "lösen wir ... intern",
					// The firm no longer needed, a purpose or two between: "Wir
					// brauchen Sie dafür nicht mehr", "benötigen Sie für das
					// Projekt nicht mehr".
					"brauchen sie ... nicht mehr", "brauche sie ... nicht mehr", "brauchen dich ... nicht mehr",
					"brauche dich ... nicht mehr", "benötigen sie ... nicht mehr", "benötige sie ... nicht mehr",
					// Waiting, as "we'll wait": "wir warten bis…".
					"wir warten", "warten wir", "wir werden warten",
					// The work gone to someone else, as "another firm": "jemand anderen beauftragt".
					"jemand anderen", "jemand anderes", "jemanden anderen", "andere firma", "anderen anbieter",
					"anderes büro", "anderen dienstleister", "anderweitig vergeben", "anderweitig beauftragt",
					// A part that can wait, as English "can wait": "der Shop kann warten".
					"kann warten $", "können warten $", "kann noch warten $", "können noch warten $", "hat zeit bis", "hat noch zeit bis"},
			},
			Reply: replyCueLists{Conclusives: []string{"dann"},
				// Price words make a question back about the price or scope, as
				// English "hours", "instead", "include" do: "3 ore invece di 5?".
				PriceWords: []string{"stunden", "statt", "stattdessen", "preis", "kosten", "rabatt", "inklusive", "mwst", "pauschal", "günstiger"},
				// Waiting on someone or something ("wir warten auf den
				// Vorstand", "auf Ihre Rechnung") is pending, no deferral.
				NeutralIdioms: []string{"warten auf", "warten noch auf", "warten erst auf", "warten wir auf", "warten wir noch auf",
					// Wanting to hear when it is done ("Wenn der Bericht fertig
					// ist, höre ich gern von Ihnen"): "gern" agrees to nothing.
					"höre ich gern", "höre ich gerne", "hören wir gern", "hören wir gerne", "höre gern", "höre gerne"},
				Partial: []string{"nur den", "nur die", "nur das", "nur mit", "nur für", "nur einen teil", "zunächst nur", "ersten teil"}, WeakAccept: []string{"gern", "klar", "natürlich", "passt", "machen wir so"},
				WeakDecline: []string{"zu teuer"}},
		},
		"es": {
			Words: Words{
				Decline: []string{"ya no hace falta", "ya no es necesario", "lo dejamos para más adelante",
					// A part that can wait: "la auditoría puede esperar".
					"puede esperar $", "pueden esperar $",
					"lo aplazamos", "demasiado caro para", "muy caro para", "ahora mismo no", "por ahora no",
					// Preferring not to: "prefiero que no".
					"prefiero que no", "preferimos que no", "prefiero no", "preferimos no",
					// Not this year: "este año no".
					"este año no $", "no este año $", "este año tampoco $",
					// Waiting, as "we'll wait": "vamos a esperar".
					"vamos a esperar", "voy a esperar", "esperaremos", "esperaré",
					// Dropping it: "prefiero dejarlo", "dejémoslo".
					"prefiero dejarlo", "preferimos dejarlo", "mejor dejarlo", "dejémoslo", "dejarlo estar",
					// The work given to someone else, as "another firm": "se lo hemos encargado a otro estudio".
					"otra empresa", "otro proveedor", "otra agencia", "otro estudio", "otro despacho", "otro profesional",
					"encargado a otr*", "encargamos a otr*", "encargado a alguien", "contratado a otr*", "contratamos a otr*",
					"pedido a otr*"},
				Hedge: []string{"tengo que consultar", "consultarlo", "tengo que hablarlo"},
			},
			Reply: replyCueLists{Conclusives: []string{"entonces"},
				PriceWords:    []string{"horas", "en lugar", "en vez", "precio", "coste", "costo", "descuento", "iva", "incluido", "incluye", "tarifa", "más barato"},
				NeutralIdioms: []string{"esperar su", "esperar sus", "esperar tu", "esperar tus", "esperaremos su", "esperaremos sus", "esperaremos tu", "esperaré su", "esperaré sus", "esperaré tu", "esperar a que nos", "esperar la factura", "esperar noticias"},
				Partial:       []string{"solo la", "solo el", "solo los", "solo las", "solo con", "sólo la", "sólo el", "solamente", "únicamente", "primera parte"}, WeakAccept: []string{"claro", "por supuesto", "me parece bien"},
				WeakDecline: []string{"demasiado caro", "muy caro"}},
		},
		"fr": {
			Words: Words{Decline: []string{"plus nécessaire", "plus besoin", "on en reparlera", "remettre à plus tard",
				"on reporte", "trop cher pour", "pas pour l'instant", "pas tout de suite",
				"je préfère pas", "préfère ne pas", "préférons ne pas", "plutôt pas",
				// Not this year: "pas cette année".
				"pas cette année $", "pas pour cette année $",
				// Waiting, as "we'll wait": "nous allons attendre".
				"allons attendre", "va attendre", "vais attendre", "attendrons", "attendrai", "on attendra",
				// Dropping it: "je préfère laisser tomber", "laissons tomber".
				"laisser tomber", "laissons tomber", "je laisse tomber", "laissez tomber",
				// The formal no to an offer: "nous ne donnerons pas suite",
				// "je préfère ne pas y donner suite".
				"pas donner suite", "pas y donner suite", "donnerons pas suite", "donnerai pas suite",
				"donnera pas suite", "y donnerons pas suite", "y donnerai pas suite",
				// The same with an adverb before "pas" ("nous ne donnerons
				// donc pas suite", "ne donnerai finalement pas suite"): the
				// negated "suite" itself.
				"pas suite",
				// The work given to someone else: "nous avons fait appel à un autre cabinet".
				"une autre entreprise", "un autre prestataire", "une autre agence", "un autre cabinet",
				"confié à un autre", "confié à une autre", "fait appel à un autre", "fait appel à une autre",
				// A part that can wait: "la cuisine peut attendre".
				"peut attendre $", "peuvent attendre $", "peut bien attendre $", "attendra l'année prochaine", "attendra l'an prochain"},
				// A polite imperative of starting: "merci de commencer".
				Accept: []string{"merci de commencer", "merci de lancer", "merci de procéder", "merci de démarrer",
					"vous pouvez lancer", "vous pouvez démarrer"}},
			Reply: replyCueLists{Conclusives: []string{"alors"},
				PriceWords: []string{"heures", "au lieu", "prix", "coût", "tarif", "remise", "tva", "compris", "inclus", "forfait", "moins cher"},
				// Waiting for the firm's next step is no deferral.
				NeutralIdioms: []string{"attendre votre", "attendre vos", "attendre de vos", "attendre la facture", "attendrons votre", "attendrons vos", "attendrai votre", "attendrai vos", "attendra votre", "attendra vos"},
				Partial:       []string{"seulement la", "seulement le", "seulement les", "uniquement", "juste la", "juste le", "première partie"}, WeakAccept: []string{"volontiers", "avec plaisir", "ça marche", "ça me va", "bien sûr"},
				WeakDecline: []string{"trop cher"}},
		},
		"it": {
			Words: Words{
				Decline: []string{"non è più necessario", "non serve più", "rimandiamo", "ne riparliamo più avanti",
					"troppo caro per", "per il momento no", "al momento no", "per adesso no", "per ora no",
					"preferisco di no", "preferiamo di no", "meglio di no", "meglio no",
					// Not this year, or done in-house: "quest'anno no", "lo facciamo internamente".
					"quest'anno no $", "non quest'anno $", "per quest'anno no $", "facciamo internamente",
					"lo facciamo internamente", "lo gestiamo internamente", "gestiamo internamente",
					// Dropping it, also in the infinitive and the first person singular: "preferiamo lasciar perdere".
					"lasciar perdere", "lasciare perdere", "lascio perdere", "lasciate perdere",
					"lasciar stare", "lasciare stare", "lascio stare", "lasciate stare",
					// The work given to someone else: "l'abbiamo affidato a un altro studio".
					"qualcun altro", "altra ditta", "altra azienda", "altro studio", "altro fornitore", "altra agenzia",
					"affidato a un altro", "affidato ad altri", "affidati a un altro",
					// A part that can wait: "il catalogo può aspettare".
					"può aspettare $", "possono aspettare $", "può attendere $", "possono attendere $"},
				Hedge: []string{"devo sentire", "ne devo parlare", "devo parlarne"},
			},
			Reply: replyCueLists{Conclusives: []string{"allora"},
				PriceWords: []string{"ore", "invece", "costo", "costi", "prezzo", "sconto", "iva", "tariffa", "compreso", "compresa", "incluso", "inclusa", "preventivo"},
				Partial:    []string{"solo la", "solo il", "solo le", "solo i", "soltanto", "solamente", "prima parte"}, WeakAccept: []string{"certo", "volentieri", "certamente", "mi sta bene"},
				WeakDecline: []string{"troppo caro"}},
		},
		"nl": {
			Words: Words{
				Accept: []string{"ga uw gang", "gaat u uw gang"},
				Decline: []string{"niet meer nodig", "stellen het uit", "schuiven het door", "laat maar $", "te duur voor",
					"doen het zelf", "doen we zelf", "liever niet", "wachten ermee", "wachten er nog mee",
					// Not this year: "dit jaar niet".
					"dit jaar niet $", "niet dit jaar $", "dit jaar niet meer $",
					// The work given to someone else: "we hebben een ander bureau ingeschakeld".
					"iemand anders", "ander bedrijf", "ander bureau", "andere partij", "andere leverancier",
					// A part that can wait: "de badkamer kan wachten".
					"kan wachten $", "kunnen wachten $", "kan nog wachten $", "kunnen nog wachten $"},
				Hedge: []string{"overleggen"},
			},
			Reply: replyCueLists{Conclusives: []string{"dan"},
				PriceWords: []string{"uren", "in plaats", "prijs", "kosten", "tarief", "korting", "btw", "inclusief", "goedkoper"},
				Partial:    []string{"alleen de", "alleen het", "alleen met", "alleen voor", "eerste deel", "eerste gedeelte"}, WeakAccept: []string{"graag", "uiteraard", "natuurlijk", "goed"}, Conditions: []string{"als het", "als je", "als u", "indien"},
				// Wanting to hear when it is done ("als het rapport klaar is,
				// hoor ik het graag"): "graag" agrees to nothing.
				NeutralIdioms: []string{"hoor ik het graag", "hoor ik graag", "hoor het graag", "horen we het graag", "horen we graag",
					"horen wij het graag", "horen wij graag", "verneem ik graag", "vernemen we graag", "vernemen wij graag",
					// How something went ("daar ging alles goed", "de
					// test is goed verlopen"): "goed" reports, it agrees to
					// nothing (TestReplyWentWell).
					"ging ... goed", "gaat ... goed", "liep ... goed", "goed gegaan", "goed verlopen", "goed gelopen"},
				WeakDecline: []string{"te duur"}},
		},
		"pt": {
			Words: Words{
				Decline: []string{"já não é necessário", "já não precisamos", "fica para depois",
					"deixar para lá", "deixa para lá", "deixe para lá", "fica para outra altura", "fica para outra vez",
					"deixamos para depois", "adiamos", "caro demais para", "muito caro para",
					"prefiro não", "preferimos não", "melhor não",
					// Not this year, or done in-house: "este ano não", "vamos fazer internamente".
					"este ano não $", "não este ano $", "vamos fazer internamente", "fazemos internamente",
					"tratamos internamente", "vamos resolver internamente", "resolvemos internamente",
					// Waiting, as "we'll wait": "vamos esperar".
					"vamos esperar", "vamos aguardar", "vou esperar", "vou aguardar",
					// Dropping it, as spoken: "deixa pra lá".
					"deixa pra lá", "deixar pra lá", "deixe pra lá", "deixemos para lá", "deixemos pra lá",
					// The work given to someone else: "contratámos outra empresa".
					"outra empresa", "outro fornecedor", "outra agência", "outro gabinete", "outro profissional",
					"contratámos outr*", "contratamos outr*", "pedimos a outr*", "entregámos a outr*", "entregamos a outr*",
					// A part put off to a later time, as "fica para depois" is:
					// "o manual fica para o próximo ano", "pode esperar".
					"fica para o próximo", "fica para a próxima", "fica para o ano que vem", "fica para mais tarde",
					"ficam para depois", "ficam para o próximo", "ficam para a próxima", "ficam para mais tarde",
					"pode esperar $", "podem esperar $"},
				Hedge: []string{"tenho de falar", "tenho que falar", "preciso falar", "preciso de falar"},
			},
			Reply: replyCueLists{Conclusives: []string{"então"},
				// "Caso" opening a clause ("Caso consigam entregar até dia
				// 15, avançamos") and "caso contrário" (otherwise) set a
				// condition; "neste caso" refers back and sets none. "Se" is
				// left out: it opens contact offers as often ("se tiver
				// dúvidas, falamos").
				Conditions:    []string{"^ caso", "caso contrário", "a não ser que", "contanto que"},
				PriceWords:    []string{"horas", "em vez", "preço", "custo", "desconto", "iva", "incluído", "tarifa", "mais barato"},
				NeutralIdioms: []string{"esperar a sua", "esperar o seu", "esperar pela sua", "esperar pelo seu", "esperar a fatura", "aguardar a sua", "aguardar o seu", "aguardar a fatura", "esperar notícias", "aguardar notícias"},
				Partial:       []string{"só a", "só o", "apenas a", "apenas o", "somente", "primeira parte"}, WeakAccept: []string{"claro", "com certeza", "combinado", "fechado"},
				WeakDecline: []string{"caro demais", "muito caro"}},
		},
		// Danish, Swedish, Norwegian and Polish: the answers a rep meets
		// from clients writing in them, no more (no other lists exist for
		// these languages).
		"da": {
			Words: Words{
				Accept: []string{"gå i gang", "sæt i gang", "kør bare", "bare kør", "kør på", "godkendt", "det er en aftale"},
				Decline: []string{"nej tak", "ikke nødvendigt", "ikke nu", "springer over", "lader det ligge", "helst ikke", "venter med det",
					// The work goes to someone else: "hos en anden leverandør".
					"en anden leverandør", "anden leverandør", "et andet firma"},
				Hedge: []string{"tænke over", "vende det med"},
			},
			Reply: replyCueLists{WeakAccept: []string{"lyder fint", "lyder godt", "det er fint", "fint med mig"}, WeakDecline: []string{"dyrt"},
				Negators: []string{"ikke"}, Courtesies: []string{"tak"}, BareNo: []string{"nej"}, BareNoFollowers: []string{"tak"}},
		},
		"sv": {
			Words: Words{
				Accept: []string{"kör på", "sätt igång", "sätt i gång", "börja gärna", "godkänt"},
				Decline: []string{"nej tack", "inte nödvändigt", "inte nu", "avstår", "låter det vara", "helst inte", "väntar med det",
					// The work goes to someone else: "via en annan leverantör".
					"en annan leverantör", "annan leverantör", "en annan firma", "ett annat företag"},
				Hedge: []string{"fundera på", "tänka på saken", "stämma av"},
			},
			Reply: replyCueLists{WeakAccept: []string{"låter bra", "det går bra", "gärna"}, WeakDecline: []string{"dyrt"},
				Negators: []string{"inte", "inga"}, Courtesies: []string{"tack"}, BareNo: []string{"nej"}, BareNoFollowers: []string{"tack"}},
		},
		"nb": {
			Words: Words{
				Accept: []string{"sett i gang", "kjør på", "godkjent"},
				Decline: []string{"nei takk", "ikke nødvendig", "ikke nå", "står over", "lar det ligge", "lar det være",
					"venter med det", "dropper det", "helst ikke"},
				Hedge: []string{"tenke på det", "tenke over"},
			},
			Reply: replyCueLists{WeakAccept: []string{"høres bra ut", "høres fint ut", "gjerne"}, WeakDecline: []string{"dyrt"},
				Courtesies: []string{"takk"}, BareNo: []string{"nei"}, BareNoFollowers: []string{"takk"}},
		},
		"pl": {
			Words: Words{
				Accept: []string{"proszę zaczynać", "proszę zacząć", "proszę działać", "proszę ruszać", "akceptuję",
					"akceptujemy", "zgoda", "zlecam"},
				Decline: []string{"nie dziękuję", "rezygnuję", "rezygnujemy", "nie jest potrzebne", "nie potrzebujemy",
					"za drogo", "na razie nie", "odpuszczamy"},
				Hedge: []string{"skonsultować", "zastanowię", "zastanowić", "muszę zapytać"},
			},
			Reply: replyCueLists{WeakAccept: []string{"w porządku", "pasuje", "dobrze"},
				Courtesies: []string{"dziękuję", "dzięki"}, BareNo: []string{"nie"}, BareNoFollowers: []string{"dziękuję", "dzięki"},
				Contact: []string{"odezwę się", "dam znać"}},
		},
	} {
		registerLexicon(lang, lx)
	}
}

// germanModalParticles may stand between a German imperative and its
// separable particle without changing what it asks: "legen Sie bitte
// los", "fangen Sie ruhig an". "nicht" is not among them.
var germanModalParticles = []string{"bitte", "ruhig", "gern", "gerne", "einfach", "schon", "gleich"}

// germanSeparable spells the go-ahead imperatives of separable verbs with
// one of particles before their particle: the a-verbs with partA, the
// b-verbs with partB ("legen sie bitte los", "fang ruhig an").
func germanSeparable(a []string, partA string, b []string, partB string, particles []string) []string {
	var out []string
	for _, m := range particles {
		for _, v := range a {
			out = append(out, v+" "+m+" "+partA)
		}
		for _, v := range b {
			out = append(out, v+" "+m+" "+partB)
		}
	}
	return out
}

// ownPlansToLeave are the client's own plans to leave the named work for
// now, said with an obligation or an intention ("we'll have to leave the
// handbook for now", "I'm going to leave the valuation for the time
// being"): a no, as "we'll leave … for now" is. First person only: "you'll
// have to leave the gate open for now" is an instruction.
func ownPlansToLeave() []string {
	var out []string
	for _, subj := range []string{"we'll have to", "we will have to", "we have to", "i'll have to", "i will have to",
		"i have to", "we're going to", "we are going to", "i'm going to", "i am going to"} {
		for _, tail := range []string{"for now", "for the time being", "for the moment"} {
			out = append(out, subj+" leave {det} ... "+tail)
		}
	}
	return out
}
