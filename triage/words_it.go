package triage

// Italian cues, written as word tokens the way the lexicon sees the text.
func init() {
	addLanguage("it", langCues{
		Words: Words{
			// Wonder put as a question ("who would have thought…?"): no ask.
			// Small talk about holidays and weekends (extras1 audit).
			Pleasantries: []string{"com'è andata la vacanza", "com'è andata in vacanza", "come sono andate le vacanze", "come stai $", "come sta $", "come va $", "tutto bene $",
				"chi l'avrebbe mai detto", "chi l'avrebbe detto", "chi avrebbe mai detto",
				// The same wonder with a verb of thinking: "chi avrebbe
				// pensato che …?".
				"chi avrebbe pensato", "chi avrebbe mai pensato", "chi l'avrebbe pensato"},
			// Statements and offers that look like requests (langs1 audit):
			// "Tenga presente che …", "Non esiti a contattarmi."
			NotAsks: []string{"tenga presente", "tenete presente", "si prega di notare", "in allegato trova",
				"in allegato trovate", "le invio in allegato", "vi invio in allegato", "per sua informazione", "per conoscenza"},
			// "If you need anything else, …" (extras1 audit).
			Offers: []string{"se serve altro", "se avete bisogno di altro", "se ha bisogno di altro", "se hai bisogno di altro",
				"non esiti", "non esitate", "resto a disposizione", "rimango a disposizione",
				"resto a sua disposizione", "rimango a sua disposizione", "per qualsiasi chiarimento"},
			RequestFrames: []string{
				// Telling the firm to go on with a named piece of work:
				// "Procedete pure con la posa …", "proceda alla sostituzione …".
				// "Procedete pure." alone answers a quote (words.go Accept).
				"procedete con", "procedete pure con", "proceda con", "proceda pure con", "procedi con", "procedi pure con",
				"procedete alla", "procedete al", "proceda alla", "proceda al",
				// Asking the firm to act, put as a statement: "Vorrei chiederle
				// di …", "Le scrivo per sapere se …".
				"vorrei chiederle", "vorrei chiedervi", "vorrei chiederti", "la pregherei di", "vi pregherei di",
				// Writing to ask, not writing about a topic ("ti scrivo per il
				// contratto").
				"scrivo per sapere", "scrivo per chiedere", "scrivo per chiederle", "scrivo per chiedervi",
				"contatto per sapere", "contatto per chiedere",
				"potreste", "può", "puoi", "mi può", "ci può", "mi potrebbe", "ci potrebbe", "la prego di",
				"vi prego di", "sarebbe possibile", "avrei bisogno",
				// A wish that the firm acts, or to learn something from it:
				// "Sarebbe perfetto se poteste …", "Mi piacerebbe sapere se …"
				// (TestWishFramesEsIt). The firm must be able to act ("se
				// poteste"): "sarebbe bello se il tempo reggesse" wishes for the
				// weather, and "mi piacerebbe andare in vacanza" is the
				// client's own wish.
				"sarebbe perfetto se pote*", "sarebbe perfetto se ... pote*",
				"sarebbe ottimo se pote*", "sarebbe ottimo se ... pote*",
				"sarebbe fantastico se pote*", "sarebbe fantastico se ... pote*",
				"sarebbe ideale se pote*", "sarebbe ideale se ... pote*",
				"sarebbe bello se pote*", "sarebbe bello se ... pote*",
				"mi piacerebbe ... sapere", "ci piacerebbe ... sapere", "mi piacerebbe ... capire", "ci piacerebbe ... capire",
				// A need with an adverb inside: "Avrei inoltre bisogno di …",
				// "Avremmo anche bisogno di …".
				"avrei ... bisogno di", "avremmo bisogno", "avremmo ... bisogno di", "ho bisogno che", "mi farebbe piacere se",
				"mi conferma", "mi confermi", "ti chiedo di", "vi chiedo di", "ti chiederei di", "vi chiederei di",
				// "I wanted to know whether…": an indirect question.
				"mi servirebbe", "mi servirebbero", "ci servirebbero", "volevo sapere", "volevamo sapere", "vorrei sapere", "mi chiedevo se", "ci chiedevamo se",
				// A hope that the firm acts: "Spero che possa …".
				// Gratitude put as a condition: "Le sarei grata se potesse …",
				// "Vi saremmo grati se …" (langs2).
				"sarei grato se", "sarei grata se", "saremmo grati se", "le sarei grato", "le sarei grata",
				"vi sarei grato", "vi sarei grata", "ti sarei grato", "ti sarei grata", "le saremmo grati", "vi saremmo grati",
				"spero che possa", "spero che possiate", "speriamo che possa", "speriamo che possiate",
			},
			RequestVerbs: []string{"prepari", "mandi", "invii", "verifichi", "controlli", "chiami", "confermi",
				// The formal "could you …" opening the sentence with the
				// verb asked for: "Potrebbe preparare …?", "Potrebbero
				// inviarci …?". "Potrebbe essere un problema?" has no such verb.
				"potrebbe prepar*", "potrebbe predispor*", "potrebbe elabor*", "potrebbe redig*", "potrebbe rived*",
				"potrebbe controll*", "potrebbe verific*", "potrebbe invi*", "potrebbe mand*", "potrebbe confermar*",
				"potrebbe indicar*", "potrebbe aggiorn*", "potrebbe sistem*", "potrebbe calcol*", "potrebbe dirmi", "potrebbe dirci",
				"potrebbero prepar*", "potrebbero predispor*", "potrebbero invi*", "potrebbero mand*", "potrebbero verific*",
				"potrebbero confermar*", "potrebbero controll*"},
			Accept: []string{
				"procediamo", "procedete pure", "proceda pure", "confermo l'incarico", "andate avanti",
				"vada avanti", "può iniziare", "potete iniziare", "accettiamo il preventivo", "accetto il preventivo",
			},
			Decline: []string{
				"lo facciamo noi", "ce ne occupiamo noi", "preferiamo aspettare", "non procediamo", "rinunciamo",
				// "Preferiamo non procedere", "abbiamo deciso di non procedere" (langs2).
				"non procedere",
				// Over budget, a no as "over our budget" is.
				"oltre il nostro budget", "oltre il mio budget", "fuori dal nostro budget", "fuori budget", "supera il nostro budget", "supera il mio budget",
				// Stopping at the answer given, as "we'll leave it there",
				// closing the clause ("ci fermiamo qui da voi domani" is a visit).
				"ci fermiamo qui $", "ci fermiamo qua $", "mi fermo qui $", "fermiamoci qui $", "ci fermiamo così $",
			},
			Hedge: []string{"ne parlo con", "devo pensarci", "le faccio sapere", "ci devo pensare"},
			OutOfOffice: []string{"fuori ufficio", "fuori sede", "in ferie", "sarò di nuovo", "rientrerò", "per urgenze", "grazie per il messaggio", "grazie per la sua email", "accesso limitato", "risposta automatica",
				// Away for dates without a reason, and no mail access.
				"sarò assente dal", "sono assente dal", "senza accesso alla posta", "senza accesso all'email", "per qualsiasi urgenza"},
		},
		Signals: []Signal{
			{Match: "redig*|elabor*|rifare|rifa*|sistemar*|compilar*|calcol*|analizz*|impostar*|correg*", Kind: "paid", Weight: 3, Act: "prepare"},
			// "verificar*" is Spanish and Portuguese too: listed once, here.
			{Match: "verificar*|verifich*|controllar*", Kind: "paid", Weight: 2, Act: "check"},
			{Match: "aiutarci|aiutarmi|aiutare con|aiuto con|occuparvi|occuparsi di|prendere in carico", Kind: "paid", Weight: 2.5, Act: "work"},
			{Match: "conferm*", Kind: "quick", Weight: 2.5, Minutes: 1, Act: "confirm"},
			{Match: "inviar*|mandar*|inviatemi|mandatemi|inviatece*|mandatece*|inviateme*|mandateme*|rimandatemi|inviami|mandami|rimandami|mi mandi|mi invii|mi rimandi|ci mandi|ci invii|rimandar*|reinviar*|dirmi|mi dica|far sapere|farmi sapere|comunicar*|mi faccia sapere|fatemi sapere|mi informi|mi informate|mi dite", Kind: "quick", Weight: 1.5, Minutes: 2, Act: "send"},
			{Match: "quando|entro quando|scadenza", Kind: "quick", Weight: 2.7, Minutes: 1, Act: "date"},
			{Match: "pagato|pagata|ricevuto|ricevuta|arrivato|arrivata|inviato|inviata", Kind: "quick", Weight: 2, Minutes: 1, Act: "status"},
		},
		RuleWords:    []string{"diritto", "chi deve pagare", "a carico di chi", "chi paga", "ripetibil*", "detraibil*", "deducibil*", "ammess*", "consentit*", "conform*", "agevolazion*", "esente", "esenzion*", "copert*", "regime forfettario", "obbligato a", "obbligati a"},
		CheckVerbs:   []string{"verificare", "controllare", "confermare", "vedere", "dire", "dirmi"},
		CheckLinks:   []string{"se", "che"},
		Happened:     []string{"arrivato", "arrivata", "ricevuto", "ricevuta", "pagato", "pagata", "inviato", "inviata", "partito", "partita", "registrato", "registrata", "registrati", "registrate", "elaborato", "elaborata", "inserito", "inserita", "ricevuti", "pagati"},
		AutoSubjects: []string{"fuori sede", "fuori ufficio", "assenza", "risposta automatica"},
		// "potete" before a verb of telling or sending, and "mi sapete
		// dire": "potete confermarmi …" without a question mark.
		// "Potete trovare in allegato" is a cover line, so "potete"
		// alone is not an opener.
		QuestionOpeners: []string{"potete confermare", "potete confermarmi", "potete dirmi", "potete farmi sapere",
			"potete mandarmi", "potete inviarmi", "mi confermate", "ci confermate", "mi sapete dire", "mi sai dire",
			"ci sapete dire", "mi dite", "mi dici",
			// "mi fai sapere quando passi …", "ci fate sapere se …", "mi metti
			// da parte …": the same statement-form ask to tu/voi.
			"mi fai sapere", "ci fai sapere", "mi fate sapere", "ci fate sapere", "mi metti da parte", "mi mettete da parte"},
		QuestionLeads: []string{"una domanda", "domanda", "domanda veloce", "un'altra domanda"},
	})
}
