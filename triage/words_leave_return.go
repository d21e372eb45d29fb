package triage

// Out-of-office wording of the return and of the time away (F16): "I am
// returning Monday", "back on Tuesday 3 March", "I will have no access
// during this time", "in my absence". An auto-reply without the automatic
// headers still needs three cues in a short text (looksAutomatic), so a
// person who mentions their return and asks something is answered.
func init() {
	registerLexicon("en", Lexicon{Words: Words{OutOfOffice: []string{
		"returning {weekday}", "returning on {weekday}", "return on {weekday}", "i will return on",
		"i'll return on", "back on {weekday}", "during this time", "during this period", "during my absence",
		"no access to my email", "no access to my emails", "no access to emails",
	}}})
}
