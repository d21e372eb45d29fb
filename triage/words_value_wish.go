package triage

// A request put as the value the client would set on the firm's work:
// "I'd value your view on…", "we would welcome a second opinion on…",
// "we'd value a full audit of…". Like "I'd appreciate a…" it names the
// thing wanted after the wish, so the frame needs a determiner after the
// verb; fillers ("really", "also") are dropped before frames are matched,
// so "we'd really value your help" reads the same.
func init() {
	registerLexicon("en", Lexicon{Words: Words{RequestFrames: []string{
		"i'd value {det}", "we'd value {det}", "i would value {det}", "we would value {det}",
		"i'd welcome {det}", "we'd welcome {det}", "i would welcome {det}", "we would welcome {det}",
	}}})
}
