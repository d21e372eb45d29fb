package triage

// Go-aheads worded as putting the work (or the client) in the diary:
// "let's get it booked", "please get that scheduled", "pencil us in",
// "pop it in the diary", "put me down for it", as "book it" and "let's
// get it sorted" are (TestReplyGetItBooked). The object is the work or the
// client (it, this, that, them, us, me); "let's get the scaffold booked
// first" and "I'll pencil in a call" name something else. The reader
// turns a negated one ("let's not get it booked yet") and a conditional
// one around as with any cue.

func init() {
	// diarised: past participles of putting work in the diary.
	wordClasses["diarised"] = set("booked scheduled arranged organised organized pencilled penciled diarised diarized lined")
	// bookee: the work or the client, put in the diary.
	wordClasses["bookee"] = set("it this that them us me")
	// diaryput: verbs of putting something in the diary.
	wordClasses["diaryput"] = set("put pop stick get")
	registerLexicon("en", Lexicon{Words: Words{Accept: []string{
		"let's get {bookee} {diarised}", "lets get {bookee} {diarised}", "let us get {bookee} {diarised}",
		"please get {bookee} {diarised}",
		"pencil {bookee} in", "schedule {bookee} in", "{diaryput} {bookee} in the diary", "{diaryput} {bookee} in your diary",
		"put {bookee} down for it", "put {bookee} down for this", "put {bookee} down for that",
	}}})
}
