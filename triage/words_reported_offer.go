package triage

// An offer of the firm's passed on (helper "inbox17"): "Jenny said you
// could set up a spreadsheet for us", "my partner mentioned you'd sort
// the VAT registration", "the bank told us you can send the reference":
// the client reports that the firm could do a thing in order to ask for
// it. Only a work or request verb after the frame makes it an ask ("she
// said you could be away" reports). Table rows in TestReportedOffers
// (words_reported_offer_test.go).
func init() {
	registerLexicon("en", Lexicon{Words: Words{RequestFrames: []string{
		"said you could", "said you would", "said you'd", "said you can", "said you will", "says you can", "says you could",
		"mentioned you could", "mentioned you would", "mentioned you'd", "mentioned you can",
		"told me you could", "told us you could", "told me you can", "told us you can", "told me you'd", "told us you'd",
	}}})
}

// reportingVerbs open the frames above.
var reportingVerbs = set("said says mentioned told")

// reportedOfferWithoutWork: the frame at core[start:end] reports what the
// firm could do, but no work or request verb follows ("she said you could
// be away", "he told me you'd already filed it"), or it is not a third
// party's word: the client's own ("I said you'd sort that side of it",
// told to someone else) or the firm's ("when you said you'd check it").
// It reports, it asks nothing.
func (e *Engine) reportedOfferWithoutWork(core []string, start, end int) bool {
	if !reportingVerbs.has(core[start]) {
		return false
	}
	return start == 0 || ownReporters.has(core[start-1]) || end >= len(core) || !e.isWorkVerb(core[end])
}

// ownReporters are the client and the firm as the subject of "said".
var ownReporters = set("i we you u")
