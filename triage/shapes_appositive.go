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
	h := appositiveHeadLen(ws)
	if h < 0 || k < h+3 || k > maxAppositiveAt+h || !strings.Contains(text[spans[k-1].end:spans[k].start], ",") {
		return false
	}
	for n := k - 1; n >= k-2 && n >= h+2; n-- {
		if !capitalised(text[spans[n].start:spans[n].end]) {
			return false
		}
		if strings.Contains(text[spans[n-1].end:spans[n].start], ",") {
			return true
		}
	}
	return false
}

// partOfGroup open a subject that is one of a group: "One of our
// joiners, Marcus, is Deaf …", "Two of my tenants, Ann and Ray, have …".
var partOfGroup = set("one two three some several both each many most")

// appositiveHeadLen is how many words come before the subject's head
// ("my", "our" …): 0 for "Our cook, …", 2 for "One of our joiners, …";
// -1 when the sentence opens no such subject.
func appositiveHeadLen(ws []string) int {
	if appositiveHeads.has(ws[0]) {
		return 0
	}
	if len(ws) > 3 && partOfGroup.has(ws[0]) && ws[1] == "of" && appositiveHeads.has(ws[2]) {
		return 2
	}
	return -1
}

// capitalised: the word starts with an upper-case ASCII letter.
func capitalised(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}
