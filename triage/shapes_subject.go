package triage

import "strings"

// predicateAfterSubject: without a question mark, an auxiliary followed
// by a participle ("…, has queried how…", "…, is applying for…",
// "…, was told…") continues a statement whose subject came before the
// comma ("One of our drivers, Len Potts, has asked…"); a question puts
// its subject after the auxiliary ("…, is the office open…").
func predicateAfterSubject(c []string, question bool) bool {
	if question || len(c) < 2 || !auxWords[c[0]] {
		return false
	}
	return participleLike(c[1])
}

// participleLike: a word shaped like a participle ("applying", "queried",
// "been") or one of the {done} participles ("sent", "paid").
func participleLike(w string) bool {
	if w == "been" || doneWords[w] {
		return true
	}
	return len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed"))
}
