package triage

// Out-of-office wording of the time away and of mail left unread, in the
// languages clients write in: "pendant mon absence", "durante mi
// ausencia", "während meiner Abwesenheit", "vos messages ne seront pas
// lus", "pour toute question urgente". English has "in my absence" and
// "during my absence"; without these, a French or Spanish away reply with
// no automatic headers found one cue where three are needed
// (looksAutomatic), and its redirect to a colleague was read as an ask.
// A person who mentions their absence and asks something still has fewer
// than three cues, or greets the firm's person by name.
func init() {
	registerLexicon("fr", Lexicon{Words: Words{OutOfOffice: []string{
		"pendant mon absence", "durant mon absence", "en mon absence", "je suis absente", "je suis absent",
		"ne seront pas lus", "ne sera pas lu", "ne seront pas transférés", "ne sera pas transféré",
		"pour toute question urgente", "pour toute demande urgente", "pour les demandes urgentes",
	}}})
	registerLexicon("de", Lexicon{Words: Words{OutOfOffice: []string{
		"während meiner abwesenheit", "in meiner abwesenheit", "nicht weitergeleitet", "nicht gelesen",
	}}})
	registerLexicon("es", Lexicon{Words: Words{OutOfOffice: []string{
		"durante mi ausencia", "en mi ausencia", "sin acceso al correo", "no leeré", "si es urgente",
		"a mi vuelta", "a mi regreso",
	}}})
	registerLexicon("it", Lexicon{Words: Words{OutOfOffice: []string{
		"durante la mia assenza", "in mia assenza", "non leggerò", "senza accesso alla posta", "al mio rientro",
	}}})
	registerLexicon("nl", Lexicon{Words: Words{OutOfOffice: []string{
		"tijdens mijn afwezigheid", "in mijn afwezigheid", "niet gelezen", "niet doorgestuurd", "bij mijn terugkeer",
	}}})
	registerLexicon("pt", Lexicon{Words: Words{OutOfOffice: []string{
		"durante a minha ausência", "durante minha ausência", "na minha ausência", "não serão lidas", "no meu regresso",
		"no meu retorno",
	}}})
}
