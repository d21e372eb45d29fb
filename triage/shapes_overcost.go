package triage

// "Why does everything in a kitchen cost twice what you expect?", "why
// does every job take forever?": a why-question sweeping over everything
// that says it all costs or takes a multiple complains, as "so slow"
// does (whyEveryoneSo). A multiple after another verb ("why is every
// line listed twice?") asks about a fault.

// overcostVerbs say what a thing costs or takes.
var overcostVerbs = set("cost costs take takes")

// overcostMultiples exaggerate the cost or the time.
var overcostMultiples = set("twice double triple forever ages")

// overcostReach is how many words after the verb the multiple may come
// ("cost at least twice", "take pretty much forever").
const overcostReach = 3

// sweepOvercosts: ws, the words after the sweep, hold a cost or time
// verb followed within overcostReach words by a multiple.
func sweepOvercosts(ws []string) bool {
	for i, w := range ws {
		if !overcostVerbs.has(w) {
			continue
		}
		for _, x := range ws[i+1 : min(len(ws), i+1+overcostReach)] {
			if overcostMultiples.has(x) {
				return true
			}
		}
	}
	return false
}
