package triage

// "Let's get it booked", "please get that scheduled", "let's get them
// pencilled in": a go-ahead worded as having the work put in the diary,
// as "book it" and "let's get it sorted" are (TestReplyGetItBooked). The
// object is the work itself (it, this, that, them); "let's get the
// scaffold booked first" names something else. The reader turns a
// negated one ("let's not get it booked yet") and a conditional one
// around as with any cue.

func init() {
	// diarised: past participles of putting work in the diary.
	wordClasses["diarised"] = set("booked scheduled arranged organised organized pencilled penciled diarised diarized lined")
	wordClasses["workref"] = set("it this that them")
	registerLexicon("en", Lexicon{Words: Words{Accept: []string{
		"let's get {workref} {diarised}", "lets get {workref} {diarised}", "let us get {workref} {diarised}",
		"please get {workref} {diarised}",
	}}})
}
