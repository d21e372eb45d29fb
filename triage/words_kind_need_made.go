package triage

import "strings"

// A stated need for a thing the firm must first make: "we'll need a
// costed proposal for the board", "I will also need a short summary for
// the bank". Like "send me a report" (words_kind_made.go) the indefinite
// made noun is not yet made, so the need asks for the making. Only the
// future statement counts: "will we need a report?" and "do we need a
// plan?" ask whether one is required, and "we'll need the report" names
// one already made. Table rows in TestNeedNewMadeThing
// (words_kind_need_made_test.go).
var needMadeSubjects = []string{"we'll", "we will", "i'll", "i will"}

// needMadeWeight is the send-a-new-thing weight: the making is the work.
const needMadeWeight = sendNewWeight

func init() {
	// Assessments and appraisals are written up for the client's case as
	// reports are.
	for _, w := range strings.Fields("assessment appraisal evaluation") {
		madeNouns.add(w)
	}
	// "^": an ask cut after "also" ("we'll also | need a summary …")
	// opens with the need itself.
	frames := []string{"^ need {indef} {made}", "^ need {indef} ... {made}"}
	for _, s := range needMadeSubjects {
		frames = append(frames, s+" need {indef} {made}", s+" need {indef} ... {made}")
	}
	registerSignals([]Signal{
		{Match: strings.Join(frames, "|"), Kind: "paid", Weight: needMadeWeight, Act: "write"},
	}, nil)
}
