package triage

// fineWords say a thing is acceptable as it stands ("that's ok",
// "it's fine"). Grammatical glue, not a cue list: the anaphoric subject
// before them and a bare "no" before that make the decline.
var fineWords = set("ok okay fine alright")

// noThenFine reports a bare "no" at ws[i] run straight into "that's ok"
// or "it's fine" without a comma ("No that's ok, thanks anyway", "no its
// fine"): the unpunctuated "No, that's fine.", which bareNo reads as a
// decline. "No that's not ok" and "No that's too much" are not this
// shape; a go-ahead in the sentence still drops the "no" (dropAnsweredNo).
func noThenFine(ws []string, i int, rl *replyLexicons) bool {
	if i+2 >= len(ws) || !fineWords.has(ws[i+2]) {
		return false
	}
	// "its" is read as "it's" here only: after "no", before "fine".
	return rl.anaphoricSubjects.has(ws[i+1]) || ws[i+1] == "its"
}

// noThenFine files the "no" of a clause that opens "no that's ok" as a
// decline, unless a go-ahead follows in the clause ("no that's fine go
// ahead" answers some other question and agrees). The caller marks the
// "no" taken, so it negates nothing after it.
func (c *clauseReader) noThenFine(accept *lexicon) {
	agreed := false
	accept.find(c.ws[3:], func(_, _, _ int) bool {
		agreed = true
		return false
	})
	if !agreed {
		addCue(&c.ev.strongDecline, c.ws[0])
	}
}
