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
		// Mail left unread and plural or possessive "emails", sick leave
		// said plainly, and the reply time a desk aims at: "your email will
		// not be read", "not checking my emails", "I'm off sick", "we aim
		// to reply within 3 working days".
		"not be read", "not being read", "not being forwarded", "not been forwarded", "not checking emails",
		"not checking my email", "not checking my emails", "off sick", "aim to reply within",
		"aim to respond within", "meantime ... contact",
		// A system's notice: a template's salutation to no one in
		// particular and its own account of itself ("Dear Customer, …
		// This is an automated email, please do not reply").
		"dear customer", "dear valued customer", "dear member", "dear user", "dear subscriber",
		"automated email", "automated message", "automated e-mail", "unmonitored", "not monitored",
	}}})
}
