package triage

// A go-ahead cue inside a clause of time that opens with "before" and its
// subject ("we want to discuss it before we go ahead", "voordat we
// akkoord geven", "avant de donner notre accord", "antes de dar luz
// verde") names a go-ahead still to come: the reply waits on something
// first, so the cue is a hedge, not an acceptance. "Before Friday, go
// ahead" names a date, not a subject, and still accepts. Table rows in
// TestReplyBeforeGoAhead.

// beforeWords open a clause of time before the event: English, Dutch,
// French, Spanish, Portuguese, Italian, German.
var beforeWords = set("before voordat alvorens avant antes prima bevor ehe")

// beforeSubjects follow a before word when a clause (not a date) follows:
// a pronoun subject, or the "de" / "que" / "di" that opens an infinitive.
var beforeSubjects = set("we i you they wij we ik jullie u nous je on vous de d que di wir ich sie nosotros yo nós eu")

// beforeWindow is how many words before the cue the before word may stand
// ("avant de vous donner le feu vert").
const beforeWindow = 5

// beforeClause reports a before word with a subject after it within
// beforeWindow words before the cue at ws[start] (the subject may be the
// cue's own first word: "before I approve").
func beforeClause(ws []string, start int) bool {
	for i := start - 1; i >= 0 && i >= start-beforeWindow; i-- {
		if beforeWords.has(ws[i]) && i+1 <= start && beforeSubjects.has(ws[i+1]) {
			return true
		}
	}
	return false
}
