package triage

// "Go ahead with everything except the loft hatch": a go-ahead for the
// whole job with one part taken out is a yes to part of the work only, as
// "apart from …" is, so the rep re-quotes. "Except" is a contrast word
// that ends a clause ("I'd go ahead, except the price is too high"); after
// a word for the whole job it is a preposition inside the clause
// (ContrastParticles), and that pair is the cue. "Go ahead, any day except
// the 24th" keeps its split and sets a term, not the scope.
func init() {
	registerLexicon("en", Lexicon{Reply: replyCueLists{
		ContrastParticles: []string{"everything except", "all except", "it except", "lot except"},
		Partial: []string{
			"everything except", "all except", "all of it except", "the lot except",
			"everything excluding", "all of it excluding", "the lot excluding",
		},
	}})
}
