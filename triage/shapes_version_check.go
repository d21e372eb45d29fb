package triage

import "strings"

// versionAsked: the checked clause asks which version a thing is ("tell
// me whether the logo is the updated one", "let me know if that's the
// final draft", "check these are the signed copies"): a finite "be"
// within versionAskReach words, then at most a determiner, then a
// versionStates word. The check reads a file's name or date, so however
// the look is put ("have a look at the PDF and tell me if …") the ask is
// a status, not a review.
func versionAsked(rest []string) bool {
	for k := 0; k < len(rest) && k < versionAskReach; k++ {
		if !finiteBeHave.has(rest[k]) && !beContraction(rest[k]) {
			continue
		}
		n := k + 1
		if n < len(rest) && versionDets.has(rest[n]) {
			n++
		}
		return n < len(rest) && versionStates.has(rest[n])
	}
	return false
}

// beContraction: "it's", "that's", "these're": a pronoun with a
// contracted "is" or "are" ("what's" opens a question of its own and is
// not one).
func beContraction(w string) bool {
	return (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "'re")) && pronounBe.has(w[:strings.IndexByte(w, '\'')])
}
