package triage

// Turns inside a run-on that the openers alone miss: a statement about a
// thing that starts right after the ask's time ("…empty it this week the
// lorry can get down the lane now"), a price question put with inversion
// after an ask ("…next week how much would that be roughly"), a comparison
// with what someone said that closes before the ask ("…like you said can
// someone come out…"), and a price question after ", and" that points back
// at the job but asks its own thing ("Could you do that, and what would it
// cost?"). Table rows in TestRunOnTurns (shapes_runon_turns_test.go).

// tailDets open a noun subject of the client's own statement.
var tailDets = set("the my our his her their")

// clauseFrames open a clause that the words after them belong to: an ask
// holding one of them ("can you confirm by friday the payment has gone")
// is not cut at a noun subject.
var clauseFrames = set("that if whether what when how why where who which because since until unless once " +
	"know think tell check confirm see say hope guess reckon sure ask mean make let assume suppose believe " +
	"remember forgot said told ensure find")

// saidVerbs report what someone said; after "like you" or "as we" they
// close a comparison rather than introduce reported speech.
var saidVerbs = set("said told asked suggested")

// priceWords name what a job costs.
var priceWords = set("cost costs charge price")

// timedNounTail: in a run-on, after an ask that ends on when it is wanted
// ("this week", "monday"), a determiner, a noun or two and an auxiliary
// ("the lorry can", "the kids ones are") start the client's own statement.
// The ask must not hold a clause frame: "can you check by friday the
// invoice was paid" checks that statement.
func timedNounTail(lw []string, st, j int) bool {
	if !tailDets.has(lw[j]) || !statementEnds.has(lw[j-1]) {
		return false
	}
	for i := j + 2; i <= j+3 && i < len(lw); i++ {
		if auxWords.has(lw[i]) {
			for _, w := range lw[st:j] {
				if clauseFrames.has(w) {
					return false
				}
			}
			return true
		}
		if whWords.has(lw[i]) || runOnJoiners.has(lw[i]) {
			return false
		}
	}
	return false
}

// invertedHowStart: after a first ask of a run-on, "how much", "how long"
// with an auxiliary and a subject ("how much would that be", "how long
// will it take") opens a question of its own: a clause embedded in the
// ask would not invert ("can you tell me how much it costs").
func invertedHowStart(lw []string, k int) bool {
	if lw[k] != "how" || k < minRunOnAsk || !howDegree(lw[k:]) || !runOnWh(lw[k:]) {
		return false
	}
	return !unjoinedBlocked(lw, k) && !auxWords.has(lw[k-1]) && !whWords.has(lw[k-1])
}

// saidComparison: "like you said", "as we told you" before lw[k]: the
// comparison is closed, so what follows may open an ask.
func saidComparison(lw []string, k int) bool {
	i := k - 1
	if i >= 0 && objectPronouns.has(lw[i]) {
		i--
	}
	if i < 2 || !saidVerbs.has(lw[i]) || !subjectPronouns.has(lw[i-1]) {
		return false
	}
	return lw[i-2] == "like" || lw[i-2] == "as"
}

// costQuestion: a second question that asks the price ("what would it
// cost", "how much will that be") asks its own thing even when its subject
// points back at the job.
func costQuestion(right []string) bool {
	if len(right) > 1 && right[0] == "how" && right[1] == "much" {
		return true
	}
	if right[0] != "what" {
		return false
	}
	for _, w := range right[1:min(len(right), 5)] {
		if priceWords.has(w) {
			return true
		}
	}
	return false
}

// turnStart: an ask opens after the one before with no joiner, by a
// question put to the firm by inversion or a need after a word of when.
func turnStart(lw []string, k int) bool {
	return whYouStart(lw, k) || timedNeedStart(lw, k)
}

// whYouStart: a wh-word, an auxiliary and "you" ("…plus some staking
// when do u need the csvs by", "…bins went out on tuesday where do you
// want the keys left") put a question to the firm by inversion, which no
// statement goes on with; "let me know when do you…" is kept whole by
// unjoinedBlocked. Table rows in TestRunOnWhYou
// (shapes_runon_wh_you_test.go).
func whYouStart(lw []string, k int) bool {
	return k+2 < len(lw) && whWords.has(lw[k]) && whYouAux.has(lw[k+1]) && secondPerson.has(lw[k+2]) &&
		!whWords.has(lw[k-1]) && !howDegreeWords.has(lw[k-1])
}

// whYouAux put a wh-question by inversion: "when do you", "where
// should u".
var whYouAux = set("do does did can could will would should shall")

// timedNeedStart: "we need" or "i need" with a thing right after a word
// of when ("…are you free thurs or fri next week we need the survey done
// on the kitchen", "…can you come out tomorrow we need the gutters
// cleared") opens a second ask: the time closed the one before. "i need
// to…" is the client's own act (needOpen). Table rows in
// TestRunOnTimedNeed (shapes_runon_timed_need_test.go).
//
// A preposition left at the end of a clause closes it the same way
// ("…let me know what the deposit was for we need the receipt"): no
// clause goes on from a preposition to a subject "we" or "i" (TestRunOnStrandedNeed).
func timedNeedStart(lw []string, k int) bool {
	return needPersons.has(lw[k]) && statementEnds.has(lw[k-1]) && needOpen(lw, k) || strandedNeed(lw, k)
}

// strandedNeed: a need opens at lw[k] right after a preposition that
// ends the clause before (timedNeedStart); unjoinedBlocked lets it
// through, as its prepositions block only what would be their object.
func strandedNeed(lw []string, k int) bool {
	return k > 0 && strandedPreps.has(lw[k-1]) && needPersons.has(lw[k]) && needOpen(lw, k)
}
