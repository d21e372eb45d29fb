package triage

import (
	"slices"
	"strings"
)

// A semicolon ends a statement as a full stop does, so a request after
// it is an ask even when the statement before it is a cover line or
// another sentence that asks nothing: "Attached is the survey with the
// damp patches marked; please check whether the wall needs tanking."
// Before, the cover line's "attached is" made the whole sentence no ask.
// Only a request put to the firm ("please …", "could you …") counts, and
// only after a lead that asks nothing: "…; we're closed on Monday" stays
// one statement, and a lead that asks is left to the splitters. Table
// rows in TestRequestAfterSemicolon (shapes_semicolon_ask_test.go).

// leadBeforeAsk finds an ask after a lead that core reads first: an
// apology ("sorry to chase, …"), a statement closed by a semicolon, or a
// long statement that hands over to a question with a colon.
func (e *Engine) leadBeforeAsk(text string, spans []span, ws []string) ([]string, int, bool) {
	if c, cut, ok := e.apologyLead(text, spans, ws); ok {
		return c, cut, true
	}
	if c, cut, ok := e.concessionLead(spans, ws); ok {
		return c, cut, true
	}
	first := stripLead(ws, 0)
	if k := e.semicolonRequestAt(text, spans, first); k > 0 {
		return first[k:], -1, true
	}
	if k := e.colonAskAt(text, spans, first); k > 0 {
		return first[k:], spans[len(spans)-len(first)+k].start, true
	}
	return nil, -1, false
}

// semicolonRequestAt returns the index in ws of a request after a
// semicolon that follows a lead asking nothing, 0 if none. ws are the
// words of text at spans, from the first (stripLead leaves the spans of
// the text's first words aligned: it only drops leading words, so the
// offset is len(spans)-len(ws)).
func (e *Engine) semicolonRequestAt(text string, spans []span, ws []string) int {
	if strings.IndexByte(text, ';') < 0 {
		return 0
	}
	off := len(spans) - len(ws)
	for k := 2; k+2 < len(ws); k++ {
		if !semicolonRequest(text, spans, ws, k, off) && !(afterSemicolon(text, spans, k, off) && requestAfterCover(ws[k:])) {
			continue
		}
		if e.notAsk(ws[:k]) && !e.notAsk(ws[k:]) {
			return k
		}
		return 0
	}
	return 0
}

// semicolonRequest: ws[k] opens a request to the firm right after a
// semicolon.
func semicolonRequest(text string, spans []span, ws []string, k, off int) bool {
	return (ws[k] == "please" || politeToFirm(ws, k)) && afterSemicolon(text, spans, k, off)
}

// afterSemicolon: a semicolon comes right before word k.
func afterSemicolon(text string, spans []span, k, off int) bool {
	return strings.IndexByte(text[spans[off+k-1].end:spans[off+k].start], ';') >= 0
}

// requestAfterCover: after a semicolon, a request with no verb for the
// firm that opens with "any" and closes on thanks in advance ("any
// thoughts on the colours would be much appreciated", "any corrections
// would be a great help"). "any delay is down to the supplier" closes on
// no such word and stays a statement.
func requestAfterCover(ws []string) bool {
	if !anyOpeners.has(ws[0]) {
		return false
	}
	for i := 1; i+1 < len(ws); i++ {
		if ws[i] != "would" {
			continue
		}
		rest := ws[i+1:]
		if benefitAfterThat(rest) || slices.ContainsFunc(rest[:min(len(rest), 3)], welcomedWords.has) {
			return true
		}
	}
	return false
}

// welcomedWords thank in advance for what the client asks: "would be
// (much) appreciated", "would be welcome".
var welcomedWords = set("appreciated welcome welcomed")
