package triage

import "slices"

// A yes followed in the same sentence by a polite instruction to do a
// step of the work ("Yes, please get the quotes in", "Ja, bitte holen
// Sie die Angebote ein", "Oui, merci de commander les pièces") goes
// ahead as "Yes. Please get the quotes in." does. An instruction to do
// something first, to talk, or a question keeps it open.

// instructionLeads open a polite instruction after a yes.
var instructionLeads = set("please pls plz kindly bitte graag")

// stepFirstWords put a step before the go-ahead: "… a breakdown first".
var stepFirstWords = set("first beforehand before zuerst vorher erst d'abord avant primero antes eerst prima primeiro")

// talkVerbs ask to talk before the work: "yes, please call me".
var talkVerbs = set("call ring phone discuss talk chat meet anrufen rufen appeler llamar bellen chiamare ligar")

// yesThenInstruction reports a sentence that is a bare yes, then a polite
// instruction: a lead ("please", "bitte"), "merci de", or a German
// formal imperative ("holen Sie"), with no step put first, no talk, no
// negation, and no question mark.
func yesThenInstruction(s string, ws []string, parts []int, rl *replyLexicons) bool {
	if len(parts) == 0 || !bareYes(ws[:parts[0]], rl) || lastPunct(s) == '?' {
		return false
	}
	rest := ws[parts[0]:]
	if len(rest) < 2 || slices.ContainsFunc(rest, func(w string) bool {
		return stepFirstWords.has(w) || talkVerbs.has(w) || rl.negators.has(w)
	}) {
		return false
	}
	return instructionLeads.has(rest[0]) && !rl.courtesies.has(rest[1]) ||
		rest[0] == "merci" && rest[1] == "de" || rest[1] == "sie" && len(rest) > 2
}
