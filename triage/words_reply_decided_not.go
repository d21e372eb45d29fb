package triage

// decidedNot is the English "decided not to", "decided against" in the
// other languages: a decision, then a negator of the verb decided on
// ("we hebben besloten het niet te laten doen", "hemos decidido no
// hacerlo", "nous avons décidé de ne pas", "decidimos não avançar",
// "abbiamo deciso di non farlo"). A decline. German puts a comma after the
// decision, which ends the clause, so only "dagegen entschieden" and the
// comma-less "beschlossen es nicht zu machen" are read. A decision still
// to come ("we hebben nog niets besloten") has no negator after it.
var decidedNot = map[string][]string{
	"nl": {"besloten niet", "besloten ... niet", "besloten om niet", "ertegen besloten"},
	"de": {"beschlossen ... nicht", "entschieden ... nicht", "dagegen entschieden", "dagegen beschlossen"},
	"es": {"decidido no", "decidimos no", "decidí no"},
	"pt": {"decidimos não", "decidi não", "decidido não", "resolvemos não"},
	"fr": {"décidé de ne", "décidons de ne"},
	"it": {"deciso di non", "decidiamo di non"},
}

func init() {
	for lang, ds := range decidedNot {
		registerLexicon(lang, Lexicon{Words: Words{Decline: ds}})
	}
}
