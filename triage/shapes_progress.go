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

// progressFrames are the progress frames, word by word; a word in braces
// is one of a class (progressClasses).
var progressFrames = [][]string{
	{"where", "are", "{subj}", "{prep}"},
	{"how", "are", "{subj}", "getting", "{motion}", "with"},
	{"how", "far", "are", "{subj}", "with"},
	{"any", "{noun}", "{prep}"},
}

var progressClasses = map[string]*wordSet{
	"{subj}": progressSubjects, "{prep}": progressPreps, "{motion}": progressMotion, "{noun}": progressNouns,
}

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
	// Most asks open with none of the frames' first words: one compare
	// each turns them away (progressAsk runs on every ask).
	if len(ws) < 3 || ws[0] != "where" && ws[0] != "how" && ws[0] != "any" {
		return false
	}
	for _, f := range progressFrames {
		if framed(ws, f) {
			return progressObject(ws[len(f):])
		}
	}
	return false
}

// framed: ws open with the words of frame f.
func framed(ws, f []string) bool {
	if len(ws) < len(f) {
		return false
	}
	for k, w := range f {
		if c, ok := progressClasses[w]; ok && !c.has(ws[k]) || !ok && ws[k] != w {
			return false
		}
	}
	return true
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
