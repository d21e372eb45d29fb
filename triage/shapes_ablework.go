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
// "Any chance you could …" is the same frame put casually ("any chance
// you could re-grout the shower?").
var ableFrames = newLexicon([]string{"would you be able to", "are you able to", "will you be able to",
	"would your {crew} be able to", "is your {crew} able to", "any chance you could", "any chance you can",
	"is there any chance you could", "any chance your {crew} could"})

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
	return ok && !notActionVerbs.has(v) && !infoVerbs.has(v) && !possibleClientVerbs.has(v) &&
		!(serviceVerbs.has(v) && capabilityAsked(ws, v)) && !surfaceKindAsked(ws, v)
}

// serviceVerbs name taking on a kind of work: "are you able to handle
// Korean?", "would you be able to take on commercial jobs?".
var serviceVerbs = set("handle do offer cover support take work deal")

// capabilityAsked: after the service verb v (and its particle) comes a
// bare noun phrase of at most three words that ends the ask: a kind of
// work or a language, not a job ("handle the Henderson appeal", "handle
// payroll for our new starter from March" stay requests for work). The
// client asks whether the firm offers it, as "do you handle…?" does.
func capabilityAsked(ws []string, v string) bool {
	i := 0
	for i < len(ws) && ws[i] != v {
		i++
	}
	i++
	if i < len(ws) && (ws[i] == "on" || ws[i] == "with") {
		i++
	}
	n := len(ws) - i
	return n >= 1 && n <= 3 && !adjectiveDets.has(ws[i]) && !jobPointers.has(ws[i])
}

// jobPointers point at a job in hand, not a kind of work: "handle it",
// "do this", "take them on".
var jobPointers = set("it this that them these those all both some any one")

// surfaceKindAsked: after the work verb v comes "on" or "onto" and a bare
// noun phrase of at most three words that ends the ask, a kind of
// material or thing ("can you engrave on slate?", "are you able to print
// onto canvas bags?"): the client asks whether the firm works on such
// things, a yes or no, not for a job on theirs. A determiner, a pointer,
// a number or a day after "on" names a job or a time ("engrave on the
// lid", "start on Monday") (TestSurfaceKindAsked).
func surfaceKindAsked(ws []string, v string) bool {
	i := 0
	for i < len(ws) && ws[i] != v {
		i++
	}
	i++
	if i >= len(ws) || ws[i] != "on" && ws[i] != "onto" {
		return false
	}
	i++
	n := len(ws) - i
	if n < 1 || n > 3 {
		return false
	}
	for _, w := range ws[i:] {
		if detWords.has(w) || jobPointers.has(w) || pronWords.has(w) || isTimeWord(w) || isDigits(w) {
			return false
		}
	}
	return true
}

// isTimeWord: a day or a time, which "on" may introduce ("start on
// Monday", "on the 14th", "on time").
func isTimeWord(w string) bool {
	return dayNames.has(w) || monthNames.has(w) || ordinalNames.has(w) || timeWords.has(w)
}

var (
	monthNames   = wordClasses["month"]
	ordinalNames = wordClasses["ordinal"]
	timeWords    = set("today tomorrow tonight weekend weekends morning afternoon evening time")
)
