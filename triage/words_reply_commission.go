package triage

// Formal instructions in the other languages, the way English writes
// "we instruct you" (words.go): a first-person verb of commissioning with
// the firm as its object, "hiermit beauftrage ich Sie", "wij geven u
// opdracht", "vi conferiamo l'incarico". Both word orders are listed
// where the language inverts after an adverb ("hiermit beauftragen wir
// Sie"). The reader handles negation ("wir beauftragen Sie nicht").
var formalCommissions = map[string][]string{
	"de": {"beauftrage ich sie", "ich beauftrage sie", "beauftragen wir sie", "wir beauftragen sie",
		"erteile ich ihnen den auftrag", "ich erteile ihnen den auftrag", "erteilen wir ihnen den auftrag",
		"wir erteilen ihnen den auftrag"},
	"nl": {"geef ik u opdracht", "ik geef u opdracht", "geven wij u opdracht", "wij geven u opdracht",
		"geven we u opdracht", "we geven u opdracht", "ik geef u de opdracht", "wij geven u de opdracht",
		"we geven u de opdracht"},
	"it": {"le conferisco l'incarico", "vi conferisco l'incarico", "le conferiamo l'incarico", "vi conferiamo l'incarico",
		"le affido l'incarico", "vi affido l'incarico", "le affidiamo l'incarico", "vi affidiamo l'incarico"},
	"fr": {"je vous confie la mission", "nous vous confions la mission", "je vous confie le travail",
		"nous vous confions le travail", "je vous mandate", "nous vous mandatons"},
	"es": {"le encargo el trabajo", "les encargamos el trabajo", "le encargamos el trabajo", "le confío el encargo",
		"le confiamos el encargo"},
	"pt": {"adjudico o trabalho", "adjudicamos o trabalho", "fica adjudicado", "está adjudicado"},
}

func init() {
	for lang, as := range formalCommissions {
		registerLexicon(lang, Lexicon{Words: Words{Accept: as}})
	}
}
