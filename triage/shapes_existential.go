package triage

// Existential questions in a run-on: "is there a lift to the first floor",
// "are there any seats free", "r there toilets on site". "there" is no
// pronoun or determiner, so the auxiliary-and-subject test of questionOpens
// misses them: after a greeting ("hey is there…") and straight after
// another question ("do you take school groups is there a cloakroom…") they open
// an ask. Table rows in TestExistentialRunOn.

// existentialAux open an existential question with "there".
var existentialAux = set("is are r was were will")

// existentialOpens: rest opens with "is there", "are there", ….
func existentialOpens(rest []string) bool {
	// "there" first: one string compare turns away almost every word.
	return len(rest) > 2 && rest[1] == "there" && existentialAux.has(rest[0]) && !beVerbs.has(rest[2])
}

// existentialStart: "is there …" at lw[k] opens a new ask just after the
// greeting or opener of a run-on (greeted), or after an earlier ask of it
// (later), unless the words before make it part of their clause: a
// wh-word or an auxiliary ("where is there…"), a subject it completes
// ("the problem is there…"), "if"/"whether" ("let me know if there
// is…"), or "or" joining an alternative to the question before ("would it
// be taxed as income or is there a relief?": one question). After a joiner
// ("…and is there…") the joined-asks rules read it, joiner and all.
func existentialStart(lw []string, k int, greeted, later bool) bool {
	if k == 0 || !existentialOpens(lw[k:]) {
		return false
	}
	prev := lw[k-1]
	if whWords.has(prev) || auxWords.has(prev) || indirectWords.has(prev) || prev == "or" || runOnJoiners.has(prev) {
		return false
	}
	return greeted && k <= runOnOpenerReach || later && k >= minRunOnAsk && !copulaSubject(lw, k)
}
