package triage

import "strings"

// appositiveHeads open a subject that a name set off by commas may follow
// ("My colleague, Sam, is away…", "Our cook, Beryl Hughes, would…").
var appositiveHeads = set("my our your his her their the")

// maxAppositiveAt bounds where that aside may close: "our new office
// manager, Sam," closes before the sixth word.
const maxAppositiveAt = 6

// appositiveClose: the comma before ws[k] closes a name set off after the
// subject, so the sentence goes on with the subject's verb ("My
// colleague, Sam, is away until Monday"): no clause, and so no question,
// opens there.
func appositiveClose(text string, spans []span, ws []string, k int) bool {
	if k < 3 || k > maxAppositiveAt || !appositiveHeads.has(ws[0]) || !strings.Contains(text[spans[k-1].end:spans[k].start], ",") {
		return false
	}
	for n := k - 1; n >= k-2 && n >= 2; n-- {
		if !capitalised(text[spans[n].start:spans[n].end]) {
			return false
		}
		if strings.Contains(text[spans[n-1].end:spans[n].start], ",") {
			return true
		}
	}
	return false
}

// capitalised: the word starts with an upper-case ASCII letter.
func capitalised(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}
