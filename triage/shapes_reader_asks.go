package triage

import "strings"

// A question the client puts in the reader's mouth and then answers
// ("Why bother with a survey at all, you might ask?", "Is it worth the
// money, I hear you ask?"): the tag after the comma says it is the
// firm's imagined question, not the client's. "What do I say if you
// ask?" has no tag of its own and is left to the other rules. Table
// rows in TestReaderAsksTag (shapes_reader_asks_test.go).

// readerAskVerbs end the tag: "you ask", "you might wonder".
var readerAskVerbs = set("ask wonder say")

// readerAskModals may stand between "you" and the verb.
var readerAskModals = set("might may would could will")

// readerAsksTag: question text, whose words are all, ends on a tag set
// off by a comma: "you (might) ask" or "I hear you ask".
func readerAsksTag(text string, all []string) bool {
	n := len(all)
	if n < 5 || !readerAskVerbs.has(all[n-1]) {
		return false
	}
	k := n - 2
	if readerAskModals.has(all[k]) {
		k--
	}
	if all[k] != "you" {
		return false
	}
	if all[k-1] == "hear" && all[k-2] == "i" {
		k -= 2
	}
	// The tag's words, and only they, follow the last comma.
	t := strings.TrimRight(text, " ?!.")
	c := strings.LastIndexByte(t, ',')
	return c > 0 && k >= 2 && strings.Count(strings.TrimSpace(t[c+1:]), " ") == n-k-1
}
