package triage

// "My husband needs his tax return done by January", "our treasurer needs
// the year-end accounts drawn up": someone of the client's needs a thing
// with a job done on it (the participle after the thing), said to the firm
// that does such jobs: the need asks for the job, as "the return needs
// doing" does (needsDoing). Table rows in TestNeedsThingDone.

// doneJobParticiples name the job done on the thing. "sent" and "signed"
// are left out: "the council needs the form signed by both of us" reports
// what someone else must do.
var doneJobParticiples = set("done redone written drawn checked proofread filed sorted fixed repaired serviced " +
	"updated prepared reviewed typed translated finished completed designed built rebuilt tidied altered " +
	"cleaned painted repainted fitted replaced")

// neededThingDets open the thing: "his tax return", "the accounts".
var neededThingDets = set("his her their our my the its your")

// maxNeededThingWords bounds the thing named between its determiner and
// the participle: "her lesson notes typed up".
const maxNeededThingWords = 4

// thingDoneNeeded: ws, the words after "needs", are a thing and a
// participle of a job done on it.
func thingDoneNeeded(ws []string) bool {
	if len(ws) < 3 || !neededThingDets.has(ws[0]) {
		return false
	}
	for k := 2; k < len(ws) && k <= maxNeededThingWords+1; k++ {
		if doneJobParticiples.has(ws[k]) {
			return true
		}
	}
	return false
}
