package triage

// Danish cues, written as word tokens the way the lexicon sees the text.
// The reply words (accept, decline, hedge) are in words_reply.go; these
// are the lists that find and size asks. Danish mail asks with "Kan I …",
// "Vil I være søde at …", "Vi vil gerne have jer til at …" and "Må jeg
// bede om …", none of which another language's lists read, and names its
// work with verbs (udarbejde, reparere, montere) no other list holds.
// "I" (you, plural) lower-cases to "i" (in), so the frames that open
// with it are anchored to the start of the clause.
func init() {
	addLanguage("da", langCues{
		Words: Words{
			Greetings: []string{"kære", "goddag", "godmorgen", "hej med dig", "hej alle"},
			SignOffs: []string{"venlig hilsen", "venlige hilsner", "med venlig hilsen", "de bedste hilsner", "bedste hilsner",
				"mange hilsner", "hilsen", "tak på forhånd", "på forhånd tak"},
			Pleasantries: []string{"hvordan går det", "hvordan har du det", "hvem skulle have troet", "hvem skulle have troet det"},
			// Cover lines: "Vedhæftet finder du …", "Til orientering …".
			NotAsks: []string{"vedhæftet finder", "vedhæftet er", "hermed fremsendes", "til orientering", "til din orientering"},
			Offers: []string{"hvis du har spørgsmål", "hvis i har spørgsmål", "hvis der er spørgsmål", "du er velkommen til at",
				"i er velkomne til at", "tøv ikke med at"},
			RequestFrames: []string{
				// The firm asked to act: "Vi vil gerne have jer til at …",
				// "Jeg vil gerne bede dig om at …", "Må jeg bede om …".
				"vil gerne have jer til at", "vil gerne have dig til at", "vil gerne have at i", "vil gerne have at du",
				// The same with "also" inside: "Vi vil også gerne have, at I …".
				"vil {additive} gerne have at i", "vil {additive} gerne have at du", "vil {additive} gerne have jer til at",
				"vil gerne {additive} have at i", "vil gerne {additive} have at du",
				"vil gerne bede jer", "vil gerne bede dig", "vil gerne bede om", "vil bede jer", "vil bede dig", "må jeg bede",
				"må vi bede", "kan jeg bede", "kan vi bede",
				"^ kan i", "^ kan du", "^ kunne i", "^ kunne du", "^ vil i", "^ vil du", "vær venlig at", "vær sød at",
				"være søde at", "være sød at", "venligst", "har i mulighed for", "har du mulighed for", "er det muligt at",
				"jeg vil gerne vide", "vi vil gerne vide", "lad mig vide", "lad os vide", "giv besked", "giv mig besked",
				"jeg har brug for at i", "vi har brug for at i",
				// "Jeg vil bare høre, om …", "vi ville lige høre om …": wanting
				// to hear whether something is so asks it.
				"vil bare høre om", "ville bare høre om", "vil lige høre om", "ville lige høre om", "vil gerne høre om",
				"ville gerne høre om", "jeg vil høre om", "vi vil høre om",
			},
			RequestVerbs: []string{"bekræft", "tjek", "udfyld", "fortæl", "oplys", "lav"},
			OutOfOffice: []string{"er på ferie", "på juleferie", "på sommerferie", "ikke på kontoret", "er fraværende",
				"begrænset adgang", "bliver ikke videresendt", "bliver ikke læst", "automatisk svar", "er tilbage den", "er tilbage igen"},
		},
		Signals: []Signal{
			// Work: preparing, making, repairing and fitting; the stems are
			// shared with Swedish (siblingLanguages). Words that are English
			// too ("send", "male", "design", "installer", "producer",
			// "ring") are left out: mail whose language is not known is read
			// with every language's lists.
			{Match: "udarbejd*|forbered*|reparer*|udskift*|montere|monter*|installere|installér|bygge|byg|tegne|fremstil*|" +
				"gennemgå|gennemgang|opsæt*|ombyg*|renover*|beregn*|opgør*|lave|lav|fælde|beskære|sammensæt*|sammenstil*|" +
				// Assembling or planning something new ("sætte et program
				// sammen", "planlægge en tur"): whole verb forms only.
				"sætte sammen|sæt sammen|planlægge|planlæg|tilrettelægge",
				Kind: "paid", Weight: 3, Act: "prepare"},
			// Research, as in Swedish (words_sv.go): "finde ud af",
			// "undersøge om …", "søge i kirkebøgerne".
			{Match: "finde ud af|find ud af|undersøge|undersøg|søge i|søge efter|søg efter|lede efter|opspore|kortlægge",
				Kind: "paid", Weight: 3, Act: "research"},
			{Match: "bekræfte|bekræft|oplyse|oplys|fortælle|fortæl|give besked|lade mig vide|lad mig vide",
				Kind: "quick", Weight: 1.5, Minutes: 2, Act: "send"},
			{Match: "hvornår|frist|senest|sidste frist", Kind: "quick", Weight: 2.7, Minutes: 1, Act: "date"},
			{Match: "hvad koster|hvad koster det|hvad er prisen|pris på|prisen på", Kind: "quick", Weight: langPriceWeight, Minutes: 2, Act: "info"},
			{Match: "møde|ringe|opkald|aftale en tid|booke en tid", Kind: "quick", Weight: langMeetWeight, Minutes: 1, Act: "schedule"},
			{Match: "modtaget|ankommet|kommet frem|betalt|er sendt|blevet sendt|er afsendt|er leveret", Kind: "quick", Weight: 2, Minutes: 1, Act: "status"},
		},
		CheckVerbs:   []string{"tjekke", "kontrollere", "bekræfte"},
		CheckLinks:   []string{"om"},
		Happened:     []string{"modtaget", "ankommet", "betalt", "afsendt", "leveret"},
		AutoSubjects: []string{"automatisk svar", "fraværende", "fravær", "ferie"},
		// "Kan jeg bytte …", "må vi komme …": asking leave of the firm
		// needs no question mark on a phone.
		QuestionOpeners: []string{"kan jeg", "kan vi", "må jeg", "må vi"},
	})
}
