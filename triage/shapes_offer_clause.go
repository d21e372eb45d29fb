package triage

// Offers that close a sentence or open onto a problem the client does not
// expect: "It was good to catch up, and do let me know if you ever need a
// hand with the van", "Let me know if the link doesn't work." Neither
// asks anything now: the firm replies only if the offer is wanted or the
// problem arises.

func init() {
	wordClasses["negaux"] = set("doesn't don't won't can't isn't aren't didn't wouldn't cannot")
	// worksverb: what a file, link or delivery does when all is well.
	wordClasses["worksverb"] = set("open opens work load download print display show unzip play arrive")
	registerLexicon("en", Lexicon{Words: Words{Offers: []string{
		"let {me} know if you ever", "if you ever need", "if you ever want",
		"let {me} know if ... {negaux} {worksverb}",
		"shout if ... {negaux} {worksverb}", "tell me if ... {negaux} {worksverb}",
	}}})
}

// coordinatedOffer: the request frame at core[start:] is an offer
// joined to a statement by "and" ("…, and do let me know if you need
// anything"): the sentence asks nothing through it.
func (e *Engine) coordinatedOffer(core []string, start int) bool {
	k := start
	if k > 0 && core[k-1] == "do" {
		k--
	}
	if k == 0 || core[k-1] != "and" {
		return false
	}
	_, ok := e.lex.offers.hasAt(core, start)
	return ok
}
