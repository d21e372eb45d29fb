package triage

import (
	"slices"
	"strings"
	"unicode"
)

// namesRecipientAsking reports a line that opens with one of the
// message's recipients' first names and asks ("Jo - before I go, could you
// …?", "Pete, is the return filed?"): an auto-reply's template does not
// know its reader's name, a person editing one to add a question does.
// The line must ask: a template may still name its own sender.
func namesRecipientAsking(text string, p *Parsed) bool {
	if !strings.Contains(text, "?") {
		return false
	}
	names := make([]string, 0, len(p.To)+len(p.Cc))
	for _, a := range slices.Concat(p.To, p.Cc) {
		if n := firstName(a); len([]rune(n)) >= 2 {
			names = append(names, n)
		}
	}
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.TrimSpace(line)
		if !strings.Contains(line, "?") {
			continue
		}
		first := strings.FieldsFunc(line, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
		if len(first) == 0 {
			continue
		}
		// The name must be a vocative: followed by a comma, dash or colon.
		rest := strings.TrimSpace(line[strings.Index(line, first[0])+len(first[0]):])
		if !hasAnyPrefix(rest, vocativeMarks) {
			continue
		}
		if slices.ContainsFunc(names, func(n string) bool { return strings.EqualFold(n, first[0]) }) {
			return true
		}
	}
	return false
}

// vocativeMarks follow a name that addresses its reader.
var vocativeMarks = []string{",", "-", "–", "—", ":"}

// chaserWords are the words a bare chaser holds besides its question
// mark: "?", "and?", "so??", "any news?", "update?".
var chaserWords = set("and so well any news update updates")

// chaserAsk reads a reply whose whole text is a bare chaser ("?", "and?",
// "So??") as a status check on the thread: the client is waiting on what
// the firm promised, and a draft the rep deletes costs less than a client
// left unanswered. A phone signature may follow; anything else is left to
// the ask finder.
func (e *Engine) chaserAsk(text string) []Question {
	var ask string
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || phoneSignature(line):
			continue
		case ask != "":
			return nil
		}
		ask = line
	}
	if !strings.HasSuffix(ask, "?") || len(ask) > 20 {
		return nil
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(ask), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if !chaserWords.has(w) {
			return nil
		}
	}
	q := e.question(e.clause(ask))
	q.Kind = Quick
	return []Question{q}
}

// phoneSignature reports a mail app's line ("Sent from my iPhone").
func phoneSignature(line string) bool {
	l := strings.ToLower(line)
	return strings.HasPrefix(l, "sent from my ") || strings.HasPrefix(l, "get outlook for ")
}

// htmlInstead reports that a message's asks are to be read from its HTML
// part: its plain part's new text is empty or only points there.
func htmlInstead(text string, p *Parsed) bool {
	return len(p.htmlAlt) > 0 && (strings.TrimSpace(text) == "" || htmlStub(text))
}

// maxStubWords is the most words a plain part that only points at its
// HTML part holds.
const maxStubWords = 40

// htmlStub reports a plain part that only points at its HTML part ("To
// view this message, use an HTML-capable client or view it in your
// browser."): some mail tools send it in place of the text, and the
// client's ask is in the HTML part alone.
func htmlStub(text string) bool {
	if wordsAtLeast(text, maxStubWords+1) {
		return false
	}
	l := strings.ToLower(text)
	return (strings.Contains(l, "browser") || strings.Contains(l, "html")) && slices.ContainsFunc(stubVerbs, func(v string) bool {
		return strings.Contains(l, v)
	})
}

// stubVerbs are what a stub tells its reader to do with the HTML part.
var stubVerbs = []string{"view", "display", "read", "open", "öffnen", "anzeigen", "afficher"}
