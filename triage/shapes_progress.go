package triage

// Progress questions: "where are we with the survey?", "how are you
// getting on with the leaflet?", "any progress on the plans?" ask how far
// a piece of work has got, not for the work: the work they name is what
// the news is about, as in a status question (words_kind_status.go). And
// "how are you getting on with the …" opens like the pleasantry "how are
// you" but asks after a job. Table rows in TestProgressQuestions.

var (
	// progressSubjects follow "where are": "where are we/you/things with".
	progressSubjects = set("we you u things")
	// progressPreps tie the frame to its object: "with the", "on the".
	progressPreps = set("with on")
	// progressMotion: "getting on with", "getting along with".
	progressMotion = set("on along")
	// progressNouns after "any": "any progress on", "any movement on".
	progressNouns = set("progress movement headway")
	// lifeNouns make "how are you getting on with the new puppy?" small
	// talk about the reader's life, not a job's progress.
	lifeNouns = set("baby babies puppy kitten dog cat house flat home move weather holiday holidays family kids children " +
		"knee back leg arm recovery garden allotment")
)

// progressAsk reports an ask opened (after fillers) by a progress frame
// with a determiner-led object: "where are we with the …", "how are you
// getting on with the …", "how far are you with the …", "any progress on
// the …".
func progressAsk(ws []string) bool {
	i := 0
	for i < len(ws) && isFiller(ws[i]) {
		i++
	}
	ws = ws[i:]
	at := func(k int, c *wordSet) bool { return k < len(ws) && c.has(ws[k]) }
	is := func(k int, w string) bool { return k < len(ws) && ws[k] == w }
	switch {
	case is(0, "where") && is(1, "are") && at(2, progressSubjects) && at(3, progressPreps):
		return progressObject(ws[4:])
	case is(0, "how") && is(1, "are") && at(2, progressSubjects) && is(3, "getting") && at(4, progressMotion) && is(5, "with"):
		return progressObject(ws[6:])
	case is(0, "how") && is(1, "far") && is(2, "are") && at(3, progressSubjects) && is(4, "with"):
		return progressObject(ws[5:])
	case is(0, "any") && at(1, progressNouns) && at(2, progressPreps):
		return progressObject(ws[3:])
	}
	return false
}

// progressObject: the frame's object opens with a determiner and names no
// part of the reader's life within its first words.
func progressObject(ws []string) bool {
	if len(ws) < 2 || !detWords.has(ws[0]) {
		return false
	}
	for k := 1; k < len(ws) && k <= 3; k++ {
		if lifeNouns.has(ws[k]) {
			return false
		}
	}
	return true
}
