package triage

import "strings"

// predicateAfterSubject: without a question mark, an auxiliary followed
// by a participle ("…, has queried how…", "…, is applying for…",
// "…, was told…") continues a statement whose subject came before the
// comma ("One of our drivers, Len Potts, has asked…"); a question puts
// its subject after the auxiliary ("…, is the office open…").
func predicateAfterSubject(c []string, question bool) bool {
	if question || len(c) < 2 || !auxWords.has(c[0]) {
		return false
	}
	return participleLike(c[1])
}

// participleLike: a word shaped like a participle ("applying", "queried",
// "been") or one of the {done} participles ("sent", "paid").
func participleLike(w string) bool {
	if w == "been" || doneWords.has(w) {
		return true
	}
	return len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed"))
}

// needMetWords: "that's all", "that is everything": the thing needed is
// what the reader already has.
var (
	needMetAll    = set("all everything")
	needMetJoined = set("that's thats this's")
	needMetThis   = set("that this")
	needMetBe     = set("is was")
)

// needMet: "that's everything I need for now", "that is all we needed":
// a need frame whose object is all that was already had closes the mail,
// it asks for nothing more. "All I need is the P60" still asks.
func needMet(core []string, start int) bool {
	j := start
	if j < len(core) && needSubjects.has(core[j]) {
		j--
	} else {
		j = start - 1
		if j >= 0 && needSubjects.has(core[j]) {
			j--
		}
	}
	if j < 0 || !needMetAll.has(core[j]) {
		return false
	}
	switch {
	case j >= 1 && needMetJoined.has(core[j-1]):
		return true
	case j >= 2 && needMetThis.has(core[j-2]) && needMetBe.has(core[j-1]):
		return true
	}
	return false
}

// thirdPartyFrame: the wish frame at core[start] has a third party for
// its subject ("…and the buyer would like to take over the lease", "…so
// my accountant wants to see the figures"): the client reports someone
// else's wish, as thirdPartyWish does for a sentence that opens with it.
func thirdPartyFrame(core []string, start int) bool {
	for j := max(0, start-3); j < start; j++ {
		if thirdPartyWish(core[j:]) {
			return true
		}
	}
	return false
}

// newDeliverableReach is how many words after "a" may name the thing made
// ("a simple monthly cash flow template").
const newDeliverableReach = 5

// newDeliverable: "a breakdown of…", "an estimate of…", "a short summary":
// an indefinite thing the firm makes, so a wish "to have" it asks for it
// (toHaveBy); "a quieter January" names none. Only the noun phrase's own
// words count: "a word with the landlord about the lease" names the
// landlord's lease, not a thing made.
func newDeliverable(ws []string) bool {
	if len(ws) < 2 || ws[0] != "a" && ws[0] != "an" {
		return false
	}
	end := min(len(ws), 1+newDeliverableReach)
	for k := 1; k < end; k++ {
		if nounPhraseBreaks.has(ws[k]) || ws[k] == "of" || ws[k] == "over" {
			end = k
		}
	}
	return deliverableIn(ws[1:end])
}
