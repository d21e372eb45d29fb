package triage

import "strings"

// "Could you help? We'd need the route planned and …": a bare offer of
// help asked for, with the concrete ask right after it, only leads in;
// the ask is the sentence that names the work. A bare "Can you help?"
// that closes the mail, or one followed by no ask, still asks. Table rows
// in TestHelpLeadIn.

// helpModals open a bare help question ("can you help?").
var helpModals = set("can could would will")

// helpTails may close it: "help us", "help me out", "help here".
var helpTails = set("me us out here please at all")

// bareHelpQuestion: s is only "can/could you (please) help (us/me/out)?".
func bareHelpQuestion(s string) bool {
	t := strings.TrimSpace(s)
	if len(t) > 40 || !strings.HasSuffix(t, "?") || !strings.Contains(t, "help") {
		return false // most sentences: no words read
	}
	ws := scratchWords(t)
	defer dropWords(ws)
	w := *ws
	if len(w) < 3 || !helpModals.has(w[0]) || w[1] != "you" {
		return false
	}
	i := 2
	if w[i] == "please" || w[i] == "possibly" {
		i++
	}
	if i >= len(w) || w[i] != "help" {
		return false
	}
	for _, x := range w[i+1:] {
		if !helpTails.has(x) {
			return false
		}
	}
	return true
}

// helpLeadIn: sentence j is a bare help question and the next sentence
// asks something (a request or a question of its own).
func (e *Engine) helpLeadIn(s string, at sentAt, j int) bool {
	if !bareHelpQuestion(s) {
		return false
	}
	next := nextSentence(at, j)
	if next == "" {
		return false
	}
	return e.clause(next).ask
}
