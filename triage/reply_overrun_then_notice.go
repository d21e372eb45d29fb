package triage

// A go-ahead often closes on what to do if the job grows, the condition
// in one clause and the notice in the next: "though if the ceiling turns
// out worse than you think, give me a call before you carry on", "but if
// it's bigger than it looks, let me know". As in one clause
// (overrunNotice), the pair is a notice at the quoted scope, neither a
// condition on the go-ahead nor a hedge. A figure in the condition ("if
// it goes over 3 hours, ring me") is a cap, read as before.

// scopeOverruns name the job turning out bigger than quoted beside the
// Overruns ("over", "longer", "bigger"): "worse".
var scopeOverruns = set("worse")

// overrunThenNotice reports a clause cond that sets a condition on the
// job growing, with no figure, followed by a clause next that opens (past
// lead-ins) with a notice verb.
func overrunThenNotice(cond, next []string, rl *replyLexicons) bool {
	i := 0
	for i < len(next)-1 && rl.leadIns.has(next[i]) {
		i++
	}
	if _, ok := rl.noticeVerbs.hasAt(next, i); !ok {
		return false
	}
	if !rl.conditions.has(cond) || !rl.overruns.has(cond) && !hasWordOf(cond, scopeOverruns) {
		return false
	}
	for _, w := range cond {
		if w[0] >= '0' && w[0] <= '9' || rl.numerals.has(w) {
			return false
		}
	}
	return true
}

// hasWordOf reports a word of ws in set s.
func hasWordOf(ws []string, s *wordSet) bool {
	for _, w := range ws {
		if s.has(w) {
			return true
		}
	}
	return false
}

// dropNoticePairs removes, in place, each clause that sets a condition on
// the job growing together with the notice clause after it (see
// overrunThenNotice), with their turns.
func dropNoticePairs(cls [][]string, turns []bool, rl *replyLexicons) ([][]string, []bool) {
	n := 0
	for k := 0; k < len(cls); k++ {
		if k+1 < len(cls) && overrunThenNotice(cls[k], cls[k+1], rl) {
			k++
			continue
		}
		cls[n], turns[n] = cls[k], turns[k]
		n++
	}
	return cls[:n], turns[:n]
}
