package triage

// Translating, localising and subtitling a text is production work in any
// trade: "could you translate the lease into Polish?", "Kunnen jullie de
// brochure vertalen?". The verbs lean paid as "prepare" does; the nouns of
// the work ("a translation of the contract", "eine Übersetzung der
// Urkunde") lean less, so that a status, receipt or price signal in the
// same ask ("is the translation ready?", "your rate for translation")
// still decides. Past participles ("translated", "übersetzt", "vertaald")
// are left out: they report work done as often as they ask for it, and
// compounds ("vertaalgeheugen", translation memory) name tools, not work.
// Table rows: TestTranslationWork (words_kind_translation_test.go).

const (
	translateVerbWeight = 3
	translateNounWeight = 2
)

func translationSignals(verbs, nouns string) []Signal {
	return []Signal{
		{Match: verbs, Kind: "paid", Weight: translateVerbWeight, Act: "translate"},
		{Match: nouns, Kind: "paid", Weight: translateNounWeight, Act: "translate"},
	}
}

func init() {
	registerSignals(translationSignals(
		"translate|translating|localise|localize|localising|localizing|subtitle|subtitling|transcreate",
		"translation|translations|localisation|localization|subtitles|transcreation"),
		map[string][]Signal{
			"de": translationSignals("übersetzen|übersetze|lokalisieren|untertiteln",
				"übersetzung|übersetzungen|lokalisierung|untertitelung"),
			"fr": translationSignals("traduire|traduisez|traduisiez|localiser|sous titrer",
				"traduction|traductions|sous titrage|transcréation"),
			"it": translationSignals("tradurre|tradurreste|tradurrete|tradurci|tradurmi|localizzare|sottotitolare",
				"traduzione|traduzioni|localizzazione|sottotitolazione"),
			// "localizar" is Spanish and Portuguese for "to find": left out.
			"es": translationSignals("traducir|traduzcan|traduzcáis|traduzca|traducirnos|traducirme|subtitular",
				"traducción|traducciones|subtitulado"),
			"pt": translationSignals("traduzir|traduzam|traduza|traduzirem|legendar",
				"tradução|traduções"),
			"nl": translationSignals("vertalen|vertaal|lokaliseren|ondertitelen",
				"vertaling|vertalingen|lokalisatie|ondertiteling"),
		})
}
