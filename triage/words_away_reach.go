package triage

// Out-of-office wording of a short, informal away reply (F16): no device
// or signal to read mail on ("no laptop", "patchy signal") and a redirect
// by topic or urgency said plainly ("if it's about the order, text Sam",
// "if it's urgent, ring the shop"). Many away replies are typed once by
// the sender and sent automatically without the automatic headers; the
// formal wording ("limited access to email", "if your query is") misses
// them, and a return said plainly ("till I'm back"). Three cues are still
// needed in a short text, and a person who greets the firm's person by
// name is read as ever (looksAutomatic).
func init() {
	registerLexicon("en", Lexicon{Words: Words{OutOfOffice: []string{
		"no laptop", "without my laptop", "without a laptop", "no wifi", "no wi-fi", "no phone signal",
		"patchy signal", "limited signal", "poor signal", "little signal", "no signal",
		"if it's about", "if it is about", "if it's regarding", "if it is regarding",
		"if it's urgent", "if it is urgent", "if urgent",
		"till i'm back", "until i'm back", "till i am back", "until i am back",
	}}})
}
