package triage

// Dutch cues, written as word tokens the way the lexicon sees the text
// ("e mail" for "e-mail").
func init() {
	addLanguage("nl", langCues{
		Words: Words{
			// Wonder put as a question ("who would have thought…?"): no ask.
			Pleasantries: []string{"wie had dat gedacht", "wie had dat ooit gedacht",
				// Small talk: "Hoe was de vakantie?", "Lekker weer gehad?".
				"hoe was de vakantie", "hoe was je vakantie", "hoe was jullie vakantie", "hoe was uw vakantie",
				"hoe was het weekend", "hoe was je weekend", "hoe gaat het", "hoe is het met", "hoe is het daar",
				"lekker weer gehad", "goed weekend gehad", "fijne vakantie gehad", "leuke vakantie gehad", "alles goed"},
			// Statements and offers that look like requests (langs1 audit):
			// "Houd er rekening mee dat …", "Aarzel niet om te bellen."
			NotAsks: []string{"houd er rekening mee", "houdt u er rekening mee", "ter info", "ter informatie",
				"in de bijlage vindt u", "in de bijlage vind je", "bijgevoegd stuur ik", "bijgevoegd vindt u"},
			Offers: []string{"aarzel niet", "als u vragen heeft", "als je vragen hebt", "neem gerust contact op",
				"bel gerust", "mail gerust",
				// "Mocht je nog iets nodig hebben, laat het maar weten.": an offer.
				"mocht je nog iets nodig", "mocht u nog iets nodig", "mochten jullie nog iets nodig",
				"als je nog iets nodig hebt", "als u nog iets nodig heeft", "mocht je nog vragen", "mocht u nog vragen",
				// "Laat het gerust weten als je nog iets van mij nodig hebt":
				// "let me know" ahead of "if you need anything else"; "laat
				// het me weten als de factuur klaar is" names a thing and asks.
				"laat ... weten als je nog iets", "laat ... weten als u nog iets", "laat ... weten als jullie nog iets",
				"laat ... ... weten als je nog iets", "laat ... ... weten als u nog iets", "laat ... ... weten als jullie nog iets",
				"als je nog iets ... nodig", "als u nog iets ... nodig", "mocht je nog iets ... nodig", "mocht u nog iets ... nodig"},
			RequestFrames: []string{
				// The plural of "ik zou graag": "We zouden graag een offerte …".
				"we zouden graag", "wij zouden graag",
				// Asking the firm to act, put as a statement: "Ik wil u vragen
				// …", "Ik mail je om te vragen of …".
				"ik vraag u", "ik vraag je", "wij vragen u", "we vragen u", "mag ik u vragen", "mag ik je vragen",
				"ik wil u vragen", "ik wil je vragen", "wil ik u vragen", "wil ik je vragen", "om te vragen of", "om te vragen wanneer",
				"zoudt u", "wilt u", "wil je",
				// Wanting the firm to act: "Wij willen dat u de aangifte opstelt",
				// "ik wil graag dat jullie …".
				"willen dat u", "willen dat jullie", "willen dat je", "wil dat u", "wil dat jullie", "wil dat je",
				"willen graag dat u", "willen graag dat jullie", "wil graag dat u", "wil graag dat jullie", "wil graag dat je", "kunnen jullie", "zouden jullie", "willen jullie", "ik verzoek u",
				"wij verzoeken u", "is het mogelijk", "zou het mogelijk zijn", "ik zou het fijn vinden als",
				"het zou fijn zijn als", "het zou helpen als",
				// "I wanted to ask / I was wondering…": an indirect question.
				"ik wilde vragen", "wij wilden vragen", "we wilden vragen", "ik vroeg me af", "wij vroegen ons af",
				"we vroegen ons af", "ik wil graag weten", "ik zou graag willen weten",
				// The same asks with the verb first after an opening adverb
				// (Dutch puts the verb second): "Daarnaast verzoek ik u …",
				// "Tot slot vragen wij u …".
				"verzoek ik u", "verzoek ik je", "verzoeken wij u", "verzoeken we u", "verzoeken wij jullie",
				"vraag ik u", "vraag ik je", "vragen wij u", "vragen we u", "vragen wij jullie", "vragen we jullie",
				// A need whose object sits between the verb and "nodig": "Ik heb
				// voor de aangifte een kopie nodig van …". The word after "nodig"
				// ("van", "voor", "om", "over": what the thing covers) keeps out
				// "ik heb wat je nodig had gestuurd" and "we hebben niets meer
				// nodig."
				"ik heb ... ... nodig van", "ik heb ... ... nodig voor", "ik heb ... ... nodig om", "ik heb ... ... nodig over",
				"wij hebben ... ... nodig van", "wij hebben ... ... nodig voor", "wij hebben ... ... nodig om", "wij hebben ... ... nodig over",
				"we hebben ... ... nodig van", "we hebben ... ... nodig voor", "we hebben ... ... nodig om", "we hebben ... ... nodig over",
			},
			RequestVerbs: []string{"maak", "controleer", "bevestig", "bel", "laat"},
			Accept: []string{
				"gaat u gang", "gaat u uw gang", "ja graag", "u mag beginnen", "jullie mogen beginnen",
				"mag je doen", "we gaan akkoord", "ik ga akkoord", "ga ermee aan de slag", "u kunt beginnen",
				"je kunt beginnen", "jullie kunnen beginnen", "u kunt starten",
				// The imperative with "maar" that allows it: "begin maar", "ga je gang".
				"begin maar", "start maar", "ga je gang", "ga uw gang", "ga maar je gang", "ga maar uw gang",
			},
			Decline: []string{
				"doen we zelf", "doen we het zelf", "zelf doen", "liever niet", "voorlopig niet", "even niet",
				// The firm need not do the work: "de test hoeven jullie niet te
				// doen", "u hoeft het rapport niet meer te maken"
				// (TestReplyNeedNotDo). "niet te wachten" waives a step only.
				"hoeven ... niet te doen", "hoeft ... niet te doen", "hoef ... niet te doen",
				"hoeven ... niet meer te doen", "hoeft ... niet meer te doen", "hoeven ... niet te maken",
				"hoeft ... niet te maken", "hoeven ... niet meer te maken", "hoeft ... niet meer te maken",
				"laten we zitten", "zien we van af", "zien we ervan af",
				// Over budget, a no as "over our budget" is.
				"boven ons budget", "boven mijn budget", "buiten ons budget", "buiten mijn budget", "past niet in ons budget", "past niet in mijn budget",
				// "we zien er (toch) van af": the subject first, a particle between.
				"zien er van af", "zien er ... van af", "zien ervan af", "zie er van af", "zie er ... van af", "zie ervan af",
				// Putting the work aside: "laten we het even parkeren", "we
				// zetten het in de ijskast".
				"laten we het ... parkeren", "laten we dit ... parkeren", "laten we dat ... parkeren",
				"we parkeren het", "wij parkeren het", "we parkeren dit", "wij parkeren dit",
				"parkeren we het", "parkeren we dit", "parkeren we dat", "parkeren we even", "parkeren we voorlopig",
				"parkeren we nog", "in de ijskast",
				// "afzien van" with a pronoun adverb: "Wij zien hiervan af",
				// "ik zie daar toch van af".
				"zien hiervan af", "zien daarvan af", "zie hiervan af", "zie daarvan af",
				// With the object named: "wij zien af van de offerte".
				"zien af van", "zie af van", "zien we af van", "zien wij af van", "zie ik af van",
				"zien ... hiervan af", "zien ... daarvan af", "zie ... hiervan af", "zie ... daarvan af",
				"zien hier van af", "zien daar van af", "zie hier van af", "zie daar van af", "zien daar ... van af", "zie daar ... van af",
				"zien ... daar ... van af", "zie ... daar ... van af",
				// Stopping at the answer given, as "we'll leave it there":
				// "we laten het hierbij", "ik houd het daarbij"; closing
				// the clause ("ik stuur de tekening hierbij" sends it).
				"laten het hierbij $", "laten het daarbij $", "laat het hierbij $", "laat het daarbij $",
				"houden het hierbij $", "houden het daarbij $", "houd het hierbij $", "houd het daarbij $",
				"hou het hierbij $", "hou het daarbij $", "het hierbij laten $", "het daarbij laten $",
				"het hierbij houden $", "het daarbij houden $",
				// The same with the adverb split off and a particle between:
				// "we laten het hier (even, voorlopig, maar) bij".
				"laten het hier ... bij $", "laten het daar ... bij $", "laat het hier ... bij $", "laat het daar ... bij $",
				"houden het hier ... bij $", "houden het daar ... bij $", "houd het hier ... bij $", "houd het daar ... bij $",
				"hou het hier ... bij $", "hou het daar ... bij $", "laten het hier bij $", "laten het daar bij $",
				"laat het hier bij $", "laat het daar bij $", "houden het hier bij $", "houden het daar bij $",
				"houd het hier bij $", "houd het daar bij $",
			},
			Hedge: []string{"ik overleg", "even overleggen", "kom erop terug", "laat ik je weten", "moet ik nog over"},
			OutOfOffice: []string{
				"afwezig", "niet aanwezig", "met vakantie", "op vakantie", "weer aanwezig", "ben ik terug",
				"ben ik weer", "lees mijn e mail niet", "beperkt bereikbaar", "voor dringende zaken",
				"in dringende gevallen", "bedankt voor uw bericht", "bedankt voor je bericht", "automatisch antwoord",
			},
		},
		Signals: []Signal{
			{Match: "voorbereid*|opmaken|aanpassen|herzien|verzorgen|invullen|inrichten|corrigeren|uitwerken|samenstellen", Kind: "paid", Weight: 3, Act: "prepare"},
			{Match: "maken", Kind: "paid", Weight: 1.5, Act: "prepare"},
			{Match: "controleren|nagaan|checken", Kind: "paid", Weight: 2, Act: "check"},
			{Match: "helpen met|helpen bij|overnemen|overneemt|verzorgen van", Kind: "paid", Weight: 2.5, Act: "work"},
			{Match: "laten weten|laat ... weten|laat u mij ... weten|laat je me ... weten|laat je mij ... weten|laten jullie ... weten|hoor graag|horen graag|doorgeven|sturen|toesturen|doorsturen|vertellen", Kind: "quick", Weight: 1.5, Minutes: 2, Act: "send"},
			{Match: "uiterlijk|vervaldatum", Kind: "quick", Weight: 2, Minutes: 1, Act: "date"},
			{Match: "ontvangen|binnengekomen", Kind: "quick", Weight: 2.5, Minutes: 1, Act: "receipt"},
			// Asking whether a thing will come, as usual ("Krijg ik weer een
			// overzicht?"): the inverted present is a status question, like
			// English "will I get…", however large the thing named.
			{Match: "ontvang ik|krijg ik|ontvangen we|ontvangen wij|krijgen we|krijgen wij|ontvangt u|krijgt u", Kind: "quick", Weight: 2.5, Minutes: 1, Act: "status"},
		},
		RuleWords: []string{"recht op", "wie moet ... betalen", "wie ... moet betalen", "wie ... moeten betalen", "voor rekening van", "aftrekbaar", "aftrekpost", "toegestaan", "in aanmerking", "voldoen aan", "voldoet aan", "gedekt", "vrijgesteld",
			// Whether a rule applies to the client's case: "is die heffing op ons
			// van toepassing?", "geldt dat ook als …?".
			"van toepassing", "geldt ... ook als", "geldt dat ook"},
		CheckVerbs:   []string{"controleren", "nagaan", "checken", "bevestigen", "kijken", "zeggen"},
		CheckLinks:   []string{"of", "dat"},
		Happened:     []string{"ontvangen", "binnengekomen", "aangekomen", "verzonden", "verstuurd", "ingediend", "ingeleverd", "betaald", "overgemaakt", "afgeschreven", "gedaan"},
		AutoSubjects: []string{"automatisch antwoord", "afwezig", "afwezigheid", "niet aanwezig"},
		// A yes/no question opened by the verb, which Dutch needs no
		// question mark for: "heeft u de tekening al", "staat de keuring
		// nog gepland".
		VerbFirstOpeners: []string{"heeft u", "hebt u", "heb je", "hebben jullie", "bent u", "ben je", "zijn jullie", "is er",
			"zijn er", "komt u", "kom je", "komen jullie", "staat de", "staat het", "staat er", "gaat de", "weet u", "weet je",
			"weten jullie"},
	})
}
