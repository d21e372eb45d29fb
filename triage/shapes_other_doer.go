package triage

// otherDoerBridges may stand between "or" and the other doer: "or is it
// someone else", "or will it be one of your team".
var otherDoerBridges = set("is it it's will would be it'll")

// otherDoerPeople name an unnamed other person: they need "else" or
// "from" after them ("someone else", "somebody from the office").
var otherDoerPeople = set("someone somebody anyone anybody")

// otherDoerMarks follow otherDoerPeople.
var otherDoerMarks = set("else from")

// colleagueNouns name the firm's other staff.
var colleagueNouns = set("colleague colleagues")

// otherDoerReach is how many words after "or" the other doer may start.
const otherDoerReach = 4

// otherDoerAlternative reports "will you do the survey or is it someone
// else?": the ask offers another person as the alternative to the firm,
// so it asks who will do the work, not for the work itself.
func otherDoerAlternative(ws []string) bool {
	for i, w := range ws {
		if w == "or" && otherDoerAfter(ws, i+1) {
			return true
		}
	}
	return false
}

// otherDoerAfter: ws[i:] opens, past bridge words, with another person.
func otherDoerAfter(ws []string, i int) bool {
	for k := i; k < len(ws) && k <= i+otherDoerReach; k++ {
		w := ws[k]
		switch {
		case otherDoerBridges.has(w):
			continue
		case otherDoerPeople.has(w):
			return k+1 < len(ws) && otherDoerMarks.has(ws[k+1])
		case w == "one" || w == "a" || w == "your" || w == "another" || w == "of":
			continue
		default:
			return colleagueNouns.has(w)
		}
	}
	return false
}
