package triage

// A wish for the firm's work put as its benefit ("it would be good to
// get a full survey", "it would really help to have a written report")
// asks only when it opens the sentence (benefitAsk). Clients often put
// the reason first: a short purpose ("For the appeal it would help to
// have a report on…") or a reason and "so" ("The lender won't accept
// the old one, so it would be good to get a new valuation"). The wish
// after such a lead asks as it does alone (TestBenefitAfterLead).

// benefitLeadPreps open a short lead of purpose or circumstance.
var benefitLeadPreps = set("for with given before ahead")

// maxBenefitLead bounds the words of a prepositional lead: "for my
// accreditation", "with the inspection in March".
const maxBenefitLead = 6

// benefitAfterLead returns the index of the asked verb of a benefit wish
// after a short prepositional lead ("for the appeal it would help to
// have…"), and whether there is one. The lead after a reason ended by
// "so" is found by the request frames "so it would" …, read only where
// they stand (soBenefitFrame).
func benefitAfterLead(ws []string) (int, bool) {
	if len(ws) < 6 || !benefitLeadPreps.has(ws[0]) {
		return 0, false // most sentences: one word read
	}
	for k := 2; k+3 < len(ws) && k <= maxBenefitLead; k++ {
		if ws[k] != "it" && ws[k] != "it'd" {
			continue
		}
		if v, ok := benefitAsk(ws[k:]); ok {
			return k + v, true
		}
	}
	return 0, false
}

// soBenefitFrame: the request frame at core[start] ("so it would", "so
// it'd") opens a benefit wish that asks ("…, so it would be good to get
// a new survey"); "so it would be nice to have a quieter January" asks
// nothing.
func soBenefitFrame(core []string, start int) bool {
	_, ok := benefitAsk(core[start+1:])
	return ok
}

// soWishAfterBackground: ws[k] is "so" after a long reason and a benefit
// wish that asks follows: the ask is quoted from the wish, as after "so
// we need" (soNeedAfterBackground).
func soWishAfterBackground(ws []string, k int) bool {
	if ws[k] != "so" || !longBackground(ws, k) || k+3 >= len(ws) || ws[k+1] != "it" && ws[k+1] != "it'd" {
		return false
	}
	_, ok := benefitAsk(ws[k+1:])
	return ok
}

// madeWithin: a participle of made work ({madepp}: "redrawn",
// "rewritten") stands among the first words of ws, the thing got done
// ("to get the floor plans redrawn").
func madeWithin(ws []string) bool {
	for _, w := range ws[:min(len(ws), 4)] {
		if madeParticiples.has(w) {
			return true
		}
	}
	return false
}
