package triage

// Declining by doing the work oneself, said with a finite verb in the
// first person, singular or plural, in the other languages: "lo haré yo",
// "lo faccio io", "faço eu", "mache ich selbst", "doe ik zelf". The lists
// had the plural only ("lo haremos nosotros", "doen we zelf"). A wish
// ("no tengo tiempo de hacerlo yo") puts the infinitive, not these forms,
// and the reader handles negation.
var selfDoDeclines = map[string][]string{
	"es": {"lo haré yo", "lo hago yo", "lo voy a hacer yo", "lo vamos a hacer nosotros", "me encargo yo", "nos encargamos nosotros",
		"me encargaré yo", "nos encargaremos nosotros"},
	"pt": {"faço eu", "vou fazer eu", "eu mesmo faço", "eu mesma faço", "eu mesmo vou fazer", "eu mesma vou fazer",
		"nós mesmos fazemos", "trato eu disso", "tratamos nós disso"},
	"it": {"lo faccio io", "lo farò io", "lo faremo noi", "me ne occupo io", "me ne occuperò io", "ce ne occuperemo noi"},
	"de": {"mache ich selbst", "mache ich selber", "machen wir selber", "erledige ich selbst", "erledigen wir selber",
		"kümmere ich mich selbst", "kümmern wir uns selbst"},
	"nl": {"doe ik zelf", "doe ik het zelf", "doen wij zelf", "doen wij het zelf", "regel ik zelf", "regelen we zelf"},
	"fr": {"je vais le faire moi même", "je le ferai moi même", "nous le ferons nous mêmes", "je le fais moi même"},
}

func init() {
	for lang, ds := range selfDoDeclines {
		registerLexicon(lang, Lexicon{Words: Words{Decline: ds}})
	}
}
