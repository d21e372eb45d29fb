package triage

// Rewriting or rewording a text the client already has ("rewrite the
// privacy notice", "reword the appeal letter") is writing it again, as
// "redo" is, so it is production work. Only the verb counts: "has it
// been rewritten yet?" asks a status and "rewritten" stays out. Table
// rows in TestRewriting (words_kind_rewrite_test.go).
var rewriteSignals = []Signal{
	{Match: "rewrite|rewriting|reword|rewording", Kind: "paid", Weight: 3, Act: "write"},
}

func init() {
	registerSignals(rewriteSignals, nil)
}
