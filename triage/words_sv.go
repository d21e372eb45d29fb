package triage

// Swedish cues, written as word tokens the way the lexicon sees the text.
// The reply words (accept, decline, hedge) are in words_reply.go; these
// are the lists that find and size asks. Swedish mail asks with "Kan ni
// …", "Skulle ni kunna …", "Vi vill gärna att ni …" and "Jag undrar om
// …", none of which another language's lists read, and names its work
// with verbs (ta fram, laga, byta, sammanställa) no other list holds.
func init() {
	addLanguage("sv", langCues{
		Words: Words{
			Greetings: []string{"hejsan", "hallå", "god morgon", "bästa"},
			SignOffs: []string{"vänliga hälsningar", "med vänliga hälsningar", "vänlig hälsning", "bästa hälsningar",
				"hälsningar", "hälsar", "tack på förhand", "tack så mycket"},
			Pleasantries: []string{"hur mår du", "hur är läget", "hur har du det", "vem kunde ana", "vem hade trott"},
			NotAsks:      []string{"bifogat finns", "bifogar", "för kännedom", "för din kännedom"},
			Offers: []string{"om du har frågor", "om ni har frågor", "om det finns frågor", "tveka inte att", "hör gärna av dig om",
				"hör gärna av er om"},
			RequestFrames: []string{
				// The firm asked to act: "Vi vill gärna att ni …", "Skulle ni
				// kunna …", "Jag ber er att …".
				"vill gärna att ni", "vill gärna att du", "skulle vilja att ni", "skulle vilja att du", "skulle ni kunna",
				"skulle du kunna", "^ kan ni", "^ kan du", "^ kunde ni", "^ kunde du", "^ vill ni", "^ vill du",
				"var snäll och", "var snälla och", "vänligen", "har ni möjlighet att", "har du möjlighet att",
				"är det möjligt att", "jag undrar om", "vi undrar om", "jag skulle vilja veta", "vi skulle vilja veta",
				"låt mig veta", "låt oss veta", "jag ber er", "vi ber er", "jag ber dig", "vi ber dig", "behöver att ni",
				// The same with "also" inside: "Vi behöver också att ni …",
				// "vi vill även gärna att ni …".
				"behöver {additive} att ni", "behöver {additive} att du", "vill {additive} gärna att ni", "vill {additive} gärna att du",
				"skulle {additive} vilja att ni", "skulle {additive} vilja att du",
				// "Jag vill bara höra om …", "ville bara kolla om …": wanting
				// to hear whether something is so asks it.
				"vill bara höra om", "ville bara höra om", "vill bara kolla om", "ville bara kolla om", "ville höra om",
				"jag vill höra om", "vi vill höra om",
			},
			RequestVerbs: []string{"skicka", "bekräfta", "kolla", "meddela", "fyll", "berätta"},
			OutOfOffice: []string{"är på semester", "har semester", "är ledig", "är tjänstledig", "inte på kontoret",
				"är frånvarande", "begränsad tillgång", "vidarebefordras inte", "automatiskt svar", "är tillbaka den", "tillbaka på kontoret"},
		},
		Signals: []Signal{
			// Work: preparing, making, repairing and caring over a stay;
			// the stems reparer*, monter*, installer*, renover* are Danish's
			// too and listed there (siblingLanguages).
			{Match: "ta fram|upprätta|förbered*|laga|byta|byt ut|måla|rita|tillverk*|sammanställ*|gå igenom|genomgång|" +
				"räkna ut|beräkn*|bygga|sköta|ta hand om|föra en|föra in|medicinera|medicinering|göra om|" +
				// Assembling or planning something new: "sätta ihop ett
				// program", "planera en resa" (whole infinitives and
				// imperatives only: "planerar ni…?" asks a plan's date).
				"sätta ihop|sätt ihop|sätter ihop|planera|planlägga|utforma|utarbeta|lägga upp",
				Kind: "paid", Weight: 3, Act: "prepare"},
			// Research: finding out, searching records, looking into a
			// question ("ta reda på", "söka i kyrkböckerna", "undersöka om
			// …"), as English "look into|find out" weighs (words.go).
			{Match: "ta reda på|undersöka|undersöker|utreda|utred|söka i|söka efter|sök efter|leta efter|leta upp|leta fram|" +
				"forska i|forska om|efterforska|kartlägga", Kind: "paid", Weight: 3, Act: "research"},
			{Match: "skicka|bekräfta|meddela|berätta|tala om|låta mig veta|låt mig veta", Kind: "quick", Weight: 1.5, Minutes: 2, Act: "send"},
			{Match: "när|senast|sista dag", Kind: "quick", Weight: 2.7, Minutes: 1, Act: "date"},
			{Match: "vad kostar|vad blir priset|vad är priset|kostar det|priset för", Kind: "quick", Weight: langPriceWeight, Minutes: 2, Act: "info"},
			{Match: "möte|ringa|samtal|boka en tid", Kind: "quick", Weight: langMeetWeight, Minutes: 1, Act: "schedule"},
			{Match: "kommit fram|mottagit|har ni fått|betalt|betalats|har skickats|är skickad|är skickat|har levererats", Kind: "quick", Weight: 2, Minutes: 1, Act: "status"},
		},
		CheckVerbs:   []string{"kolla", "kontrollera", "bekräfta"},
		CheckLinks:   []string{"om"},
		Happened:     []string{"mottagit", "kommit", "betalt", "skickat", "levererat"},
		AutoSubjects: []string{"automatiskt svar", "frånvaro", "frånvarande", "semester"},
		// "kan jag byta …", "får vi komma …": asking leave of the firm
		// needs no question mark on a phone.
		QuestionOpeners: []string{"kan jag", "kan vi", "får jag", "får vi"},
	})
}
