package triage

// bringUpVerbs better a figure in "how can we raise prices" but, with a
// grievance or a pronoun as their object, bring a matter up with someone
// ("how do we raise it with the ombudsman?").
var bringUpVerbs = set("raise")

// bringUpObjects are what is brought up: a grievance or a pointer to one.
var bringUpObjects = set("it this that complaint complaints dispute disputes query queries concern concerns " +
	"issue issues claim claims matter objection objections grievance problem problems")

// bringUpDets may open the object ("a complaint", "the matter").
var bringUpDets = set("a an the our my this that")

// bringUpReach is how far past the "how do we" frame the verb may sit.
const bringUpReach = 3

// bringUpMatter: a "how do we {better}" match whose verb raises a matter
// with someone rather than a figure: the ask is how to complain, a
// procedure the firm knows, not advice on bettering the business.
func (e *Engine) bringUpMatter(ws []string, start, si int) bool {
	if ws[start] != "how" && ws[start] != "ways" || e.signals[si].Match != howBetterMatch {
		return false
	}
	for k := start + 1; k < len(ws) && k <= start+bringUpReach; k++ {
		if bringUpVerbs.has(ws[k]) {
			return bringUpObject(ws, k+1)
		}
	}
	return false
}

// bringUpObject: ws[i:] is a grievance or a pronoun, then "with".
func bringUpObject(ws []string, i int) bool {
	if i < len(ws) && bringUpDets.has(ws[i]) && i+1 < len(ws) && bringUpObjects.has(ws[i+1]) {
		i++
	}
	return i+1 < len(ws) && bringUpObjects.has(ws[i]) && ws[i+1] == "with"
}
