package triage

// "Katrin can you confirm the date and also we need the payslips redone":
// a run-on may open on the reader's name with no comma or greeting before
// "can you". One word before a polite auxiliary and "you" is a name or a
// marker, never a statement's subject, so the ask starts after it as it
// does after "hi Katrin".

// vocativeAsk: lw opens with one word and then "can/could/would/will
// you", the word not a plea, filler or joiner ("please can you…" is
// read as it was).
func vocativeAsk(lw []string) bool {
	return len(lw) > 2 && runOnPoliteAux.has(lw[1]) && runOnPoliteSubjects.has(lw[2]) && !notVocative(lw[0])
}

// vocativePleas are the words before "can you" that ask, not name.
var vocativePleas = set("please pls plz kindly")

// notVocative: w is a plea, a filler, a joiner, an auxiliary or a word
// that carries the ask on ("know can you…"), not a name.
func notVocative(w string) bool {
	return vocativePleas.has(w) || isFiller(w) || runOnJoiners.has(w) || runOnNotOpen.has(w) || auxWords.has(w)
}
