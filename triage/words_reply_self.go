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

// takeItUpDeclines: the client will raise the matter with the other
// party themselves ("we'll take it up with the bank directly"), so the
// firm's work is not wanted.
var takeItUpDeclines = []string{"we'll take it up with", "i'll take it up with", "we will take it up with",
	"i will take it up with", "we'll take this up with", "i'll take this up with", "we'll deal with ... directly",
	"i'll deal with ... directly", "we'll go direct to", "we'll go directly to", "i'll go direct to", "i'll go directly to"}

func init() {
	registerLexicon("en", Lexicon{Words: Words{Decline: takeItUpDeclines}})
	for lang, ds := range selfDoDeclines {
		registerLexicon(lang, Lexicon{Words: Words{Decline: ds}})
	}
}
