package triage

// "We're moving in March and will need the phones set up in the new
// unit": the client's own subject carried over "and will" to a need is
// the client's need, as "we will need" is. "It will need…" and "the
// builders … and will need…" describe a job or a third party's need.

// ownFutureNeed: core[start] is "need" after "and will", in a sentence
// whose subject is the client ("we", "I", "we're" …).
func ownFutureNeed(core []string, start int) bool {
	return start >= 3 && core[start-1] == "will" && core[start-2] == "and" && firstPersonStates.has(core[0])
}
