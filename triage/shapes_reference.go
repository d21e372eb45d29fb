package triage

import "strings"

// A reference for a person ("I need a reference for Tom's mortgage
// application", "could you give us a reference for our old tenant?") is
// a letter to write about them, not a reference number to look up ("the
// reference for the BACS payment"). Table rows: TestPersonReference.

// referenceWeight is a letter's weight: the fact cue it vetoes no longer
// pulls towards quick, and the letter is work.
const referenceWeight = 2.0

// personReference: ws[i] is "reference" opened by "a" or a kind of
// reference ("character reference") and followed by "for" or "about" and
// a person: a pronoun, a possessive ("Tom's"), or a person of the firm's
// client ("our former nanny").
func personReference(ws []string, i int) bool {
	if ws[i] != "reference" && ws[i] != "references" || i == 0 || !referenceOpeners.has(ws[i-1]) {
		return false
	}
	if i+2 >= len(ws) || (ws[i+1] != "for" && ws[i+1] != "about") {
		return false
	}
	for _, w := range ws[i+2 : min(len(ws), i+4)] {
		if referencePersons.has(w) || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			return true
		}
	}
	return false
}

// referenceAsk: the ask names a reference for a person.
func referenceAsk(ws []string) bool {
	for i, w := range ws {
		if (w == "reference" || w == "references") && personReference(ws, i) {
			return true
		}
	}
	return false
}

// referenceLetter vetoes a fact cue ("need a reference") whose reference
// is a letter about a person.
func (e *Engine) referenceLetter(ws []string, end, si int) bool {
	return end > 0 && e.signals[si].Kind == "quick" && personReference(ws, end-1)
}

var (
	referenceOpeners = set("a character written employment job landlord tenancy professional personal another new")
	referencePersons = set("him her them me us tenant tenants employee employees candidate nanny cleaner carer " +
		"apprentice volunteer volunteers lodger student former old ex-employee")
)
