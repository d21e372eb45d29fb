package triage

import "strings"

// A check whether something was done to a thing: "check that the boxes
// were actually shredded", "confirm whether the hedges have been cut",
// "see if the fence was repainted". A past passive reports an act that
// took place, whatever its verb, so the check is a status, as with the
// known {done} verbs (checkedClause). Asking whether it was done right
// ("…was calculated correctly") is a review, and what a rule allows
// ("…were entitled to") is research: both are left to the other cues.

// pastPassiveAux open a past passive: "was", "were", "has been", "have
// been", "had been", "got".
var pastPassiveAux = set("was were been got")

// passiveHedges may stand between the auxiliary and the participle.
var passiveHedges = set("actually definitely really all already properly ever both")

// reviewManners ask whether an act was done right: a review, not a status.
var reviewManners = set("correctly properly accurately right rightly appropriately legally lawfully adequately " +
	"sufficiently fairly well wrongly incorrectly")

// passiveDone reports a past passive in the checked clause rest: an
// auxiliary of the past then, past a hedge, a regular participle.
func passiveDone(rest []string) bool {
	found := false
	for i, w := range rest {
		if reviewManners.has(w) {
			return false
		}
		if found || !pastPassiveAux.has(w) {
			continue
		}
		j := i + 1
		for j < len(rest) && passiveHedges.has(rest[j]) && rest[j] != "properly" {
			j++
		}
		found = j < len(rest) && regularParticiple(rest[j])
	}
	return found
}

// regularParticiple: a past participle of a regular verb ("shredded",
// "logged", "repainted"), not an adjective we know to end the same way.
func regularParticiple(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !passiveNotActs.has(w)
}

// passiveNotActs end in -ed and name a state or a permission, not an act
// done: "was entitled to", "were interested", "was based".
var passiveNotActs = set("entitled interested concerned based allowed permitted required supposed needed " +
	"expected obliged licensed qualified exempted exempt covered insured related involved")
