package triage

// A price past what the client's money allows is a no, whatever holds
// the money: "more than the organ fund can stretch to", "more than the
// club's kitty allows". The budget itself is in the English decline list
// (words.go); these are its other names. Table rows in
// TestReplyMoreThanMoneyAllows (reply_budget_allows_test.go).
var moneyPots = set("fund funds finances kitty pot coffers purse reserves grant")

func init() {
	wordClasses["moneypot"] = moneyPots
	registerLexicon("en", Lexicon{Words: Words{Decline: []string{
		"more than {det} {moneypot} can stretch to", "more than {det} ... {moneypot} can stretch to",
		"more than {det} {moneypot} allows", "more than {det} ... {moneypot} allows",
		"more than {det} {moneypot} will allow", "more than {det} ... {moneypot} will allow",
		"more than {det} {moneypot} can afford", "more than {det} ... {moneypot} can afford",
	}}})
}
