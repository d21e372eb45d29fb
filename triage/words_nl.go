package triage

// Dutch cues, written as word tokens the way the lexicon sees the text
// ("e mail" for "e-mail").
func init() {
	addLanguage("nl", langCues{
		Words: Words{
			// Wonder put as a question ("who would have thought…?"): no ask.
			Pleasantries: []string{"wie had dat gedacht", "wie had dat ooit gedacht"},
			RequestFrames: []string{
				"zoudt u", "wilt u", "wil je", "kunnen jullie", "zouden jullie", "willen jullie", "ik verzoek u",
				"wij verzoeken u", "is het mogelijk", "zou het mogelijk zijn", "ik zou het fijn vinden als",
				"het zou fijn zijn als", "het zou helpen als",
				// "I wanted to ask / I was wondering…": an indirect question.
				"ik wilde vragen", "wij wilden vragen", "we wilden vragen", "ik vroeg me af", "wij vroegen ons af",
				"we vroegen ons af", "ik wil graag weten", "ik zou graag willen weten",
			},
			RequestVerbs: []string{"maak", "controleer", "bevestig", "bel", "laat"},
			Accept: []string{
				"gaat u gang", "gaat u uw gang", "ja graag", "u mag beginnen", "jullie mogen beginnen",
				"mag je doen", "we gaan akkoord", "ik ga akkoord", "ga ermee aan de slag", "u kunt beginnen",
				"je kunt beginnen", "jullie kunnen beginnen", "u kunt starten",
			},
			Decline: []string{
				"doen we zelf", "doen we het zelf", "zelf doen", "liever niet", "voorlopig niet", "even niet",
				"laten we zitten", "zien we van af", "zien we ervan af",
				// "we zien er (toch) van af": the subject first, a particle between.
				"zien er van af", "zien er ... van af", "zien ervan af", "zie er van af", "zie er ... van af", "zie ervan af",
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
			{Match: "laten weten|laat ... weten|doorgeven|sturen|toesturen|doorsturen|vertellen", Kind: "quick", Weight: 1.5, Minutes: 2, Act: "send"},
			{Match: "uiterlijk|vervaldatum", Kind: "quick", Weight: 2, Minutes: 1, Act: "date"},
			{Match: "ontvangen|binnengekomen", Kind: "quick", Weight: 2.5, Minutes: 1, Act: "receipt"},
		},
		RuleWords:    []string{"recht op", "aftrekbaar", "aftrekpost", "toegestaan", "in aanmerking", "voldoen aan", "voldoet aan", "gedekt", "vrijgesteld"},
		CheckVerbs:   []string{"controleren", "nagaan", "checken", "bevestigen", "kijken", "zeggen"},
		CheckLinks:   []string{"of", "dat"},
		Happened:     []string{"ontvangen", "binnengekomen", "aangekomen", "verzonden", "overgemaakt", "afgeschreven", "gedaan"},
		AutoSubjects: []string{"automatisch antwoord", "afwezig", "afwezigheid", "niet aanwezig"},
	})
}
