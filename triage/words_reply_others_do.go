package triage

// Declining by handing the work to the client's own people, said in the
// other languages with the verb before its doer or the doer before a
// future: "lo hará nuestro diseñador", "se ne occuperà il nostro
// geometra", "o nosso contabilista vai fazer", "notre graphiste s'en
// chargera". English has its own reader for "our bookkeeper will take it
// on" (thirdPartyDoes); these languages put the verb first, which that
// reader does not see. The doer must be the client's ("nuestro", "mi",
// "il nostro"): the firm's own people ("su técnico") are no decline.
var ownPeopleDoDeclines = map[string][]string{
	"es": {"lo hará nuestro", "lo hará nuestra", "lo hará mi", "lo va a hacer nuestro", "lo va a hacer nuestra", "lo va a hacer mi",
		"se encargará nuestro", "se encargará nuestra", "se encargará mi", "se va a encargar nuestro", "se va a encargar nuestra"},
	"it": {"lo farà il nostro", "lo farà la nostra", "lo farà il mio", "lo farà la mia", "se ne occuperà il nostro",
		"se ne occuperà la nostra", "se ne occuperà il mio", "se ne occuperà la mia"},
	"pt": {"vai fazer o nosso", "vai fazer a nossa", "fará o nosso", "fará a nossa", "o nosso ... vai fazer", "a nossa ... vai fazer",
		"o nosso ... vai tratar", "a nossa ... vai tratar"},
	"fr": {"notre ... s'en chargera", "notre ... s'en occupera", "notre ... le fera", "notre ... va s'en charger",
		"notre ... va s'en occuper", "notre ... va le faire"},
}

func init() {
	for lang, ds := range ownPeopleDoDeclines {
		registerLexicon(lang, Lexicon{Words: Words{Decline: ds}})
	}
}
