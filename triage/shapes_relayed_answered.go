package triage

// A relayed question the client answered in the same breath: "my
// husband asked whether you take twins, and I said I thought you had an
// assistant, so we're fine": background, not an ask. "…, and I said I'd
// find out" or "I told him I'd check" passes the question on and still
// asks. Table rows in TestRelayedAnswered (shapes_relayed_answered_test.go).

// relayAnswerReach bounds the words after "I said" read for a promise
// to find out.
const relayAnswerReach = 3

// answeredRelay: after the relayed question at ws[j], the client says
// what they told the asker ("i said", "we told her that") and it is not
// a promise to find out from the firm.
func answeredRelay(ws []string, j int) bool {
	for k := j + 2; k+2 < len(ws); k++ {
		if ws[k] != "i" && ws[k] != "we" || ws[k+1] != "said" && ws[k+1] != "told" {
			continue
		}
		r := k + 2
		if objectPronouns.has(ws[r]) {
			r++
		}
		if r < len(ws) && ws[r] == "that" {
			r++
		}
		return r < len(ws) && !promisesToFindOut(ws[r:min(len(ws), r+relayAnswerReach)])
	}
	return false
}

// promisesToFindOut: the words of the client's reply to the asker hold
// a lookup ("i'd find out", "i would check", "we'd ask you").
func promisesToFindOut(ws []string) bool {
	for _, w := range ws {
		if relayLookups.has(w) {
			return true
		}
	}
	return false
}
