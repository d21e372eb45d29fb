package triage

// Requests for work put as a question of the firm's ability: "would you be
// able to turn the handbook into a leaflet?", "are you able to re-cut the
// promo?". These frames are request frames (words.go) as well as polite
// frames, so formOf read them as a request put as a question, whose form
// weighs nothing; "could you re-cut the promo?" weighs as polite work. The
// verb after the frame decides, as actionVerb does for "can you": a verb
// of telling or sending ("would you be able to send…") stays a request for
// an answer. Table rows in TestAbleWork.

// ableFrames ask whether the firm is able to do a thing.
var ableFrames = newLexicon([]string{"would you be able to", "are you able to", "will you be able to",
	"would your team be able to", "is your team able to"})

// ableWork: the ask opens with an ability frame and the verb after it is
// an act of work, not of telling, sending or being.
func ableWork(ws []string) bool {
	i := 0
	for i < len(ws) && isFiller(ws[i]) {
		i++
	}
	if i > 0 {
		ws = ws[i:]
	}
	v, ok := verbAfter(ableFrames, ws)
	return ok && !notActionVerbs.has(v) && !infoVerbs.has(v) && !possibleClientVerbs.has(v)
}
