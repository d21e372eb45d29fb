package triage

// Sourcing a thing for the client is work: finding a supplier, a copy or a
// part, and buying or licensing it ("could you source a copy of the film",
// "please source two matching tiles", "procure the licence"). The cue is
// light, so a question about where the firm gets its stock ("where do you
// source your timber?") stays an answer. Table rows in TestSourcing
// (words_kind_source_test.go).

// sourceWeight outweighs "a copy" read as sending one, and no more.
const sourceWeight = 1.5

var sourceSignals = []Signal{
	{Match: "source {det}|source two|source some|source replacement|sourcing {det}|procure {det}|procuring {det}",
		Kind: "paid", Weight: sourceWeight, Act: "research"},
}

func init() {
	registerSignals(sourceSignals, nil)
}
