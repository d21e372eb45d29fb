package triage

// workerFrames open a question about what a person named by a pronoun may
// do ("Could he start on the payroll in January?" asks leave for the
// client's own man); with a verb of trade work on the client's things
// after them ("Could she redo the skirting while she's in?") they ask
// the firm's worker for work, as "could you" does (workerRequest).
var workerFrames = newLexicon([]string{"can he", "could he", "can she", "could she"})

// tradeWorkVerbs do hands-on work on a client's things or documents; the
// general verbs ("do", "help", "start") are left out, they ask leave.
var tradeWorkVerbs = set("fit install replace swap repair fix redo rewire replumb repaint paint plaster tile " +
	"service mend patch reseal seal rehang hang lay rebuild redraw redesign reprint upgrade overhaul " +
	// Home, garden, care and teaching work ("could she clean the oven",
	// "could Sarah assess Leo").
	"clean assess treat groom prune survey sweep mow valet tutor")

// reflexives say the person does the work for themself ("could he fit
// it himself?"), which asks leave, not for the firm's work.
var reflexives = set("himself herself themselves own")

// workerRequest reports a request to the firm's worker by a pronoun: a
// workerFrames opener, a trade-work verb after it and no reflexive.
func workerRequest(ws []string) bool {
	v, ok := verbAfter(workerFrames, ws)
	if !ok || !tradeWorkVerbs.has(v) {
		return false
	}
	for _, w := range ws {
		if reflexives.has(w) {
			return false
		}
	}
	return true
}

// thirdReflexives: a person of the client's doing the work themself.
var thirdReflexives = set("himself herself themselves")

// ownPersonHimself: "Could Tom fit the new shelves himself?", "can she
// replace it herself?": a question opened by a modal whose doer works for
// themself asks leave for the client's own person, as "could we … ourselves"
// does, whatever work it names.
func ownPersonHimself(ws []string) bool {
	if len(ws) < 3 || (ws[0] != "can" && ws[0] != "could") || ws[1] == "you" || ws[1] == "u" {
		return false
	}
	return anyWordIn(ws[2:], thirdReflexives)
}
