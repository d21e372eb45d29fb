package triage

// A reply to a quote may name who would do the work by a pronoun ("When
// could she have it done by?") rather than "you": StartQuestions in
// words.go use this class.

func init() {
	// worker: who would do the quoted work, named in a reply to a quote:
	// the firm ("u" in texting) or one of its people.
	wordClasses["worker"] = set("u she he they")
}
