package triage

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A request to the firm's worker by first name ("Could Sarah assess Leo
// before the end of term?", "Can Jo clean the oven while she's in?") asks
// for work as "could she …" does (words_kind_worker.go): the name is
// capitalised, the verb after it is trade work, and no reflexive makes
// it a question of leave ("could Tom fit it himself?"). A lower-case
// noun ("can tenants repaint the flat?") asks what is allowed.
// Table rows in TestNamedWorkerRequest (shapes_namedworker_test.go).

// nameFrames are the modals that open such a request.
var nameFrames = set("can could")

// namedWorkerAsk reports such a request in ws, whose words text spells.
func namedWorkerAsk(text string, ws []string) bool {
	if len(ws) < 3 || !nameFrames.has(ws[0]) || !tradeWorkVerbs.has(ws[2]) || nonNames.has(ws[1]) {
		return false
	}
	for _, w := range ws {
		if reflexives.has(w) {
			return false
		}
	}
	return capitalisedAfter(text, ws[0], ws[1])
}

// nonNames are the words after "can" that are no worker's name.
var nonNames = set("i we you they he she it someone somebody anyone anybody this that these those there")

// capitalisedAfter reports whether text has the word name, capitalised,
// straight after the word modal.
func capitalisedAfter(text, modal, name string) bool {
	for i := 0; i+len(modal)+1+len(name) <= len(text); i++ {
		if i > 0 && text[i-1] != ' ' {
			continue
		}
		j := i + len(modal)
		if text[j] != ' ' || !strings.EqualFold(text[i:j], modal) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(text[j+1:])
		if unicode.IsUpper(r) && strings.EqualFold(text[j+1:j+1+len(name)], name) {
			return true
		}
	}
	return false
}
