package triage

// French cues. Phrases are written as word tokens (hyphens as spaces, as
// in "pourriez vous"), the way the lexicon sees the text.
func init() {
	addLanguage("fr", langCues{
		Words: Words{
			// Wonder put as a question ("who would have thought…?"): no ask.
			// Small talk about holidays and weekends (extras1 audit).
			Pleasantries: []string{"comment se sont passées les vacances", "comment se sont passées vos vacances", "comment se sont passées tes vacances", "comment s'est passé le week end", "comment s'est passé votre week end", "vous avez passé de bonnes", "avez vous passé de bonnes", "tu as passé de bonnes", "comment vas tu",
				"qui l'aurait cru", "qui aurait cru",
				// Exasperation: "Pourquoi est-ce toujours si compliqué ?".
				"pourquoi est ce toujours", "pourquoi c'est toujours",
				// The same wonder with a verb of thinking: "Qui aurait pu
				// imaginer que …?".
				"qui aurait pu imaginer", "qui aurait pensé", "qui aurait pu penser"},
			// Statements and offers that look like requests (langs1 audit):
			// "Veuillez noter que …", "N'hésitez pas à m'appeler."
			NotAsks: []string{"veuillez noter", "veuillez trouver", "vous trouverez ci joint", "vous trouverez en pièce jointe",
				"pour information", "pour info", "je vous joins", "je vous transmets ci joint"},
			// "If you need anything else, …" (extras1 audit).
			Offers: []string{"si vous avez besoin d'autre chose", "si vous avez besoin de quoi que ce soit", "si tu as besoin d'autre chose", "si vous avez besoin d'autres",
				"n'hésitez pas", "si vous avez des questions", "si vous avez la moindre question",
				"je reste à votre disposition", "je reste à disposition", "nous restons à votre disposition"},
			RequestFrames: []string{
				// A wish to order from the firm: "Nous aimerions commander 30
				// bocaux …" (the first person singular "je voudrais" is a frame
				// of its own).
				"nous aimerions commander", "j'aimerais commander", "nous souhaiterions commander", "nous voudrions commander",
				"nous souhaitons commander", "je souhaite commander", "je souhaiterais commander",
				// The plural of the conditional wishes "je souhaiterais", "je
				// voudrais", for a thing or for work to be done ("faire
				// relire"): before another verb the wish is the client's own
				// plan ("nous voudrions organiser la fête chez vous"); a wish to know
				// asks a question ("nous voudrions savoir si …").
				"nous souhaiterions un", "nous souhaiterions une", "nous souhaiterions faire",
				"nous voudrions un", "nous voudrions une", "nous voudrions faire",
				"nous voudrions savoir", "nous souhaiterions savoir",
				// Asking the firm to act, put as a statement: "Je vous demande de
				// …", "Je vous écris pour savoir si …".
				"je vous demande de", "nous vous demandons de", "je te demande de", "je vous écris pour savoir", "je vous écris pour vous demander",
				"je vous contacte pour savoir", "je vous contacte pour vous demander",
				"je me permets de vous demander", "je viens vers vous pour savoir",
				"pourriez vous", "pouvez vous", "pourrais tu", "peux tu", "auriez vous", "je vous prie de",
				"je vous serais reconnaissant", "je vous serais reconnaissante", "nous vous serions reconnaissants",
				"il faudrait que vous", "il nous faudrait",
				// The same need put to "tu", or in the present (langs2).
				"il faudrait que tu", "il faut que tu", "il faut que vous", "il me faudrait", "nous avons besoin", "j'ai besoin", "serait il possible",
				"est il possible", "vous serait il possible", "merci de",
				"nous aimerions que", "j'aimerais que", "nous souhaitons que", "je souhaite que", "je souhaiterais que",
				"nous souhaiterions que", "je me demandais si", "nous nous demandions si", "je voulais savoir si",
				// "We wanted to know…": an indirect question.
				"nous voulions savoir", "je voulais savoir", "je voulais vous demander", "nous voulions vous demander", "je voudrais savoir", "j'aimerais savoir", "nous aimerions savoir",
				// A hope that the firm acts: "J'espère que vous pourrez …".
				"j'espère que vous pourrez", "j'espère que vous pourriez", "nous espérons que vous pourrez",
				"nous espérons que vous pourriez", "ce serait bien si vous", "ce serait super si vous",
				// The conditional put as a statement with the client served:
				// "tu pourrais me faire …", "vous pourriez nous préparer …";
				// the present "vous pouvez me joindre" offers (QuestionOpeners).
				"tu pourrais me", "tu pourrais nous", "vous pourriez me", "vous pourriez nous",
			},
			RequestVerbs: []string{
				"faites", "vérifiez", "confirmez", "établissez", "rédigez", "transmettez", "indiquez", "dites",
			},
			Accept: []string{
				"allez y", "vous pouvez y aller", "c'est bon pour moi", "je vous donne mon accord", "nous validons",
				"je confirme la commande", "lancez", "d'accord pour", "oui merci", "vous pouvez lancer",
				"vous pouvez démarrer", "vous pouvez procéder",
				// The same to "tu" (langs2): "Ok pour moi, vas-y !".
				"ok pour moi", "vas y", "tu peux y aller", "tu peux commencer", "tu peux lancer",
			},
			Decline: []string{
				"nous allons le faire", "on va le faire", "en interne", "nous nous en occupons", "on s'en occupe",
				"je m'en occupe", "nous préférons attendre", "pas cette fois", "nous renonçons", "sans suite",
				"en rester là", "en restons là", "en reste là",
				// Over budget, a no as "over our budget" is.
				"au dessus de notre budget", "au dessus de mon budget", "au delà de notre budget", "au delà de mon budget",
				"au delà de nos moyens", "au delà de mes moyens", "dépasse notre budget", "dépasse mon budget", "hors de notre budget", "hors budget",
				"nous en passer", "m'en passer", "s'en passer", "en passerons", "en passerai",
			},
			Hedge: []string{
				"je dois en parler", "je vous redis", "à voir", "je vais y réfléchir", "laissez moi",
			},
			OutOfOffice: []string{
				"absente du bureau", "absent jusqu'au", "absente jusqu'au", "en congé", "en congés", "en vacances",
				"de retour le", "de retour au bureau", "accès limité", "pour toute urgence", "en cas d'urgence",
				"merci pour votre message", "merci de votre message", "réponse automatique",
				// Away for dates without a reason, and no mail access:
				// "Je suis absente du 2 au 9 mai, sans accès à ma messagerie."
				"je suis absent du", "je suis absente du", "je serai absent du", "je serai absente du",
				"sans accès à ma messagerie", "sans accès à mes mails", "sans accès à mes e mails", "pour toute demande urgente",
			},
		},
		Signals: []Signal{
			{Match: "établir|établiss*|rédig*|refaire|refais*|corrig*|élabor*|mettre en place|mise en place|remplir|concevoir|reprendre", Kind: "paid", Weight: 3, Act: "prepare"},
			{Match: "vérifier|vérification|contrôler|contrôle", Kind: "paid", Weight: 2, Act: "check"},
			{Match: "aider à|nous aider|m'aider|aide pour|repreniez|reprenne|prendre en charge", Kind: "paid", Weight: 2.5, Act: "work"},
			{Match: "indiquer|indiquez|dire|dites|transmettre|transmettez|faire savoir|tenir au courant|tenir informé*|envoyer|m'envoyer|renvoyer|renvoyez|faire parvenir|" +
				// With the elided pronoun the tokens keep: "merci de m'indiquer …".
				"m'indiquer|m'indiquez|m'informer|m'envoyez|m'écrire", Kind: "quick", Weight: 1.5, Minutes: 2, Act: "send"},
			{Match: "bien reçu|avez reçu|reçu les|reçu le|reçu la", Kind: "quick", Weight: 2.5, Minutes: 1, Act: "receipt"},
			{Match: "quand|jusqu'à quand|délai|échéance", Kind: "quick", Weight: 2.7, Minutes: 1, Act: "date"},
		},
		RuleWords: []string{"avons droit", "qui doit payer", "qui doit prendre en charge", "à la charge de qui", "récupérable*", "ai droit", "droit à", "éligible*", "déductible*", "autorisé*", "conforme*", "conformité", "couvert*", "prise en charge", "exonér*", "assujetti*", "franchise en base",
			// Whether a rule applies to the client's case: "la taxe s'applique-t-elle
			// à …?".
			"s'applique", "s'appliquent", "applicable", "applicables"},
		CheckVerbs:   []string{"vérifier", "contrôler", "confirmer", "regarder", "dire"},
		CheckLinks:   []string{"si", "que"},
		Happened:     []string{"reçu", "reçue", "reçus", "arrivé", "arrivée", "parti", "partie", "envoyée", "envoyés", "réglé", "réglée", "passé", "passée", "enregistré", "enregistrée", "enregistrés", "enregistrées", "traité", "traitée", "saisi", "saisie", "saisies"},
		AutoSubjects: []string{"absent", "absente", "absence", "en congé", "message d'absence"},
		// The ask to "tu"/"vous" put as a statement: "tu peux me dire si
		// …", "vous pouvez me confirmer …". Only a verb of telling or
		// sending follows: "vous pouvez me joindre au …" is an offer.
		QuestionOpeners: []string{"tu peux me dire", "tu peux me confirmer", "tu peux m'indiquer", "tu peux m'envoyer",
			"tu pourrais me dire", "tu pourrais me confirmer", "tu pourrais m'envoyer", "vous pouvez me dire",
			"vous pouvez me confirmer", "vous pouvez m'indiquer", "vous pouvez m'envoyer", "vous pourriez me dire",
			"vous pourriez me confirmer", "vous pourriez m'indiquer", "vous pourriez m'envoyer"},
		QuestionLeads: []string{"petite question", "une question", "question", "autre question"},
	})
}
