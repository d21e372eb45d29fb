package triage

import (
	"slices"
	"strings"
)

// systemNotice reports a system's notification sent from an ordinary
// address (a signing service in the signer's name, a client's accounts
// system, a file share, a portal): a text with at least minNoticeCues
// notice phrases (noticeWords) that asks no question, speaks for no one
// person ("I", "my"), puts no "please" to its reader but the service's
// own ("please log in", pleaseToReader), greets no recipient by name and
// passes on no typed message ("Message from Rhian: …", relaysMessage).
// Its imperatives are the service's ("Log in to read", "Open folder"),
// not asks of the firm.
func (e *Engine) systemNotice(p *Parsed, newText string) bool {
	if !shortStatement(newText) || !noticeWords.mayMatch(newText) {
		return false
	}
	sw := scratchWords(newText)
	defer dropWords(sw)
	ws := *sw
	hits, lastEnd := 0, 0
	noticeWords.find(ws, func(_, start, end int) bool {
		if start >= lastEnd { // overlapping phrases are one cue
			hits++
			lastEnd = end
		}
		return hits < minNoticeCues
	})
	return hits >= minNoticeCues && e.impersonal(p, newText, ws)
}

// shortStatement: text short enough for a system's notice that asks no
// question.
func shortStatement(text string) bool {
	return !strings.Contains(text, "?") && !wordsAtLeast(text, maxAutoWords+1)
}

// impersonal: text (its words ws) speaks for no one person ("I", "my"),
// puts no "please" to its reader but a service's own (pleaseToReader),
// greets no recipient by name and passes on no typed message: the guards
// that keep a client's short note from reading as a system's notice.
func (e *Engine) impersonal(p *Parsed, text string, ws []string) bool {
	return !slices.ContainsFunc(ws, singularSelf.has) && !pleaseToReader(ws) &&
		!e.greetsRecipient(text, p) && !relaysMessage(text, false)
}

// pleaseToReader reports "please" or "kindly" before a verb that is no
// service's instruction (noticeImperatives): "please countersign and
// return it" is a person's request, "please log in", "please do not
// reply" a notice's.
func pleaseToReader(ws []string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] != "please" && ws[i] != "kindly" {
			continue
		}
		next := ws[i+1]
		if next == "do" || next == "don't" || noticeImperatives.has(next) {
			continue
		}
		return true
	}
	return false
}
