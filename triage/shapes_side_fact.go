package triage

// A second ask set apart by ", and" that asks for a fact beside the job
// rather than its result: the client's own next step ("Can you check
// whether the bike can be fixed, and let me know when I can collect
// it?", "…, and how far ahead we need to book?") or the firm's price
// ("…, and tell me what you charge for it?"). What the job finds ("…,
// and let me know whether we can sublet") stays with it: only steps of
// coming, fetching or booking, and a price put to the firm, are read.
// Table rows: TestSideFactSplit (shapes_side_fact_test.go).

var (
	// stepWh open the question of the client's step: when, where, how
	// far ahead, what time.
	stepWh = set("when where how what")
	// stepSubjects and stepModals: "when I can", "how soon we need to".
	stepSubjects = set("i we")
	stepModals   = set("can could should need must")
	// stepVerbs are the client's comings and goings around the job.
	stepVerbs = set("pick collect drop come bring book call visit pop start")
	// firmPriceWords name what the firm charges.
	firmPriceWords = set("charge charges fee fees price prices rate rates")
	// stepReach bounds the words between the wh-word and its subject
	// ("how far in advance I…").
	stepReach = 4
)

// splitWishOrSideFact tries splitWish, then splitSideFact, at the join
// at word k (one step of splitAt).
func (e *Engine) splitWishOrSideFact(sp *sentenceSplit, k, r int) ([]clause, bool) {
	if asks, ok := e.splitWish(sp, k, r); ok {
		return asks, true
	}
	return e.splitSideFact(sp, k, r)
}

// splitSideFact splits sentence sp at ", and" (word k, right part from
// word r) before such a fact.
func (e *Engine) splitSideFact(sp *sentenceSplit, k, r int) ([]clause, bool) {
	if r != k+1 || !commaJoined(sp, k) || sp.whole.agent != agentFirm {
		return nil, false
	}
	right := sp.lw[r:]
	bare := len(right) > 0 && stepWh.has(right[0])
	q := right
	if factOpen(right) {
		q = right[2:]
		if right[0] == "let" {
			q = right[3:]
		}
	} else if !bare {
		return nil, false
	}
	if !clientStep(q) && !firmPrice(q) {
		return nil, false
	}
	left := e.clause(trimJoin(sp.s[:sp.spans[k].start]))
	rc := e.clause(sp.s[sp.spans[r].start:])
	if !left.ask || len(left.ws) < 3 || len(rc.ws) < 3 {
		return nil, false
	}
	if bare || !rc.ask {
		askedFact(&rc)
	}
	return []clause{left, rc}, true
}

// clientStep: q opens "when I can pick…", "how far in advance we need to
// book…".
func clientStep(q []string) bool {
	if len(q) < 4 || !stepWh.has(q[0]) {
		return false
	}
	for i := 1; i < len(q)-2 && i <= stepReach; i++ {
		if !stepSubjects.has(q[i]) {
			continue
		}
		j := i + 1
		if !stepModals.has(q[j]) {
			return false
		}
		j++
		if q[j] == "to" && j+1 < len(q) {
			j++
		}
		return stepVerbs.has(q[j])
	}
	return false
}

// firmPrice: q opens "what you charge…", "what your fee…", "how much
// you'd charge…": the firm's price.
func firmPrice(q []string) bool {
	if len(q) < 3 || q[0] != "what" && q[0] != "how" {
		return false
	}
	for i := 1; i < len(q) && i <= stepReach; i++ {
		if firmPriceWords.has(q[i]) {
			return secondPersonNear(q[:i])
		}
	}
	return false
}

// secondPersonNear: the firm is named before the price word.
func secondPersonNear(ws []string) bool {
	for _, w := range ws {
		if w == "you" || w == "your" || w == "you'd" || w == "you'll" {
			return true
		}
	}
	return false
}
