package triage

// "Yes to the lot", "yes to the whole package", "yes to the full job": a
// yes to every part the quote listed, worded with a noun for the whole, as
// "yes to everything" and "yes to both" are (TestReplyYesToWhole). A part
// taken out after it ("yes to the lot apart from the curtains") is read as
// with those.

func init() {
	// wholelot: nouns that name all the work on their own ("the lot",
	// "the works"); wholenoun: nouns that do after "whole", "full" or
	// "entire" ("the whole job").
	wordClasses["wholelot"] = set("lot works")
	wordClasses["wholenoun"] = set("lot thing job package works quote")
	registerLexicon("en", Lexicon{Words: Words{Accept: []string{
		"yes to the {wholelot}", "yes to the whole {wholenoun}", "yes to the full {wholenoun}",
		"yes to the entire {wholenoun}", "yes to all of it", "yes to all of them",
	}}})
}
