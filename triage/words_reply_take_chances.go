package triage

// takeChances: the client will risk going without the work ("I'll take my
// chances with the old boiler", "we'll chance it for another winter"): a
// refusal of the quote, as "we'll leave it" is. Negated ("I wouldn't take
// my chances") the reader turns it round. Table rows in
// TestReplyTakeChances.
var takeChances = []string{"take my chances", "take our chances", "i'll chance it", "we'll chance it",
	"i'll risk it", "we'll risk it", "i will chance it", "we will chance it", "i will risk it", "we will risk it"}

func init() {
	registerLexicon("en", Lexicon{Words: Words{Decline: takeChances}})
}
