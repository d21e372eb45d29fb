package triage

import "slices"

// ownOfferSubjects and ownOfferVerbs: in Dutch, "graag" ("gladly") after
// the writer's own verb and subject offers something ("De tekeningen
// stuur ik u graag toe", "Ik help je graag verder"); after a verb of
// receiving or a wish ("Ik ontvang graag een offerte", "ik wil graag…")
// it asks, and those verbs are not in the list.
var (
	ownOfferSubjects = set("ik we wij")
	ownOfferVerbs    = set("stuur sturen geef geven breng brengen bel bellen mail mailen help helpen lever leveren")
)

// ownOfferReach is how far before "graag" the subject may stand ("ik
// stuur u de tekeningen graag").
const ownOfferReach = 5

// ownGladOffer: statement c is the writer's offer with "graag": a
// first-person subject next to a verb of giving before "graag". Put as
// a question it still asks.
func ownGladOffer(c clause) bool {
	g := slices.Index(c.lw, "graag")
	if c.question || g < 2 {
		return false
	}
	for i := max(0, g-ownOfferReach); i < g; i++ {
		if !ownOfferSubjects.has(c.lw[i]) {
			continue
		}
		if i > 0 && ownOfferVerbs.has(c.lw[i-1]) || i+1 < g && ownOfferVerbs.has(c.lw[i+1]) {
			return true
		}
	}
	return false
}
